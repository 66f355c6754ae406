import { deviceToday } from '../../app/clock';
import { useState } from 'preact/hooks';
import { addChildToFamily, type StoredChild } from '../../app/family';
import { errorText } from '../state/errors';
import { t } from '../state/language';

/** Name, date of birth and (optionally) weeks of pregnancy at birth, for corrected age. */
export function AddChildForm({ first, onAdded }: { first: boolean; onAdded: (child: StoredChild) => void }) {
  const [open, setOpen] = useState(first);
  const [name, setName] = useState('');
  const [dob, setDob] = useState('');
  const [weeks, setWeeks] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  if (!open) {
    return (
      <button type="button" class="button" onClick={() => setOpen(true)}>
        {t('family:add.another')}
      </button>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const result = await addChildToFamily({ name, dob, gestationWeeks: weeks });
    setSaving(false);
    // On failure everything typed stays in the form.
    if (!result.ok) return setError(errorText(result.error));
    setName('');
    setDob('');
    setWeeks('');
    setError(undefined);
    setOpen(false);
    onAdded(result.value);
  };
  const today = deviceToday();
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="add-child-title" noValidate>
      <h2 id="add-child-title">{t('family:add.title')}</h2>
      <div class="field">
        <label for="child-name">{t('family:add.name')}</label>
        <input id="child-name" value={name} autoComplete="off" dir="auto" maxLength={200}
          onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="child-dob">{t('family:add.dob')}</label>
        <input id="child-dob" type="date" value={dob} max={today} onInput={(e) => setDob((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="child-gestation">{t('family:add.gestation')}</label>
        <input id="child-gestation" type="number" inputMode="numeric" min={22} max={44} step={1} value={weeks}
          aria-describedby="child-gestation-hint" onInput={(e) => setWeeks((e.target as HTMLInputElement).value)} />
        <p id="child-gestation-hint" class="hint">{t('family:add.gestationHint')}</p>
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="submit" class="button primary" disabled={saving || !name.trim() || !dob}>{t('family:add.save')}</button>
        {!first && (
          <button type="button" class="button" onClick={() => setOpen(false)}>{t('family:add.cancel')}</button>
        )}
      </div>
    </form>
  );
}
