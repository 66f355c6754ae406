// `/restore`: "I have a backup", on a phone with no vault yet; `/restore/here`, from Settings, on a
// phone whose vault is open, where the parent chooses to add the backup to it or to replace it.
// Choose the file (its header is checked at once), type the passphrase it was made with or the
// recovery words, and the record comes back whole, or nothing changes.
import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkBackupFile, restoreBackup, type CheckedBackup, type Restored, type RestoreProgress } from '../../app/restore';
import { i18next } from '../../i18n';
import { described, Field } from '../kit/Field';
import { formatDateTime } from '../kit/format';
import { errorText } from '../state/errors';
import { announcement, t, useNamespace } from '../state/language';
import { markUnlocked, vaultRole, vaultStatus } from '../state/vault';
import { takeLaunchedFile } from '../shell/LaunchedFiles';

function restoreErrorText(code: string, index?: number): string {
  return i18next.exists(`restore:error.${code}`) ? t(`restore:error.${code}`) : errorText(code, index === undefined ? {} : { index });
}

/** What the parent is told when a restore has finished. */
function doneText(done: Restored): string {
  if (done.mode !== 'merge') return t('restore:done');
  if (done.added === 0 && done.addedBlobs === 0 && !done.consentChainKept) return t('restore:nothingNew');
  return t('restore:merged', { count: done.added, files: done.addedBlobs });
}

export function RestoreScreen() {
  const ready = useNamespace('restore');
  const { route } = useLocation();
  const [file, setFile] = useState<File | undefined>();
  const [checked, setChecked] = useState<CheckedBackup | undefined>();
  const [how, setHow] = useState<'passphrase' | 'words'>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<{ code: string; index?: number } | undefined>();
  const [progress, setProgress] = useState<RestoreProgress | undefined>();
  const stop = useRef<AbortController | undefined>();
  /** The phone already has an open vault: the backup is added to it, or takes its place. */
  const here = vaultStatus.value === 'unlocked';
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [replaceAgreed, setReplaceAgreed] = useState(false);
  /** After a merge the parent stays here and reads what was added; the other modes go to the record. */
  const [mergedText, setMergedText] = useState<string | undefined>();

  const choose = async (chosen: File | undefined) => {
    setMergedText(undefined);
    setChecked(undefined);
    setError(undefined);
    if (!chosen) return;
    const result = await checkBackupFile(chosen);
    if (!result.ok) return setError({ code: result.error });
    setFile(chosen);
    setChecked(result.value);
  };

  // A backup the phone opened the app with is chosen already.
  useEffect(() => {
    const launched = takeLaunchedFile();
    if (launched) void choose(launched);
  }, []);

  const start = async (e: Event) => {
    e.preventDefault();
    if (!file || !checked || progress) return;
    if (secret.trim() === '') return setError({ code: how === 'passphrase' ? 'passphrase-needed' : 'words-needed' });
    if (here && mode === 'replace' && !replaceAgreed) return setError({ code: 'replace-agree-needed' });
    setError(undefined);
    const controller = new AbortController();
    stop.current = controller;
    setProgress({ bytes: 0, total: file.size });
    const result = await restoreBackup(file, checked, how === 'passphrase' ? { passphrase: secret } : { words: secret }, {
      mode: here ? mode : 'new', signal: controller.signal, onProgress: setProgress,
    });
    stop.current = undefined;
    setProgress(undefined);
    if (!result.ok) {
      setError({ code: result.error, ...(result.index !== undefined ? { index: result.index } : {}) });
      return;
    }
    setSecret('');
    announcement.value = doneText(result.value);
    markUnlocked(result.value.role, result.value.mustChangePassphrase);
    if (result.value.mode === 'merge' && !result.value.mustChangePassphrase) {
      setFile(undefined);
      setChecked(undefined);
      return setMergedText(doneText(result.value));
    }
    route(result.value.mustChangePassphrase ? '/new-passphrase' : result.value.role === 'professional' ? '/received' : '/home');
  };

  if (!ready) return <section class="screen"><p role="status">{t('restore:loading')}</p></section>;
  const message = error && restoreErrorText(error.code, error.index);
  // Not ticking "I understand" is said beside the box; every other problem beside the passphrase.
  const agreeError = error?.code === 'replace-agree-needed' ? message : undefined;
  const errorMessage = agreeError ? undefined : message;
  return (
    <section class="screen stack restore" aria-labelledby="restore-title" data-ready>
      <h1 id="restore-title">{t('restore:title')}</h1>
      <p>{t('restore:intro')}</p>
      <Field id="restore-file" label={t('restore:fileLabel')} error={!checked ? errorMessage : undefined}>
        <input {...described('restore-file', !checked ? errorMessage : undefined)} type="file" accept=".familyfile,application/octet-stream"
          disabled={progress !== undefined} onChange={(e) => void choose((e.target as HTMLInputElement).files?.[0])} />
      </Field>
      {mergedText && (
        <div class="stack card">
          <p class="notice" data-merged>{mergedText}</p>
          <a class="button primary" href={vaultRole.value === 'professional' ? '/received' : '/home'}>{t('common:nav.home')}</a>
        </div>
      )}
      {checked && (
        <form class="stack card" onSubmit={(e) => void start(e)} noValidate>
          <p class="notice">{t('restore:madeOn', { when: formatDateTime(checked.header.createdAt) })}</p>
          <fieldset class="stack">
            <legend>{t('restore:howLegend')}</legend>
            <label class="choice">
              <input type="radio" name="restore-how" checked={how === 'passphrase'} onChange={() => { setHow('passphrase'); setSecret(''); }} />
              <span>{t('restore:withPassphrase')}</span>
            </label>
            <label class="choice">
              <input type="radio" name="restore-how" checked={how === 'words'} onChange={() => { setHow('words'); setSecret(''); }} />
              <span>{t('restore:withWords')}</span>
            </label>
          </fieldset>
          {here && (
            <fieldset class="stack">
              <legend>{t('restore:modeLegend')}</legend>
              <label class="choice">
                <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
                <span>{t('restore:modeMerge')}</span>
              </label>
              <label class="choice">
                <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
                <span>{t('restore:modeReplace')}</span>
              </label>
              <p class="hint">{t(mode === 'merge' ? 'restore:mergeExplain' : 'restore:replaceExplain')}</p>
              {mode === 'replace' && (
                <label class="choice">
                  <input type="checkbox" checked={replaceAgreed} onChange={(e) => setReplaceAgreed((e.target as HTMLInputElement).checked)} />
                  <span>{t('restore:replaceAgree')}</span>
                </label>
              )}
              {agreeError && <p class="form-error" role="alert">{agreeError}</p>}
            </fieldset>
          )}
          {how === 'passphrase' ? (
            <Field id="restore-secret" label={t('restore:passphraseLabel')} hint={t('restore:passphraseHint')} error={errorMessage}>
              <input {...described('restore-secret', errorMessage, true)} type="password" autocomplete="current-password" value={secret}
                onInput={(e) => setSecret((e.target as HTMLInputElement).value)} />
            </Field>
          ) : (
            <Field id="restore-secret" label={t('restore:wordsLabel')} error={errorMessage}>
              <textarea {...described('restore-secret', errorMessage)} rows={4} dir="ltr" lang="en" autocapitalize="off" spellcheck={false} value={secret}
                onInput={(e) => setSecret((e.target as HTMLTextAreaElement).value)} />
            </Field>
          )}
          {progress ? (
            <div class="stack">
              <progress max={progress.total} value={progress.bytes} aria-label={t('restore:progressLabel')} />
              <p role="status">{t('restore:running', { percent: Math.floor((100 * progress.bytes) / Math.max(1, progress.total)) })}</p>
              <button type="button" class="button" onClick={() => stop.current?.abort()}>{t('restore:stop')}</button>
            </div>
          ) : (
            <button type="submit" class="button primary">{t('restore:start')}</button>
          )}
          <p class="hint">{t(here ? 'restore:safeHere' : 'restore:safe')}</p>
        </form>
      )}
      <a class="button" href={here ? '/settings' : '/welcome'}>{t('restore:back')}</a>
    </section>
  );
}
