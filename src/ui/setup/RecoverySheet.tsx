import { useEffect, useState } from 'preact/hooks';
import type { RecoverySheet as Sheet } from '../../app';
import { deviceToday } from '../../app/clock';
import { t } from '../state/language';
import { formatDate } from '../kit/format';

/** The QR renderer is a separate chunk, loaded only here and on share screens. */
async function qrDataUrl(text: string): Promise<string> {
  const QRCode = await import('qrcode');
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
}

/** A printable page: the recovery words and QR, the date, and what it is for. */
export function RecoverySheet({ sheet }: { sheet: Sheet }) {
  const [qr, setQr] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void qrDataUrl(sheet.qrText).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [sheet.qrText]);
  const date = formatDate(deviceToday(sheet.createdAt));
  return (
    <article class="recovery-sheet" aria-labelledby="sheet-title">
      <h2 id="sheet-title">{t('secure:sheet.heading')}</h2>
      <p class="sheet-date">{t('secure:sheet.date', { date })}</p>
      <p>{t('secure:sheet.what')}</p>
      <ol class="recovery-words" lang="en" dir="ltr">
        {sheet.words.map((w, i) => (
          <li key={i}>
            <span class="n">{i + 1}</span> <span class="w">{w}</span>
          </li>
        ))}
      </ol>
      <div class="sheet-qr">
        {qr ? <img src={qr} alt={t('secure:sheet.qrAlt')} width={220} height={220} /> : <p class="hint">{t('secure:busy')}</p>}
      </div>
      <ul class="sheet-advice">
        <li>{t('secure:sheet.keep')}</li>
        <li>{t('secure:sheet.never')}</li>
        <li>{t('secure:sheet.lost')}</li>
      </ul>
    </article>
  );
}
