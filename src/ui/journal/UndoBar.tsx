// "Observation deleted — Undo" for a short while after a delete.
import { signal } from '@preact/signals';
import { deleteObservation, forgetDeleted, undoDelete, UNDO_MS, type EntryId, type ObservationEntry } from '../../app/journal';
import { session } from '../../app/session';
import { announcement, t } from '../state/language';
import { journalError } from './shared';

const held = signal<ObservationEntry | undefined>(undefined);
const undoError = signal<string | undefined>(undefined);
let timer: ReturnType<typeof setTimeout> | undefined;

function letGo(): void {
  clearTimeout(timer);
  const entry = held.value;
  held.value = undefined;
  if (entry) void forgetDeleted(entry); // the delete stands: its photos go too
}
// The held entry is decrypted data; it leaves memory on lock (its photos stay until next time).
session.onLock(() => {
  clearTimeout(timer);
  held.value = undefined;
});

/** Deletes and offers Undo; returns a message if the delete failed. */
export async function deleteWithUndo(id: EntryId): Promise<string | undefined> {
  const r = await deleteObservation(id);
  if (!r.ok) return journalError(r.error);
  letGo(); // an earlier delete can no longer be undone
  undoError.value = undefined;
  held.value = r.value;
  announcement.value = t('journal:undo.deleted');
  timer = setTimeout(letGo, UNDO_MS);
  return undefined;
}

async function undo(): Promise<void> {
  const entry = held.value;
  if (!entry) return;
  clearTimeout(timer);
  const r = await undoDelete(entry);
  if (!r.ok) {
    undoError.value = journalError(r.error);
    return;
  }
  held.value = undefined;
  announcement.value = t('journal:undo.restored');
}

export function UndoBar() {
  if (undoError.value) return <p class="form-error" role="alert">{undoError.value}</p>;
  if (!held.value) return null;
  return (
    <div class="undo-bar">
      <span>{t('journal:undo.deleted')}</span>
      <button type="button" class="button small" onClick={() => void undo()}>{t('journal:undo.undo')}</button>
    </div>
  );
}
