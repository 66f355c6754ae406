// "Deleted — Undo" for a short while after any delete, on every screen. One deleted entry is
// held at a time: a second delete ends the first one's chance (and runs its `expire`).
import { signal } from '@preact/signals';
import { session } from '../../app/session';
import { announcement, t } from '../state/language';
import './kit.css';

/** How long a deleted entry can be brought back. */
export const UNDO_MS = 10_000;

export interface Undoable {
  /** What was deleted, in words ("Audiology deleted."): shown and announced. */
  message: string;
  /** Announced once the entry is back; left out, nothing is announced. */
  restoredMessage?: string;
  /** Puts the entry back. */
  restore: () => Promise<{ ok: true } | { ok: false; error: string }>;
  /** The screen's sentence for a failed restore's error code. */
  errorText: (code: string) => string;
  /** When the time is up: the delete stands (e.g. its photos or documents go too). */
  expire?: () => void;
}

const held = signal<Undoable | undefined>(undefined);
const undoError = signal<string | undefined>(undefined);
let timer: ReturnType<typeof setTimeout> | undefined;

function letGo(): void {
  clearTimeout(timer);
  const gone = held.value;
  held.value = undefined;
  gone?.expire?.();
}

// A held entry is decrypted data: it leaves memory on lock, and so does a spoken message that
// named it. Its blobs stay until the next unlock's sweep, so nothing is deleted while locked.
session.onLock(() => {
  clearTimeout(timer);
  if (held.value && announcement.value === held.value.message) announcement.value = '';
  held.value = undefined;
  undoError.value = undefined;
});

/** Offers Undo for a delete that has just happened. */
export function offerUndo(deleted: Undoable): void {
  letGo();
  undoError.value = undefined;
  held.value = deleted;
  announcement.value = deleted.message;
  timer = setTimeout(letGo, UNDO_MS);
}

async function undo(): Promise<void> {
  const h = held.value;
  if (!h) return;
  clearTimeout(timer);
  held.value = undefined;
  const restored = await h.restore();
  if (!restored.ok) {
    undoError.value = h.errorText(restored.error);
    return;
  }
  if (h.restoredMessage) announcement.value = h.restoredMessage;
}

/** The bar with the last delete's message and its Undo button, or a failed undo's error. */
export function UndoBar() {
  const h = held.value;
  return (
    <div class="undo-slot no-print" role="status">
      {h && (
        <p class="undo-bar">
          <span>{h.message}</span>
          <button type="button" class="button small" onClick={() => void undo()}>{t('kit:undo.button')}</button>
        </p>
      )}
      {undoError.value && <p class="form-error" role="alert">{undoError.value}</p>}
    </div>
  );
}
