import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { setNewPassphrase } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { homePath } from '../shell/Guards';
import { mustChangePassphrase } from '../state/vault';
import { NewPassphraseForm } from '../security/NewPassphraseForm';

/** After a recovery-key unlock the parent must choose a new passphrase before going on. */
export function NewPassphraseScreen() {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const submit = async (p: string, again: string) => {
    setBusy(true);
    const result = await setNewPassphrase(p, again);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    mustChangePassphrase.value = false;
    route(homePath());
  };
  return (
    <section class="screen" aria-labelledby="newpass-title">
      <h1 id="newpass-title">{t('secure:newPassphrase.title')}</h1>
      <p>{t('secure:newPassphrase.explain')}</p>
      <NewPassphraseForm submitLabel={t('secure:newPassphrase.submit')} busy={busy} error={error} onSubmit={(p, a) => void submit(p, a)} />
    </section>
  );
}
