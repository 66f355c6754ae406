import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { resumeSetup, startSetupAgain, type ResumedSetup } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { vaultStatus } from '../state/vault';
import { PassphraseField } from '../security/PassphraseField';
import { SetupScreen } from './SetupScreen';

/** Setup was interrupted before the recovery key was confirmed: continue it, or start clean. */
export function ResumeSetupScreen() {
  const { route } = useLocation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [resumed, setResumed] = useState<ResumedSetup | undefined>();
  if (resumed) return <SetupScreen resumed={resumed} />;

  const resume = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await resumeSetup(passphrase);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error, result));
    setResumed(result.value);
  };
  const again = async () => {
    const result = await startSetupAgain();
    if (!result.ok) return setError(errorText(result.error));
    // Both in one tick, so the guard of this screen never sees 'none' on its own.
    vaultStatus.value = 'none';
    route('/setup');
  };
  return (
    <section class="screen" aria-labelledby="resume-title">
      <h1 id="resume-title">{t('secure:resume.title')}</h1>
      <p>{t('secure:resume.explain')}</p>
      <form class="stack" onSubmit={resume}>
        <PassphraseField id="resume-passphrase" label={t('secure:unlock.passphrase')} value={passphrase} onInput={setPassphrase} autoComplete="current-password" />
        {error && <p class="form-error" role="alert">{error}</p>}
        <button type="submit" class="button primary" disabled={busy || passphrase.length === 0}>
          {busy ? t('secure:busy') : t('secure:resume.continue')}
        </button>
      </form>
      <button type="button" class="button" onClick={() => void again()}>
        {t('secure:resume.startAgain')}
      </button>
    </section>
  );
}
