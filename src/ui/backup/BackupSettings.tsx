// Settings → Backup: make one encrypted file of everything, with progress and a way to stop. Where
// the browser can write straight to a chosen file (File System Access), the backup streams into
// it; elsewhere it is gathered chunk by chunk into a Blob and downloaded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { backupFileName, writeBackup, type BackupProgress } from '../../app/backup';
import { backupReminder, type BackupReminder } from '../../app/backup-status';
import { errorText } from '../state/errors';
import { formatDateTime, formatSize } from '../kit/format';
import { announcement, t, useNamespace } from '../state/language';

interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
type SavePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<{ createWritable(): Promise<WritableFile> }>;

/** The browser's "save to a file I choose" where it has one (Chromium on Android and desktop). */
function savePicker(): SavePicker | undefined {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: BackupProgress }
  | { step: 'done'; bytes: number }
  | { step: 'failed'; error: string };

export function BackupSettings() {
  const ready = useNamespace('backup');
  const [state, setState] = useState<State>({ step: 'idle' });
  const [reminder, setReminder] = useState<BackupReminder | undefined>();
  const stop = useRef<AbortController | undefined>();
  useEffect(() => { void backupReminder().then(setReminder); }, [state.step]);

  const start = async () => {
    const now = Date.now();
    const name = backupFileName(now);
    const picker = savePicker();
    let file: WritableFile | undefined;
    if (picker) {
      try {
        const handle = await picker({ suggestedName: name, types: [{ description: 'Family File', accept: { 'application/octet-stream': ['.familyfile'] } }] });
        file = await handle.createWritable();
      } catch (e) {
        if ((e as DOMException).name === 'AbortError') return; // the parent closed the picker
        file = undefined; // not allowed here: fall back to a download
      }
    }
    // Without a file to write to, the bytes gather in a Blob, chunk by chunk: the browser keeps a
    // Blob's bytes outside the page's memory, so a 150 MB backup does not sit in the JS heap.
    let gathered = new Blob([]);
    const controller = new AbortController();
    stop.current = controller;
    setState({ step: 'running', progress: { done: 0, total: 1, bytes: 0 } });
    const result = await writeBackup(async (bytes) => {
      if (file) await file.write(bytes);
      else gathered = new Blob([gathered, bytes as Uint8Array<ArrayBuffer>]);
    }, { now, signal: controller.signal, onProgress: (progress) => setState({ step: 'running', progress }) });
    stop.current = undefined;
    if (!result.ok) {
      await file?.abort().catch(() => undefined);
      gathered = new Blob([]);
      setState(result.error === 'cancelled' ? { step: 'idle' } : { step: 'failed', error: result.error });
      if (result.error === 'cancelled') announcement.value = t('backup:cancelled');
      return;
    }
    if (file) {
      await file.close();
    } else {
      const url = URL.createObjectURL(new Blob([gathered], { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = result.value.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
    setState({ step: 'done', bytes: result.value.bytes });
    announcement.value = t('backup:done', { size: formatSize(result.value.bytes) });
  };

  if (!ready) return null;
  const last = reminder?.lastBackupAt;
  return (
    <section class="card stack backup-settings" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup:title')}</h2>
      <p data-last-backup={last ?? ''}>{last ? t('backup:last', { when: formatDateTime(last) }) : t('backup:never')}</p>
      <p class="hint">{t('backup:explain')}</p>
      {state.step === 'running' ? (
        <div class="stack">
          <progress max={state.progress.total} value={state.progress.done} aria-label={t('backup:progressLabel')} />
          <p role="status">{t('backup:running', { done: state.progress.done, total: state.progress.total, size: formatSize(state.progress.bytes) })}</p>
          <button type="button" class="button" onClick={() => stop.current?.abort()}>{t('backup:cancel')}</button>
        </div>
      ) : (
        <button type="button" class="button primary" onClick={() => void start()}>{t('backup:make')}</button>
      )}
      {state.step === 'done' && <p class="notice" role="status">{t('backup:done', { size: formatSize(state.bytes) })}</p>}
      {state.step === 'failed' && <p class="form-error" role="alert">{errorText(state.error)}</p>}
      {state.step !== 'running' && <a class="button" href="/restore/here">{t('backup:restoreHere')}</a>}
    </section>
  );
}
