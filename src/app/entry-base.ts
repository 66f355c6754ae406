// The bookkeeping every saved entry carries: a new entry gets a fresh id, an edited one keeps its
// id and creation time; both get `now` as their last change.
import { asEntryId, isoDateTimeFromMs, type ChildId, type EntryId, type EntryKind, type IsoDateTime } from '../domain/index';
import { newId } from './record-store';

export function entryBase<K extends EntryKind>(
  kind: K, childId: ChildId, before: { id: EntryId; createdAt: IsoDateTime } | undefined, now: number,
): { id: EntryId; kind: K; childId: ChildId; createdAt: IsoDateTime; updatedAt: IsoDateTime } {
  const stamp = isoDateTimeFromMs(now);
  return { id: before?.id ?? asEntryId(newId()), kind, childId, createdAt: before?.createdAt ?? stamp, updatedAt: stamp };
}
