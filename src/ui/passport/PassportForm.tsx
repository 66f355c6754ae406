import { useState } from 'preact/hooks';
import { deviceToday } from '../../app/clock';
import {
  COMMUNICATION_METHODS, HOME_LANGUAGES, passportInputOf, RELATIONSHIPS, saveAboutMe,
  type ChildDetailsInput, type PassportEntry, type PassportInput, type PersonInput, type StoredChild,
} from '../../app/passport';
import { announcement, t } from '../state/language';
import { useDraft } from '../kit/useDraft';
import { LeaveGuard } from '../kit/LeaveGuard';
import { WrittenInField } from '../kit/WrittenIn';
import { CheckboxGroup, codeLabel, FormCard, FormFoot, SelectField, TextField, useForm, writerLang, type FieldError } from '../health/fields';

const TEXTS = ['mustKnow', 'communicationNote', 'whatHelps', 'likes', 'dislikes'] as const;
const DETAILS = ['name', 'preferredName', 'dob', 'gestationWeeks'] as const;

type AboutValues = ChildDetailsInput & PassportInput;

function detailsOf(child: StoredChild): ChildDetailsInput {
  return {
    name: child.name, preferredName: child.preferredName ?? '', dob: child.dob,
    gestationWeeks: child.gestationWeeks !== undefined ? String(child.gestationWeeks) : '',
  };
}

function split(v: AboutValues): { details: ChildDetailsInput; passport: PassportInput } {
  const { name, preferredName, dob, gestationWeeks, ...passport } = v;
  return { details: { name, preferredName, dob, gestationWeeks }, passport };
}

/**
 * Everything on the "About me" page in one form with one Save: the child's name and birth,
 * then the passport. What is typed is kept as an encrypted draft, and leaving with changes asks first.
 */
export function AboutMeForm({ child, passport, onSaved }: { child: StoredChild; passport: PassportEntry | undefined; onSaved: () => void }) {
  const initial = (): AboutValues => ({ ...detailsOf(child), ...passportInputOf(passport) });
  const f = useForm(initial);
  const [saved] = useState(() => JSON.stringify(initial()));
  const v = f.values;
  const draft = useDraft(`about-${child.id}`, v, f.replace);
  const dirty = JSON.stringify(v) !== saved;

  const save = () => new Promise<boolean>((resolve) => {
    void f.submit(() => saveAboutMe(child.id, split(v), writerLang()), () => {
      void draft.clear();
      announcement.value = t('passport:saved');
      resolve(true);
    }).then(() => resolve(false)); // resolves false only when the save was refused (true wins if it saved)
  });
  const setPeople = f.set('importantPeople');
  const text = (key: (typeof TEXTS)[number]) => (
    <TextField id={`passport-${key}`} field={key} multiline label={t(`passport:field.${key}`)} hint={t(`passport:hint.${key}`)}
      value={v[key]} onInput={f.set(key)} error={f.error} />
  );
  return (
    <FormCard id="passport-form" title={t('passport:edit.passportTitle')} level={2}
      onSubmit={() => void save().then((ok) => ok && onSaved())}>
      <LeaveGuard dirty={dirty && !f.saving} onSave={save} onDiscard={() => draft.discard(initial())} />
      {draft.restored && (
        <div class="notice" role="status">
          <p>{t('passport:draft.restored')}</p>
          <button type="button" class="button small" onClick={() => void draft.discard(initial())}>{t('passport:draft.discard')}</button>
        </div>
      )}
      <fieldset class="stack" id="child-details">
        <legend>{t('passport:edit.childTitle')}</legend>
        <TextField id="child-name" field="name" label={t('passport:field.name')} value={v.name} onInput={f.set('name')} error={f.error} />
        <TextField id="child-preferred" field="preferredName" label={t('passport:field.preferredName')} hint={t('passport:edit.preferredHint')}
          value={v.preferredName} onInput={f.set('preferredName')} error={f.error} />
        <TextField id="child-dob" field="dob" type="date" label={t('passport:field.dob')} value={v.dob} onInput={f.set('dob')}
          error={f.error} max={deviceToday()} />
        <TextField id="child-gestation" field="gestationWeeks" inputMode="numeric" label={t('passport:field.gestation')}
          hint={t('passport:edit.gestationHint')} value={v.gestationWeeks} onInput={f.set('gestationWeeks')} error={f.error} />
      </fieldset>
      <TextField id="passport-nhs" field="nhsNumber" inputMode="numeric" label={t('passport:field.nhsNumber')} hint={t('passport:hint.nhsNumber')}
        value={v.nhsNumber} onInput={f.set('nhsNumber')} error={f.error} />
      <div class="must-know-field">{text('mustKnow')}</div>
      <CheckboxGroup id="passport-languages" legend={t('passport:field.homeLanguages')} options={HOME_LANGUAGES} chosen={v.homeLanguages}
        labelOf={(c) => codeLabel('homeLanguage', c)} onChange={f.set('homeLanguages')} collapsible />
      <TextField id="passport-other-languages" field="otherLanguages" label={t('passport:field.otherLanguages')} hint={t('passport:hint.otherLanguages')}
        value={v.otherLanguages} onInput={f.set('otherLanguages')} error={f.error} />
      <CheckboxGroup id="passport-communication" legend={t('passport:field.communication')} options={COMMUNICATION_METHODS} chosen={v.communication}
        labelOf={(c) => codeLabel('communicationMethod', c)} onChange={f.set('communication')} />
      {text('communicationNote')}
      {text('whatHelps')}
      {text('likes')}
      {text('dislikes')}
      <PeopleEditor people={v.importantPeople} onChange={setPeople} error={f.error} />
      <WrittenInField id="passport-written-in" value={v.writtenIn} onChange={f.set('writtenIn')} hint={t('passport:hint.writtenIn')}
        text={[v.communicationNote, v.whatHelps, v.likes, v.dislikes, v.mustKnow].join('\n')} appLang={writerLang()} />
      <FormFoot error={f.error} saving={f.saving}
        shown={[...DETAILS, 'nhsNumber', 'otherLanguages', ...TEXTS, ...v.importantPeople.flatMap((_, i) => [`person-${i}-name`, `person-${i}-note`])]} />
    </FormCard>
  );
}

/** Important people: name, a coded relationship and a note each; add and remove freely. */
function PeopleEditor({ people, onChange, error }: { people: PersonInput[]; onChange: (p: PersonInput[]) => void; error?: FieldError | undefined }) {
  const update = (i: number, patch: Partial<PersonInput>) => onChange(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset class="people-editor stack">
      <legend>{t('passport:field.people')}</legend>
      {people.length === 0 && <p class="hint">{t('passport:people.empty')}</p>}
      {people.map((p, i) => (
        <div key={i} class="person card stack" role="group" aria-label={t('passport:people.number', { n: i + 1 })}>
          <TextField id={`person-${i}-name`} label={t('passport:people.name')} value={p.name} onInput={(name) => update(i, { name })} error={error} />
          <SelectField id={`person-${i}-relationship`} label={t('passport:people.relationship')} value={p.relationship} options={RELATIONSHIPS}
            labelOf={(c) => codeLabel('relationship', c)} onChange={(relationship) => update(i, { relationship })} />
          <TextField id={`person-${i}-note`} label={t('passport:people.note')} value={p.note} onInput={(note) => update(i, { note })} error={error} />
          <button type="button" class="button small" onClick={() => onChange(people.filter((_, j) => j !== i))}
            aria-label={t('passport:people.removeNamed', { name: p.name || t('passport:people.number', { n: i + 1 }) })}>
            {t('passport:people.remove')}
          </button>
        </div>
      ))}
      <button type="button" class="button" onClick={() => onChange([...people, { name: '', relationship: 'mother', note: '' }])}>
        {t('passport:people.add')}
      </button>
    </fieldset>
  );
}
