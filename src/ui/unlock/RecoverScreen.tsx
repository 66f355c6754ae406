import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { unlockWithRecoveryWords } from '../../app';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { markUnlocked } from '../state/vault';

/** Opens the record with the recovery sheet; a new passphrase is required next. */
export function RecoverScreen() {
  const { route } = useLocation();
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const result = await unlockWithRecoveryWords(words);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error, result));
    setWords('');
    markUnlocked(result.value.role, true);
    route('/new-passphrase');
  };
  return (
    <section class="screen" aria-labelledby="recover-title">
      <h1 id="recover-title">{t('secure:recover.title')}</h1>
      <p>{t('secure:recover.explain')}</p>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for="recovery-words">{t('secure:recover.label')}</label>
          <textarea
            id="recovery-words"
            rows={5}
            lang="en"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            value={words}
            onInput={(e) => setWords((e.target as HTMLTextAreaElement).value)}
          />
        </div>
        {error && <p class="form-error" role="alert">{error}</p>}
        <button type="submit" class="button primary" disabled={busy || words.trim().length === 0}>
          {busy ? t('secure:unlock.opening') : t('secure:recover.submit')}
        </button>
      </form>
      <a class="button" href="/unlock">{t('nav.back')}</a>
    </section>
  );
}
