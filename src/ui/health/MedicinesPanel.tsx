import { deviceToday } from '../../app/clock';
import { useState } from 'preact/hooks';
import { changeMedicine, saveMedicine, type MedicationChange, type MedicationEntry } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import { formatDate } from '../kit/format';
import { Provenance } from '../kit/Provenance';
import { FormCard, FormFoot, SensitiveBox, TextField, useEditing, useForm, Written, todayInput, type PanelProps } from './fields';
import { useWrittenIn } from '../kit/WrittenIn';

export function MedicinesPanel({ child, view }: PanelProps) {
  const ed = useEditing();
  const [changing, setChanging] = useState<{ id: string; change: MedicationChange['change'] } | undefined>();
  const currentIds = new Set(view.currentMedicines.map((m) => m.entry.id));
  return (
    <>
      <section class="stack" aria-labelledby="current-meds-title">
        <h2 id="current-meds-title">{t('health:medicines.current')}</h2>
        {view.currentMedicines.length === 0 && <p class="hint">{t('health:medicines.noneCurrent')}</p>}
        <ul class="entries" aria-labelledby="current-meds-title">
          {view.currentMedicines.map((m) => (
            <li key={m.entry.id}>
              <p class="entry-title">{m.entry.name}</p>
              <p><bdi>{t('health:medicines.doseLine', { dose: m.dose, frequency: m.frequency })}</bdi></p>
              <span class="entry-meta">{t('health:medicines.sinceBy', { date: formatDate(m.since), who: m.changedBy })}</span>
              <Provenance value={m.entry.history.filter((h) => h.date === m.since).at(-1)?.contributedBy} />
            </li>
          ))}
        </ul>
      </section>
      <section class="stack" aria-labelledby="all-meds-title">
        <h2 id="all-meds-title">{t('health:medicines.all')}</h2>
        {ed.isNew
          ? <MedicineForm child={child} onDone={ed.close} />
          : <button type="button" class="button no-print" onClick={() => ed.open('new')}>{t('health:medicines.add')}</button>}
        {view.medicines.length === 0 && <p class="hint">{t('health:medicines.empty')}</p>}
        <ul class="entries">
          {view.medicines.map((m) => (
            <li key={m.id}>
              {ed.editing === m.id ? <MedicineForm child={child} entry={m} onDone={ed.close} /> : (
                <>
                  <p class="entry-title">{m.name}</p>
                  <span class="entry-meta">{t(currentIds.has(m.id) ? 'health:medicines.taking' : 'health:medicines.notTaking')}</span>
                  {m.sensitive && <span class="tag">{t('health:sensitive.tag')}</span>}
                  <Written text={m.reason} />
                  <History med={m} />
                  {changing?.id === m.id
                    ? <ChangeForm child={child} med={m} change={changing.change} onDone={() => setChanging(undefined)} />
                    : (
                      <div class="actions no-print">
                        {(currentIds.has(m.id) ? (['dose-changed', 'stopped'] as const) : (['started'] as const)).map((c) => (
                          <button key={c} type="button" class="button small" aria-label={t(`health:medicines.action.${c}Named`, { name: m.name })}
                            onClick={() => setChanging({ id: m.id, change: c })}>
                            {t(`health:medicines.action.${c}`)}
                          </button>
                        ))}
                      </div>
                    )}
                  <EntryActions id={m.id} name={m.name} onEdit={() => ed.open(m.id)} />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The append-only history as a table: what changed, when, to what, and who did it. */
function History({ med }: { med: MedicationEntry }) {
  // Starting a medicine is where its history begins, not a change to it.
  const changes = med.history.filter((h) => h.change !== 'started').length;
  return (
    <details class="history">
      <summary>{changes === 0 ? t('health:medicines.historyNoChanges') : t('health:medicines.history', { count: changes })}</summary>
      <table>
        <caption class="visually-hidden">{t('health:medicines.historyOf', { name: med.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('health:field.date')}</th>
            <th scope="col">{t('health:medicines.change')}</th>
            <th scope="col">{t('health:medicines.dose')}</th>
            <th scope="col">{t('health:medicines.changedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {med.history.map((h, i) => (
            <tr key={i}>
              <td>{formatDate(h.date)}</td>
              <td>{t(`record:medicationChange.${h.change}`)}</td>
              <td dir="auto">{t('health:medicines.doseLine', { dose: h.dose, frequency: h.frequency })}</td>
              <td dir="auto">
                {h.changedBy}{h.note && <span class="written" lang={h.note.lang} dir="auto"> {h.note.text}</span>}
                <Provenance value={h.contributedBy} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function MedicineForm({ child, entry, onDone }: { child: StoredChild; entry?: MedicationEntry; onDone: () => void }) {
  const f = useForm(() => ({
    name: entry?.name ?? '', reason: entry?.reason?.text ?? '', dose: '', frequency: '', startedOn: todayInput(), changedBy: '',
    sensitive: entry?.sensitive ?? false,
  }));
  const w = useWrittenIn(entry?.reason);
  const id = `medicine-${entry?.id ?? 'new'}`;
  const field = (key: 'dose' | 'frequency' | 'changedBy', label: string) =>
    <TextField id={`${id}-${key}`} field={key} label={label} value={f.values[key]} onInput={f.set(key)} error={f.error} />;
  return (
    <FormCard id={id} title={t(entry ? 'health:medicines.edit' : 'health:medicines.add')}
      onSubmit={() => void f.submit(() => saveMedicine(child, f.values, w.writer(), entry?.id), onDone)}>
      <TextField id={`${id}-name`} field="name" label={t('health:medicines.name')} value={f.values.name} onInput={f.set('name')} error={f.error} />
      <TextField id={`${id}-reason`} field="reason" label={t('health:medicines.reason')} value={f.values.reason} onInput={f.set('reason')} error={f.error} />
      {!entry && (
        <>
          {field('dose', t('health:medicines.dose'))}
          {field('frequency', t('health:medicines.frequency'))}
          <TextField id={`${id}-date`} field="date" type="date" label={t('health:medicines.startedOn')} value={f.values.startedOn}
            onInput={f.set('startedOn')} error={f.error} min={child.dob} max={deviceToday()} />
          {field('changedBy', t('health:medicines.prescribedBy'))}
        </>
      )}
      {w.field(`${id}-written-in`, f.values.reason)}
      <SensitiveBox id={`${id}-sensitive`} checked={f.values.sensitive} onChange={f.set('sensitive')} />
      <FormFoot error={f.error} shown={entry ? ['name', 'reason'] : ['name', 'reason', 'dose', 'frequency', 'date', 'changedBy']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}

function ChangeForm({ child, med, change, onDone }: { child: StoredChild; med: MedicationEntry; change: MedicationChange['change']; onDone: () => void }) {
  const last = med.history.at(-1);
  const f = useForm(() => ({ change, date: todayInput(), dose: last?.dose ?? '', frequency: last?.frequency ?? '', changedBy: '', note: '' }));
  const w = useWrittenIn(undefined);
  const id = `change-${med.id}`;
  return (
    <FormCard id={id} title={t(`health:medicines.action.${change}Named`, { name: med.name })}
      onSubmit={() => void f.submit(() => changeMedicine(child, med.id, f.values, w.writer()), onDone)}>
      <TextField id={`${id}-date`} field="date" type="date" label={t('health:field.date')} value={f.values.date} onInput={f.set('date')}
        error={f.error} min={child.dob} max={deviceToday()} />
      {change !== 'stopped' && (
        <>
          <TextField id={`${id}-dose`} field="dose" label={t('health:medicines.newDose')} value={f.values.dose} onInput={f.set('dose')} error={f.error} />
          <TextField id={`${id}-frequency`} field="frequency" label={t('health:medicines.frequency')} value={f.values.frequency}
            onInput={f.set('frequency')} error={f.error} />
        </>
      )}
      <TextField id={`${id}-by`} field="changedBy" label={t('health:medicines.changedBy')} value={f.values.changedBy}
        onInput={f.set('changedBy')} error={f.error} />
      <TextField id={`${id}-note`} field="note" label={t('health:field.note')} value={f.values.note} onInput={f.set('note')} error={f.error} />
      {w.field(`${id}-written-in`, f.values.note)}
      <FormFoot error={f.error} shown={['date', 'dose', 'frequency', 'changedBy', 'note']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}
