// One way to find, delete and restore an entry of a given kind. A screen deletes only the kinds
// it shows: an id from another screen (or a stale one) is "not-found", never a wrong delete.
import type { Entry, EntryKind, EntryOfKind, LocalText } from '../domain/index';
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

// ---- A professional's entries: the family's words beside them, and hiding ----

export function cleanAnnotation(text: string, lang: string): AppResult<LocalText | undefined> {
  const trimmed = text.trim();
  if (trimmed.length > 2000) return { ok: false, error: 'text-too-long' };
  return { ok: true, value: trimmed === '' ? undefined : { text: trimmed, lang } };
}

export function withAnnotation<T extends { annotation?: LocalText }>(thing: T, annotation: LocalText | undefined): T {
  const { annotation: _old, ...rest } = thing;
  return (annotation ? { ...rest, annotation } : rest) as T;
}

/** Annotates an entry a professional wrote, from wherever the record shows it. */
export async function annotateEntry(entryId: string, text: string, lang: string, now = Date.now()): Promise<AppResult<Entry>> {
  const entry = recordStore.entry(entryId);
  if (!entry) return { ok: false, error: 'not-found' };
  const annotation = cleanAnnotation(text, lang);
  if (!annotation.ok) return annotation;
  return recordStore.save(withAnnotation(entry, annotation.value), now);
}

/** Hides (or shows again) a professional's entry: hidden entries are not listed or shared. */
export async function setEntryHidden(entryId: string, hidden: boolean, now = Date.now()): Promise<AppResult<Entry>> {
  const entry = recordStore.entry(entryId);
  if (!entry || !entry.contributedBy) return { ok: false, error: 'not-found' };
  const { hidden: _was, ...rest } = entry;
  return recordStore.save((hidden ? { ...rest, hidden: true } : rest), now);
}
