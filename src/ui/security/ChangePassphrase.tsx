import { useState } from 'preact/hooks';
import { changePassphraseChecked } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { NewPassphraseForm } from './NewPassphraseForm';
import { PassphraseField } from './PassphraseField';

export function ChangePassphrase() {
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const submit = async (next: string, again: string) => {
    setBusy(true);
    const result = await changePassphraseChecked(current, next, again);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error, result));
    setDone(true);
    setOpen(false);
    setCurrent('');
  };
  return (
    <section class="card stack" aria-labelledby="change-pass-title">
      <h2 id="change-pass-title">{t('secure:settings.passphraseTitle')}</h2>
      {done && <p role="status">{t('secure:settings.passphraseChanged')}</p>}
      {!open ? (
        <button type="button" class="button" onClick={() => { setOpen(true); setDone(false); }}>{t('secure:settings.passphraseChange')}</button>
      ) : (
        <>
          <PassphraseField id="current-passphrase" label={t('secure:settings.passphraseCurrent')} value={current} onInput={setCurrent} autoComplete="current-password" />
          <NewPassphraseForm submitLabel={t('secure:settings.passphraseSave')} busy={busy} error={error} onSubmit={(p, a) => void submit(p, a)} />
        </>
      )}
    </section>
  );
}
