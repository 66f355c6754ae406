// One way to find, delete and restore an entry of a given kind. A screen deletes only the kinds
// it shows: an id from another screen (or a stale one) is "not-found", never a wrong delete.
import type { Entry, EntryKind, EntryOfKind } from '../domain/index';
import { recordStore } from './record-store';
import type { AppResult } from './result';

function isOfKind<K extends EntryKind>(entry: Entry | undefined, kinds: readonly K[]): entry is EntryOfKind<K> {
  return entry !== undefined && (kinds as readonly EntryKind[]).includes(entry.kind);
}

const asList = <K extends EntryKind>(kind: K | readonly K[]): readonly K[] => (typeof kind === 'string' ? [kind] : kind);

/** The entry with this id if it is of the kind (or one of the kinds) asked for. */
export function entryOfKind<K extends EntryKind>(kind: K | readonly K[], id: string | undefined): EntryOfKind<K> | undefined {
  const entry = id === undefined ? undefined : recordStore.entry(id);
  return isOfKind(entry, asList(kind)) ? entry : undefined;
}

/** Deletes the entry if it is of the kind asked for, and returns it so the screen can offer Undo. */
export async function deleteEntryOfKind<K extends EntryKind>(kind: K | readonly K[], id: string): Promise<AppResult<EntryOfKind<K>>> {
  const entry = entryOfKind(kind, id);
  if (!entry) return { ok: false, error: 'not-found' };
  const removed = await recordStore.remove(entry.id);
  return removed.ok ? { ok: true, value: entry } : removed;
}

/** Puts a just-deleted entry back exactly as it was. */
export async function restoreEntry<T extends Entry>(entry: T): Promise<AppResult<T>> {
  const restored = await recordStore.restore(entry);
  return restored.ok ? { ok: true, value: entry } : restored;
}
