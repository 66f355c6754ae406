// The bookkeeping every saved entry carries: a new entry gets a fresh id, an edited one keeps its
// id and creation time; both get `now` as their last change.
import { asEntryId, isoDateTimeFromMs, type ChildId, type Entry, type EntryId, type EntryKind, type IsoDateTime } from '../domain/index';
import { newId, recordStore } from './record-store';
import type { AppResult } from './result';

export function entryBase<K extends EntryKind>(
  kind: K, childId: ChildId, before: { id: EntryId; createdAt: IsoDateTime } | undefined, now: number,
): { id: EntryId; kind: K; childId: ChildId; createdAt: IsoDateTime; updatedAt: IsoDateTime } {
  const stamp = isoDateTimeFromMs(now);
  return { id: before?.id ?? asEntryId(newId()), kind, childId, createdAt: before?.createdAt ?? stamp, updatedAt: stamp };
}

/**
 * Saves an edit. A professional's entry holds their words, which the parent must not change
 * silently: the edit becomes the parent's own copy (a new entry, marked as edited from theirs) and
 * the original is kept, hidden, in the same transaction. Any other entry is simply saved.
 */
export async function saveEdited<T extends Entry>(before: Entry | undefined, next: T, now: number): Promise<AppResult<T>> {
  if (!before?.contributedBy) return recordStore.save(next, now);
  const stamp = isoDateTimeFromMs(now);
  const { contributedBy: _theirs, hidden: _hidden, ...rest } = next;
  const copy = { ...rest, id: asEntryId(newId()), createdAt: stamp, updatedAt: stamp, editedFrom: before.contributedBy } as T;
  const original = { ...before, hidden: true, updatedAt: stamp } as Entry;
  const saved = await recordStore.saveTogether([original, copy], []);
  return saved.ok ? { ok: true, value: copy } : saved;
}
