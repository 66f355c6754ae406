import { useMemo, useState } from 'preact/hooks';
import { logShare, makePhotoFile, sharedPhotoCount, shareFileName, type MadeShare } from '../../app/share-out';
import { currentLanguage, t } from '../state/language';
import { sharingErrorText } from './messages';
import { QrDisplay } from './QrDisplay';
import { shareSummary } from './summary';
import { BiSentence } from '../kit/Bi';
import { MyCheckWords } from '../identity/MyCheckWords';
import { saveOrShareFile } from '../kit/download';
import { ReadAloud } from '../kit/ReadAloud';

interface Props {
  share: MadeShare;
  childId: string;
  childName: string;
  onDone: () => void;
}

/** The made share: the QR code to show, and the same share as a file (or, for open shares, a link). */
export function ShareResult({ share, childId, childName, onDone }: Props) {
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  // Photos can go only in a file: the parent chooses, each time.
  const photoCount = useMemo(() => sharedPhotoCount(share.request), [share]);
  const [withPhotos, setWithPhotos] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [savedPhotos, setSavedPhotos] = useState<MadeShare['photos']>();
  // A code anyone can open is summed up as such, even when it was meant for a person added by hand.
  const summaryLine = () => shareSummary(share.kind === 'open' ? undefined : share.recipient?.name, share.sections, share.expiresAt, share.sensitiveEntryIds.length);
  const summary = summaryLine();

  const saveFile = async () => {
    if (preparing) return;
    setError(undefined);
    let file = share;
    if (withPhotos && photoCount > 0) {
      setPreparing(true);
      const made = await makePhotoFile(share);
      setPreparing(false);
      if (!made.ok) return setError(sharingErrorText(made.error));
      file = made.value;
    }
    const outcome = await saveOrShareFile(file.message, shareFileName(file), t('sharing:result.fileTitle'));
    if (outcome === 'cancelled') return; // the parent closed the share sheet
    if (outcome === 'failed') return setError(t('sharing:error.file-failed'));
    const logged = await logShare(file, childId, 'file');
    if (!logged.ok) return setError(sharingErrorText(logged.error));
    setSavedPhotos(file.photos);
    setSaved(true);
  };
  const copyLink = async () => {
    if (!share.url) return;
    try {
      await navigator.clipboard.writeText(share.url);
    } catch {
      return setError(t('sharing:error.copy-failed'));
    }
    const logged = await logShare(share, childId, 'link');
    if (!logged.ok) return setError(sharingErrorText(logged.error));
    setCopied(true);
  };

  return (
    <div class="stack">
      <p class="share-summary"><BiSentence make={summaryLine} /></p>
      <ReadAloud text={summary} lang={currentLanguage.value?.code ?? 'en'} />
      <p>{t(share.kind === 'addressed' ? 'sharing:result.showAddressed' : 'sharing:result.showOpen')}</p>
      <QrDisplay message={share.message} label={t('sharing:result.qrLabel', { name: childName })} />
      {share.passcode && (
        <section class="card stack" aria-labelledby="passcode-title">
          <h2 id="passcode-title">{t('consent:passcode.title')}</h2>
          <ol class="passcode-words" aria-label={t('consent:passcode.label')} lang="en">
            {share.passcode.split(' ').map((w, i) => <li key={i}>{w}</li>)}
          </ol>
          <p>{t('consent:passcode.readOut')}</p>
        </section>
      )}
      {share.kind === 'open' && !share.passcode && <p class="hint">{t('sharing:result.openWarning')}</p>}
      <p class="hint">{t('sharing:result.expiryTruth')}</p>
      {photoCount > 0 && (
        <div class="card stack">
          <label class="choice">
            <input type="checkbox" checked={withPhotos} onChange={(e) => setWithPhotos((e.target as HTMLInputElement).checked)} />
            <span>{t('sharing:result.withPhotos', { count: photoCount })}<span class="hint">{t('sharing:result.withPhotosHint')}</span></span>
          </label>
        </div>
      )}
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="actions">
        <button type="button" class="button" disabled={preparing} onClick={() => void saveFile()}>
          {preparing ? t('sharing:result.preparingPhotos') : t('sharing:result.saveFile')}
        </button>
        {share.url && <button type="button" class="button" onClick={() => void copyLink()}>{t('sharing:result.copyLink')}</button>}
        <button type="button" class="button primary" onClick={onDone}>{t('sharing:result.done')}</button>
      </div>
      {saved && <p role="status">{t(share.kind === 'open' ? 'sharing:result.fileSavedOpen' : 'sharing:result.fileSaved')}</p>}
      {saved && savedPhotos && (
        <p role="status">
          {t('sharing:result.photosIn', { count: savedPhotos.included })}
          {savedPhotos.leftOut > 0 && <> {t('sharing:result.photosLeftOut', { count: savedPhotos.leftOut })}</>}
        </p>
      )}
      {copied && <p role="status">{t('sharing:result.linkCopied')}</p>}
      <MyCheckWords />
    </div>
  );
}
