import { useState } from 'preact/hooks';
import { t } from '../state/language';

/** A delete button that asks first, in place: no pop-up, so it works with a screen reader and a keyboard. */
export function ConfirmDelete({ question, onConfirm }: { question: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return <button type="button" class="button small danger-outline" onClick={() => setAsking(true)}>{t('support:common.delete')}</button>;
  }
  return (
    <div class="confirm-delete" role="group" aria-label={question}>
      <p>{question}</p>
      <div class="actions">
        <button type="button" class="button small danger" onClick={() => { setAsking(false); onConfirm(); }}>{t('support:common.confirmDelete')}</button>
        <button type="button" class="button small" onClick={() => setAsking(false)}>{t('support:common.keep')}</button>
      </div>
    </div>
  );
}
