import { deviceToday } from '../../app/clock';
import { saveCondition, type ConditionEntry } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import { formatDate } from '../kit/format';
import { FormCard, FormFoot, SensitiveBox, TextField, useEditing, useForm, Written, type PanelProps } from './fields';
import { useWrittenIn } from '../kit/WrittenIn';

export function ConditionsPanel({ child, view }: PanelProps) {
  const ed = useEditing();
  return (
    <section class="stack" aria-labelledby="conditions-title">
      <h2 id="conditions-title">{t('health:conditions.title')}</h2>
      {ed.isNew
        ? <ConditionForm child={child} onDone={ed.close} />
        : <button type="button" class="button no-print" onClick={() => ed.open('new')}>{t('health:conditions.add')}</button>}
      {view.conditions.length === 0 && <p class="hint">{t('health:conditions.empty')}</p>}
      <ul class="entries">
        {view.conditions.map((c) => (
          <li key={c.id}>
            {ed.editing === c.id ? <ConditionForm child={child} entry={c} onDone={ed.close} /> : (
              <>
                <p class="entry-title" lang={c.name.lang} dir="auto">{c.name.text}</p>
                {c.diagnosedOn && <span class="entry-meta">{t('health:conditions.since', { date: formatDate(c.diagnosedOn) })}</span>}
                {c.sensitive && <span class="tag">{t('health:sensitive.tag')}</span>}
                <Written text={c.note} />
                <EntryActions id={c.id} name={c.name.text} onEdit={() => ed.open(c.id)} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ConditionForm({ child, entry, onDone }: { child: StoredChild; entry?: ConditionEntry; onDone: () => void }) {
  const f = useForm(() => ({
    name: entry?.name.text ?? '', diagnosedOn: entry?.diagnosedOn ?? '', note: entry?.note?.text ?? '', sensitive: entry?.sensitive ?? false,
  }));
  const w = useWrittenIn(entry?.note ?? entry?.name);
  const id = `condition-${entry?.id ?? 'new'}`;
  return (
    <FormCard id={id} title={t(entry ? 'health:conditions.edit' : 'health:conditions.add')}
      onSubmit={() => void f.submit(() => saveCondition(child, f.values, w.writer(), entry?.id), onDone)}>
      <TextField id={`${id}-name`} field="name" label={t('health:conditions.name')} value={f.values.name} onInput={f.set('name')} error={f.error} />
      <TextField id={`${id}-date`} field="diagnosedOn" type="date" label={t('health:conditions.diagnosedOn')} value={f.values.diagnosedOn}
        onInput={f.set('diagnosedOn')} error={f.error} min={child.dob} max={deviceToday()} />
      <TextField id={`${id}-note`} field="note" multiline label={t('health:field.note')} value={f.values.note} onInput={f.set('note')} error={f.error} />
      {w.field(`${id}-written-in`, `${f.values.name}\n${f.values.note}`)}
      <SensitiveBox id={`${id}-sensitive`} checked={f.values.sensitive} onChange={f.set('sensitive')} />
      <FormFoot error={f.error} shown={['name', 'diagnosedOn', 'note']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}
