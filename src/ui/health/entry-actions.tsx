// Edit and delete for any entry: delete asks first, then offers Undo for a short time.
import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { deleteEntry, undoDelete, type Entry } from '../../app/health';
import { session } from '../../app/session';
import { announcement, t } from '../state/language';
import { formMessage } from './fields';

export const UNDO_MS = 10_000;
const lastDeleted = signal<{ entry: Entry; name: string } | undefined>(undefined);
const undoError = signal<string | undefined>(undefined);
let timer: ReturnType<typeof setTimeout> | undefined;
/** Name in the last spoken delete/undo message, so lock can clear it. */
let lastName = '\u0000';

function forget() {
  clearTimeout(timer);
  lastDeleted.value = undefined;
}
// A deleted entry held for Undo is decrypted data: it goes when the vault locks, and so
// does a spoken message that named it.
session.onLock(() => {
  if (lastDeleted.value || announcement.value.includes(lastName)) announcement.value = '';
  forget();
});

async function remove(id: string, name: string): Promise<string | undefined> {
  const r = await deleteEntry(id);
  if (!r.ok) return formMessage(r.error);
  clearTimeout(timer);
  undoError.value = undefined;
  lastDeleted.value = { entry: r.value, name };
  lastName = name;
  announcement.value = t('health:undo.deleted', { name });
  timer = setTimeout(forget, UNDO_MS);
  return undefined;
}

async function undo() {
  const held = lastDeleted.value;
  if (!held) return;
  const r = await undoDelete(held.entry);
  if (!r.ok) {
    undoError.value = formMessage(r.error);
    return;
  }
  forget();
  announcement.value = t('health:undo.restored', { name: held.name });
}

/** Shown at the top of a section while the last delete can still be undone. */
export function UndoBar() {
  const held = lastDeleted.value;
  if (undoError.value) return <p class="form-error" role="alert">{undoError.value}</p>;
  if (!held) return null;
  return (
    <div class="undo-bar no-print">
      <span>{t('health:undo.deleted', { name: held.name })}</span>
      <button type="button" class="button small" onClick={() => void undo()}>{t('health:action.undo')}</button>
    </div>
  );
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
