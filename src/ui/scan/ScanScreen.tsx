import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { keepPurgingExpiredShares, receiveOpenShare, receiveScan, receiveShareFile, type ScanOutcome } from '../../app/receive';
import { scanMessageKey, type ScannedPayload } from '../../app/scan-decode';
import type { AppResult } from '../../app/result';
import { errorText } from '../state/errors';
import { t, useNamespace } from '../state/language';
import { takeLaunchedFile } from '../shell/LaunchedFiles';
import { PasscodeForm } from '../received/PasscodeForm';
import { Scanner } from './Scanner';
import { withNamespace } from '../kit/WithNamespace';

type Asking = Extract<ScanOutcome, { kind: 'passcode-needed' }>;

const message = (code: string) => {
  if (code === 'file-too-large') return t('inbox:shareFileTooLarge');
  if (code === 'file-unreadable') return t('inbox:error.file-unreadable');
  const key = scanMessageKey(code);
  return key ? t(key) : errorText(code);
};

/**
 * The professional scans a family's share, addressed or open: it is checked, kept until it
 * expires, then shown. An open share behind a passcode stops the camera to ask for it.
 */
function ScanScreenReady() {
  const { route } = useLocation();
  const [error, setError] = useState<string | undefined>();
  const [asking, setAsking] = useState<Asking | undefined>();
  const busy = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The file button's words live with the other rarely used file words.
  const fileWords = useNamespace('inbox');
  useEffect(() => keepPurgingExpiredShares(), []);

  const settle = (outcome: AppResult<ScanOutcome>) => {
    // The code, not the sentence: it is translated when shown, so a language change follows.
    if (!outcome.ok) return setError(outcome.error);
    if (outcome.value.kind === 'kept') return route(`/received/${outcome.value.id}`);
    setError(undefined);
    setAsking(outcome.value);
  };

  const onPayload = async (payload: ScannedPayload) => {
    if (busy.current) return;
    busy.current = true;
    setError(undefined);
    settle(await receiveScan(payload));
    busy.current = false;
  };

  const openFile = async (file: File | undefined) => {
    if (!file || busy.current) return;
    busy.current = true;
    setError(undefined);
    settle(await receiveShareFile(file));
    busy.current = false;
  };
  // A share file the phone opened the app with.
  useEffect(() => {
    const launched = takeLaunchedFile();
    if (launched) void openFile(launched);
  }, []);

  return (
    <section class="screen stack" aria-labelledby="scan-title"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => { e.preventDefault(); void openFile(e.dataTransfer?.files[0]); }}>
      <h1 id="scan-title">{t('receive:scan.title')}</h1>
      {error && <p class="form-error" role="alert">{message(error)}</p>}
      {asking ? (
        <PasscodeForm
          id="scan-passcode"
          onSubmit={async (passcode) => settle(await receiveOpenShare(asking.parts, asking.via, passcode))}
          onCancel={() => { setAsking(undefined); setError(undefined); }}
        />
      ) : (
        <Scanner hint={t('receive:scan.hint')} onPayload={(p) => void onPayload(p)} />
      )}
      {fileWords && (
        <div class="actions">
          <button type="button" class="button" onClick={() => fileInput.current?.click()}>{t('inbox:shareFile')}</button>
          <input ref={fileInput} type="file" hidden accept=".familyfile,application/octet-stream"
            onChange={(e) => { const input = e.target as HTMLInputElement; void openFile(input.files?.[0]); input.value = ''; }} />
        </div>
      )}
      <p>
        <a href="/received">{t('receive:scan.backToList')}</a>
      </p>
    </section>
  );
}

/** Waits for the `receive` strings (a lazy namespace). */
export const ScanScreen = withNamespace('receive', ScanScreenReady);
