import { useState } from 'preact/hooks';
import { addChild } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';

export function AddChildForm({ first, onAdded }: { first: boolean; onAdded: () => void }) {
  const [open, setOpen] = useState(first);
  const [name, setName] = useState('');
  const [dob, setDob] = useState('');
  const [error, setError] = useState<string | undefined>();
  if (!open) {
    return (
      <button type="button" class="button" onClick={() => setOpen(true)}>
        {t('secure:child.addAnother')}
      </button>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await addChild({ name, dob });
    if (!result.ok) return setError(errorText(result.error));
    setName('');
    setDob('');
    setError(undefined);
    setOpen(false);
    onAdded();
  };
  return (
    <form class="card stack" onSubmit={submit} aria-labelledby="add-child-title">
      <h2 id="add-child-title">{t('secure:child.add')}</h2>
      <div class="field">
        <label for="child-name">{t('secure:child.name')}</label>
        <input id="child-name" value={name} autoComplete="off" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="child-dob">{t('secure:child.dob')}</label>
        <input id="child-dob" type="date" value={dob} onInput={(e) => setDob((e.target as HTMLInputElement).value)} />
      </div>
      {error && <p class="form-error" role="alert">{error}</p>}
      <button type="submit" class="button primary" disabled={!name.trim() || !dob}>{t('secure:child.save')}</button>
    </form>
  );
}
