// Edit and delete for any entry: delete asks first, then offers Undo for a short time.
import { useState } from 'preact/hooks';
import { deleteEntry, undoDelete } from '../../app/health';
import { t } from '../state/language';
import { offerUndo } from '../kit/undo';
import { formMessage } from './fields';

async function remove(id: string, name: string): Promise<string | undefined> {
  const r = await deleteEntry(id);
  if (!r.ok) return formMessage(r.error);
  const deleted = r.value;
  offerUndo({
    message: t('health:undo.deleted', { name }),
    restoredMessage: t('health:undo.restored', { name }),
    restore: () => undoDelete(deleted),
    errorText: formMessage,
  });
  return undefined;
}

/** Edit and Delete buttons named after the entry, so a screen reader hears which one. */
export function EntryActions({ id, name, onEdit }: { id: string; name: string; onEdit: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  if (confirming) {
    return (
      <div class="confirm no-print" role="group" aria-label={t('health:delete.question', { name })}>
        <p>{t('health:delete.question', { name })}</p>
        <div class="actions">
          <button type="button" class="button danger small" onClick={async () => setError(await remove(id, name))}>
            {t('health:delete.yes')}
          </button>
          <button type="button" class="button small" onClick={() => setConfirming(false)}>{t('health:delete.no')}</button>
        </div>
        {error && <p class="form-error" role="alert">{error}</p>}
      </div>
    );
  }
  return (
    <div class="actions no-print">
      <button type="button" class="button small" onClick={onEdit} aria-label={t('health:action.editNamed', { name })}>
        {t('health:action.edit')}
      </button>
      <button type="button" class="button small" onClick={() => setConfirming(true)} aria-label={t('health:action.deleteNamed', { name })}>
        {t('health:action.delete')}
      </button>
    </div>
  );
}
