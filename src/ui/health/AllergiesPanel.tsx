import { formatDate, formatList } from '../kit/format';
import { deviceToday } from '../../app/clock';
import { ALLERGENS, ALLERGY_REACTIONS, ALLERGY_SEVERITIES, saveAllergy, type AllergyEntry } from '../../app/health';
import { type StoredChild } from '../../app/passport';
import { t } from '../state/language';
import { EntryActions } from './entry-actions';
import {
  CheckboxGroup, codeLabel, FormCard, FormFoot, SelectField, SensitiveBox, TextField, useEditing, useForm,
  Written, type PanelProps,
} from './fields';
import { useWrittenIn } from '../kit/WrittenIn';

/** The allergen's name for lists: the parent's words when they picked "other". */
export function allergyName(a: AllergyEntry): string {
  return a.allergen === 'other' && a.detail ? a.detail.text : codeLabel('allergen', a.allergen);
}

export function AllergiesPanel({ child, view }: PanelProps) {
  const ed = useEditing();
  return (
    <section class="stack" aria-labelledby="allergies-title">
      <h2 id="allergies-title">{t('health:allergies.title')}</h2>
      {ed.isNew
        ? <AllergyForm child={child} onDone={ed.close} />
        : <button type="button" class="button no-print" onClick={() => ed.open('new')}>{t('health:allergies.add')}</button>}
      {view.allergies.length === 0 && <p class="hint">{t('health:allergies.empty')}</p>}
      <ul class="entries">
        {view.allergies.map((a) => (
          <li key={a.id} class={`severity-${a.severity}`}>
            {ed.editing === a.id ? <AllergyForm child={child} entry={a} onDone={ed.close} /> : (
              <>
                <p class="entry-title">{allergyName(a)}</p>
                <span class="entry-meta">{codeLabel('allergySeverity', a.severity)}</span>
                {a.sensitive && <span class="tag">{t('health:sensitive.tag')}</span>}
                {a.allergen !== 'other' && <Written text={a.detail} />}
                {a.reactions.length > 0 && (
                  <p>{t('health:allergies.reactionsAre', { list: formatList(a.reactions.map((r) => codeLabel('allergyReaction', r))) })}</p>
                )}
                {a.notedOn && <span class="entry-meta">{t('health:allergies.notedOnDate', { date: formatDate(a.notedOn) })}</span>}
                <Written text={a.note} />
                <EntryActions id={a.id} name={allergyName(a)} onEdit={() => ed.open(a.id)} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AllergyForm({ child, entry, onDone }: { child: StoredChild; entry?: AllergyEntry; onDone: () => void }) {
  const f = useForm(() => ({
    allergen: entry?.allergen ?? ALLERGENS[0], detail: entry?.detail?.text ?? '', reactions: [...(entry?.reactions ?? [])],
    severity: entry?.severity ?? ALLERGY_SEVERITIES[0], notedOn: entry?.notedOn ?? '', note: entry?.note?.text ?? '',
    sensitive: entry?.sensitive ?? false,
  }));
  const w = useWrittenIn(entry?.note ?? entry?.detail);
  const id = `allergy-${entry?.id ?? 'new'}`;
  return (
    <FormCard id={id} title={t(entry ? 'health:allergies.edit' : 'health:allergies.add')}
      onSubmit={() => void f.submit(() => saveAllergy(child, f.values, w.writer(), entry?.id), onDone)}>
      <SelectField id={`${id}-allergen`} label={t('health:allergies.allergen')} value={f.values.allergen} options={ALLERGENS}
        labelOf={(c) => codeLabel('allergen', c)} onChange={f.set('allergen')} />
      <TextField id={`${id}-detail`} field="detail" label={t('health:allergies.detail')} hint={t('health:allergies.detailHint')}
        value={f.values.detail} onInput={f.set('detail')} error={f.error} />
      <CheckboxGroup id={`${id}-reactions`} legend={t('health:allergies.reactions')} options={ALLERGY_REACTIONS} chosen={f.values.reactions}
        labelOf={(c) => codeLabel('allergyReaction', c)} onChange={f.set('reactions')} />
      <SelectField id={`${id}-severity`} label={t('health:allergies.severity')} value={f.values.severity} options={ALLERGY_SEVERITIES}
        labelOf={(c) => codeLabel('allergySeverity', c)} onChange={f.set('severity')} />
      <TextField id={`${id}-noted`} field="notedOn" type="date" label={t('health:allergies.notedOn')} value={f.values.notedOn}
        onInput={f.set('notedOn')} error={f.error} min={child.dob} max={deviceToday()} />
      <TextField id={`${id}-note`} field="note" multiline label={t('health:field.note')} value={f.values.note} onInput={f.set('note')} error={f.error} />
      {w.field(`${id}-written-in`, `${f.values.detail}\n${f.values.note}`)}
      <SensitiveBox id={`${id}-sensitive`} checked={f.values.sensitive} onChange={f.set('sensitive')} />
      <FormFoot error={f.error} shown={['detail', 'notedOn', 'note']} onCancel={onDone} saving={f.saving} />
    </FormCard>
  );
}
