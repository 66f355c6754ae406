import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { keepPurgingExpiredShares, receiveOpenShare, receiveScan, type ScanOutcome } from '../../app/receive';
import { scanMessageKey, type ScannedPayload } from '../../app/scan-decode';
import type { AppResult } from '../../app/result';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { PasscodeForm } from '../received/PasscodeForm';
import { Scanner } from './Scanner';

type Asking = Extract<ScanOutcome, { kind: 'passcode-needed' }>;

const message = (code: string) => {
  const key = scanMessageKey(code);
  return key ? t(key) : errorText(code);
};

/**
 * The professional scans a family's share, addressed or open: it is checked, kept until it
 * expires, then shown. An open share behind a passcode stops the camera to ask for it.
 */
export function ScanScreen() {
  const { route } = useLocation();
  const [error, setError] = useState<string | undefined>();
  const [asking, setAsking] = useState<Asking | undefined>();
  const busy = useRef(false);
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

  return (
    <section class="screen stack" aria-labelledby="scan-title">
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
      <p>
        <a href="/received">{t('receive:scan.backToList')}</a>
      </p>
    </section>
  );
}
