import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { RECOVERY_QR_PREFIX, unlockWithRecoveryWords } from '../../app';
import { TextScanner } from '../scan/TextScanner';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { markUnlocked } from '../state/vault';

/** Opens the record with the recovery sheet; a new passphrase is required next. */
export function RecoverScreen() {
  const { route } = useLocation();
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);
  const open = async (text: string) => {
    setBusy(true);
    const result = await unlockWithRecoveryWords(text);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error, result));
    setWords('');
    markUnlocked(result.value.role, true);
    route('/new-passphrase');
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void open(words);
  };
  /** The sheet's QR code holds the 24 words: no copying letter by letter, in any language. */
  const scanned = (text: string): boolean => {
    if (!text.startsWith(RECOVERY_QR_PREFIX)) return false;
    setScanning(false);
    void open(text);
    return true;
  };
  return (
    <section class="screen" aria-labelledby="recover-title">
      <h1 id="recover-title">{t('secure:recover.title')}</h1>
      <p>{t('secure:recover.explain')}</p>
      <section class="card stack" aria-labelledby="recover-scan-title">
        <h2 id="recover-scan-title">{t('secure:recover.scanTitle')}</h2>
        <p class="hint">{t('secure:recover.scanHint')}</p>
        {scanning ? (
          <>
            <TextScanner onText={scanned} wrongCode={t('secure:recover.scanWrong')} />
            <button type="button" class="button" onClick={() => setScanning(false)}>{t('secure:recover.scanStop')}</button>
          </>
        ) : (
          <button type="button" class="button primary" disabled={busy} onClick={() => { setError(undefined); setScanning(true); }}>
            {t('secure:recover.scan')}
          </button>
        )}
      </section>
      <h2>{t('secure:recover.typeTitle')}</h2>
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
