// How far this phone can vouch for whoever sent a share: a new family not yet confirmed, the same
// family as before, or confirmed in person. Shown above the content, because a share from a key
// nobody checked could carry anything about a named child.
import { useEffect, useState } from 'preact/hooks';
import { confirmSender, senderTrust, type SenderTrust, type SignedShare } from '../../app/sender-trust';
import { todayIn } from '../../domain/index';
import { formatDate } from '../kit/format';
import { FingerprintWords } from '../identity/FingerprintWords';
import { t } from '../state/language';
import '../share/qr.css';

/** The day an instant fell on, where this phone is. */
const day = (ms: number) => formatDate(todayIn(ms));

export function SenderTrustBox({ share }: { share: SignedShare }) {
  const [trust, setTrust] = useState<SenderTrust | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void senderTrust(share).then((r) => live && (r.ok ? setTrust(r.value) : setFailed(r.error)));
    return () => { live = false; };
  }, [share.senderKey, share.shareId]);

  const confirm = async () => {
    setBusy(true);
    const r = await confirmSender(share);
    setBusy(false);
    if (r.ok) setTrust(r.value);
    else setFailed(r.error);
  };

  if (!trust) return failed ? <p class="form-error" role="alert">{t('receive:trust.unknown')}</p> : null;
  if (trust.status === 'confirmed') {
    return (
      <p class="notice sender-trust" data-trust="confirmed" role="status">
        {t('receive:trust.confirmed', { date: day(trust.confirmedAt) })}
      </p>
    );
  }
  return (
    <section class="warning stack sender-trust" data-trust={trust.status} aria-labelledby="sender-trust-title">
      <h2 id="sender-trust-title">
        {trust.status === 'new' ? t('receive:trust.newTitle') : t('receive:trust.sameFamily', { date: day(trust.firstSeenAt) })}
      </h2>
      <p>{trust.status === 'new' ? t('receive:trust.newBody') : t('receive:trust.sameBody')}</p>
      <FingerprintWords id="sender-words" words={share.fingerprint} />
      <button type="button" class="button primary" disabled={busy} onClick={() => void confirm()}>
        {t('receive:trust.compare')}
      </button>
      {failed && <p class="form-error" role="alert">{t('receive:trust.unknown')}</p>}
    </section>
  );
}
