// Deleting an observation offers the kit's Undo; when the time is up its photos go too.
import { deleteObservation, forgetDeleted, undoDelete, type EntryId } from '../../app/journal';
import { t } from '../state/language';
import { offerUndo } from '../kit/undo';
import { journalError } from './shared';

/** Deletes and offers Undo; returns a message if the delete failed. */
export async function deleteWithUndo(id: EntryId): Promise<string | undefined> {
  const r = await deleteObservation(id);
  if (!r.ok) return journalError(r.error);
  const deleted = r.value;
  offerUndo({
    message: t('journal:undo.deleted'),
    restoredMessage: t('journal:undo.restored'),
    restore: () => undoDelete(deleted),
    expire: () => void forgetDeleted(deleted),
    errorText: journalError,
  });
  return undefined;
}
