import { useState } from 'preact/hooks';
import { addFromCard, readContactCard, readContactCardText, roleLabelKey, type ContactCard, type TeamMember } from '../../app/team';
import { FingerprintWords } from '../identity/FingerprintWords';
import { Scanner } from '../scan/Scanner';
import { sharingErrorText } from '../share/messages';
import { t } from '../state/language';

/** Scan (or paste) a professional's contact card, check the words together, then add them. */
export function AddFromCard({ onAdded, onCancel }: { onAdded: (m: TeamMember) => void; onCancel: () => void }) {
  const [card, setCard] = useState<ContactCard | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [pasted, setPasted] = useState('');

  const take = (read: ReturnType<typeof readContactCard>) => {
    if (!read.ok) return setError(sharingErrorText(read.error));
    setError(undefined);
    setCard(read.value);
  };
  const confirm = async () => {
    if (!card) return;
    const added = await addFromCard(card);
    if (!added.ok) return setError(sharingErrorText(added.error));
    onAdded(added.value);
  };

  if (card) {
    return (
      <div class="card stack" role="group" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t('sharing:team.confirmTitle')}</h2>
        <p>
          <strong dir="auto">{card.name}</strong>
          <br />
          {t(roleLabelKey(card.role))}
          {card.organisation && <><br /><span dir="auto">{card.organisation}</span></>}
          {card.service && <><br /><span dir="auto">{card.service}</span></>}
        </p>
        <p>{t('sharing:team.confirmWords')}</p>
        <FingerprintWords id="their-fingerprint" words={card.fingerprint} />
        {error && <p class="form-error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" class="button primary" onClick={() => void confirm()}>{t('sharing:team.wordsMatch')}</button>
          <button type="button" class="button" onClick={() => { setCard(undefined); onCancel(); }}>{t('sharing:team.wordsDiffer')}</button>
        </div>
      </div>
    );
  }
  return (
    <div class="card stack" role="group" aria-labelledby="scan-card-title">
      <h2 id="scan-card-title">{t('sharing:team.scanTitle')}</h2>
      <Scanner hint={t('sharing:team.scanHint')} onPayload={({ bytes }) => take(readContactCard(bytes))} />
      {error && <p class="form-error" role="alert">{error}</p>}
      <details>
        <summary>{t('sharing:team.pasteSummary')}</summary>
        <form class="stack" onSubmit={(e) => { e.preventDefault(); take(readContactCardText(pasted)); }}>
          <div class="field">
            <label for="card-text">{t('sharing:team.pasteLabel')}</label>
            <textarea id="card-text" rows={4} dir="ltr" value={pasted} spellcheck={false}
              onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
          </div>
          <button type="submit" class="button">{t('sharing:team.pasteRead')}</button>
        </form>
      </details>
      <button type="button" class="button" onClick={onCancel}>{t('sharing:cancel')}</button>
    </div>
  );
}
