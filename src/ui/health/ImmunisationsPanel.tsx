import { NotDoneButton } from './NotDone';
import { doseItem } from '../../domain/index';
import { deviceToday } from '../../app/clock';
import { SCHEDULES, saveImmunisation, scheduleIdFor, type DoseStatus, type ImmunisationEntry } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import { formatDate } from '../kit/format';
import { FormCard, FormFoot, SelectField, SensitiveBox, TextField, useEditing, useForm, Written, todayInput, type PanelProps } from './fields';
import { useWrittenIn } from '../kit/WrittenIn';

export function doseName(code: string, vaccineName?: string): string {
  return code === 'other' && vaccineName ? vaccineName : t(`record:dose.${code}`);
}

/** When a dose is (or was) due, in words that fit its state. */
function whenText(s: DoseStatus): string {
  if (s.state === 'given' && s.givenOn) return t('health:immunisations.givenOn', { date: formatDate(s.givenOn) });
  if (s.state === 'window-closed' && s.lastDate) return t('health:immunisations.lastDate', { date: formatDate(s.lastDate) });
  return t('health:immunisations.dueOn', { date: formatDate(s.dueDate) });
}

export function ImmunisationsPanel({ child, view }: PanelProps) {
  const ed = useEditing();
  // Quick buttons for what is due, and for past doses not written down yet (filling in the history).
  const dueNow = view.doses.filter((d) => d.state === 'due' || d.state === 'overdue' || d.state === 'not-recorded');
  return (
    <>
      <section class="stack" aria-labelledby="schedule-title">
        <h2 id="schedule-title">{t('health:immunisations.schedule')}</h2>
        <p class="hint">{t('health:immunisations.scheduleNote')}</p>
        <table class="dose-table">
          <caption class="visually-hidden">{t('health:immunisations.schedule')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('health:immunisations.dose')}</th>
              <th scope="col">{t('health:immunisations.when')}</th>
              <th scope="col">{t('health:immunisations.state')}</th>
            </tr>
          </thead>
          <tbody>
            {view.doses.map((s) => (
              <tr key={s.dose.code} class={`dose-${s.state}`}>
                <th scope="row">{t(`record:dose.${s.dose.code}`)}</th>
                <td>{whenText(s)}</td>
                <td>
                  <span class={`state state-${s.state}`}>{t(`record:doseState.${s.state}`)}</span>{' '}
                  <NotDoneButton child={child} item={doseItem(s.dose.code)} state={s.state} name={t(`record:dose.${s.dose.code}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="stack" aria-labelledby="given-title">
        <h2 id="given-title">{t('health:immunisations.given')}</h2>
        {ed.editing?.startsWith('new') ? (
          <ImmunisationForm child={child} doseCode={ed.editing.slice(4) || undefined} onDone={ed.close} />
        ) : (
          <div class="actions no-print">
            {dueNow.map((d) => (
              <button key={d.dose.code} type="button" class="button small" onClick={() => ed.open(`new:${d.dose.code}`)}>
                {t('health:immunisations.recordDose', { dose: t(`record:dose.${d.dose.code}`) })}
              </button>
            ))}
            <button type="button" class="button" onClick={() => ed.open('new:')}>{t('health:immunisations.add')}</button>
          </div>
        )}
        {view.immunisations.length === 0 && <p class="hint">{t('health:immunisations.empty')}</p>}
        <ul class="entries">
          {view.immunisations.map((i) => (
            <li key={i.id}>
              {ed.editing === i.id ? <ImmunisationForm child={child} entry={i} onDone={ed.close} /> : (
                <>
                  <p class="entry-title">{doseName(i.doseCode, i.vaccineName)}</p>
                  <span class="entry-meta">{t('health:immunisations.givenOn', { date: formatDate(i.givenOn) })}</span>
                  {i.sensitive && <span class="tag">{t('health:sensitive.tag')}</span>}
                  {(i.where || i.batch) && <p dir="auto">{[i.where, i.batch && t('health:immunisations.batchIs', { batch: i.batch })].filter(Boolean).join(' · ')}</p>}
                  <Written text={i.note} />
                  <EntryActions id={i.id} name={doseName(i.doseCode, i.vaccineName)} onEdit={() => ed.open(i.id)} />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ImmunisationForm({ child, entry, doseCode, onDone }: { child: StoredChild; entry?: ImmunisationEntry; doseCode?: string | undefined; onDone: () => void }) {
  const codes = [...SCHEDULES[scheduleIdFor(child.dob)].map((d) => d.code), 'other'];
  const f = useForm(() => ({
    doseCode: entry?.doseCode ?? doseCode ?? codes[0]!, givenOn: (entry?.givenOn as string | undefined) ?? todayInput(), vaccineName: entry?.vaccineName ?? '',
    batch: entry?.batch ?? '', where: entry?.where ?? '', note: entry?.note?.text ?? '', sensitive: entry?.sensitive ?? false,
  }));
  const w = useWrittenIn(entry?.note);
  const id = `immunisation-${entry?.id ?? 'new'}`;
  const short = (key: 'vaccineName' | 'batch' | 'where', label: string) =>
    <TextField id={`${id}-${key}`} field={key} label={label} value={f.values[key]} onInput={f.set(key)} error={f.error} />;
  return (
    <FormCard id={id} title={t(entry ? 'health:immunisations.edit' : 'health:immunisations.add')}
      onSubmit={() => void f.submit(() => saveImmunisation(child, f.values, w.writer(), entry?.id), onDone)}>
      <SelectField id={`${id}-dose`} label={t('health:immunisations.dose')} value={f.values.doseCode} options={codes}
        labelOf={(c) => t(`record:dose.${c}`)} onChange={f.set('doseCode')} />
      <TextField id={`${id}-date`} field="givenOn" type="date" label={t('health:immunisations.dateGiven')} value={f.values.givenOn}
        onInput={f.set('givenOn')} error={f.error} min={child.dob} max={deviceToday()} />
      {short('vaccineName', t('health:immunisations.vaccineName'))}
      {short('batch', t('health:immunisations.batch'))}
      {short('where', t('health:immunisations.where'))}
      <TextField id={`${id}-note`} field="note" multiline label={t('health:field.note')} value={f.values.note} onInput={f.set('note')} error={f.error} />
      {w.field(`${id}-written-in`, f.values.note)}
      <SensitiveBox id={`${id}-sensitive`} checked={f.values.sensitive} onChange={f.set('sensitive')} />
      <FormFoot error={f.error} shown={['givenOn', 'vaccineName', 'batch', 'where', 'note']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}
