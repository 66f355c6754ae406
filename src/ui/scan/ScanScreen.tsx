import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { handOverOpenShare, keepPurgingExpiredShares, receiveScan } from '../../app/receive';
import { scanMessageKey, type ScannedPayload } from '../../app/scan-decode';
import { errorText } from '../state/errors';
import { t } from '../state/language';
import { Scanner } from './Scanner';

/** The professional scans a family's share: it is checked, kept until it expires, then shown. */
export function ScanScreen() {
  const { route } = useLocation();
  const [error, setError] = useState<string | undefined>();
  const busy = useRef(false);
  useEffect(() => keepPurgingExpiredShares(), []);

  const onPayload = async (payload: ScannedPayload) => {
    if (busy.current) return;
    busy.current = true;
    setError(undefined);
    const outcome = await receiveScan(payload);
    busy.current = false;
    if (!outcome.ok) {
      const key = scanMessageKey(outcome.error);
      setError(key ? t(key) : errorText(outcome.error));
      return;
    }
    if (outcome.value.kind === 'kept') {
      route(`/received/${outcome.value.id}`);
    } else {
      handOverOpenShare(outcome.value);
      route('/open');
    }
  };

  return (
    <section class="screen stack" aria-labelledby="scan-title">
      <h1 id="scan-title">{t('receive:scan.title')}</h1>
      {error && <p class="form-error" role="alert">{error}</p>}
      <Scanner hint={t('receive:scan.hint')} onPayload={(p) => void onPayload(p)} />
      <p>
        <a href="/received">{t('receive:scan.backToList')}</a>
      </p>
    </section>
  );
}
