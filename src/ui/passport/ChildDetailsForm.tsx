import { deviceToday } from '../../app/clock';
import { saveChildDetails, type StoredChild } from '../../app/passport';
import { announcement, t } from '../state/language';
import { FormCard, FormFoot, TextField, useForm } from '../health/fields';

/** Name, preferred name, date of birth and weeks of pregnancy at birth (for premature babies). */
export function ChildDetailsForm({ child, onSaved }: { child: StoredChild; onSaved: () => void }) {
  const f = useForm(() => ({
    name: child.name, preferredName: child.preferredName ?? '', dob: child.dob as string,
    gestationWeeks: child.gestationWeeks !== undefined ? String(child.gestationWeeks) : '',
  }));
  const done = () => {
    announcement.value = t('passport:saved');
    onSaved();
  };
  return (
    <FormCard id="child-details" title={t('passport:edit.childTitle')} onSubmit={() => void f.submit(() => saveChildDetails(child.id, f.values), done)}>
      <TextField id="child-name" field="name" label={t('passport:field.name')} value={f.values.name} onInput={f.set('name')} error={f.error} />
      <TextField id="child-preferred" field="preferredName" label={t('passport:field.preferredName')} hint={t('passport:edit.preferredHint')}
        value={f.values.preferredName} onInput={f.set('preferredName')} error={f.error} />
      <TextField id="child-dob" field="dob" type="date" label={t('passport:field.dob')} value={f.values.dob} onInput={f.set('dob')}
        error={f.error} max={deviceToday()} />
      <TextField id="child-gestation" field="gestationWeeks" inputMode="numeric" label={t('passport:field.gestation')}
        hint={t('passport:edit.gestationHint')} value={f.values.gestationWeeks} onInput={f.set('gestationWeeks')} error={f.error} />
      <FormFoot error={f.error} shown={['name', 'preferredName', 'dob', 'gestationWeeks']} saving={f.saving} />
    </FormCard>
  );
}
