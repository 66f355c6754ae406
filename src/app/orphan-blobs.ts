// Encrypted photos and documents that nothing points at any more. A delete offers Undo and
// removes the blob only when the undo time ends; if the app locks or closes first, the blob
// would stay in storage for ever. After each unlock, once the record is read, they go.
//
// It must never take a blob that is still wanted, so:
// - a blob counts as wanted when any decrypted record names it anywhere (entries, children,
//   drafts, kinds added later): a search for the id among all string values, not a field list.
//   Document metadata describes a blob, it does not keep it;
// - if any record fails to decrypt, what it names is unknown: nothing is swept;
// - blobs written by this unlock are spared (a photo is stored before the entry or draft
//   that names it), and so are blobs held while their delete can still be undone;
// - another tab may have stored a photo whose draft it has not written yet: a blob must look
//   orphaned twice, SWEEP_GRACE_MS apart, the second time in a fresh read of every record.
import type { Entry } from '../domain/index';
import type { RecordsWithDamage, UnlockedVault } from '../vault/index';
import type { AppResult } from './result';
import { session } from './session';

/** Longer than any form takes to draft a new photo (the journal drafts 0.5 s after a change). */
export const SWEEP_GRACE_MS = 5_000;

/** Attached documents keep their name and type in a record of this kind beside the blob. */
export const DOCUMENT_META_KIND = 'document';
export const documentMetaId = (blobId: string): string => `docmeta-${blobId}`;

// Blobs of deleted entries while Undo is offered. Undo ends with the lock, so does the hold.
const held = new Set<string>();
session.onLock(() => held.clear());

/** The blobs an entry points at: what a delete holds for Undo (the sweep itself looks everywhere). */
export function blobIdsOf(entry: Entry): readonly string[] {
  if (entry.kind === 'observation') return entry.photos;
  if (entry.kind === 'service') return entry.documents;
  return [];
}

/** Keeps blobs out of any sweep while their entry's delete can be undone. */
export function holdBlobs(ids: readonly string[]): void {
  for (const id of ids) held.add(id);
}

/** The undo time is over (or the entry is back): the blobs are ordinary again. */
export function releaseBlobs(ids: readonly string[]): void {
  for (const id of ids) held.delete(id);
}

/** Which of `blobIds` some record names, anywhere in its values. */
export function namedBlobIds(blobIds: ReadonlySet<string>, records: readonly unknown[]): Set<string> {
  const named = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (blobIds.has(value)) named.add(value);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (value !== null && typeof value === 'object') {
      for (const v of Object.values(value)) visit(v);
    }
  };
  for (const record of records) {
    if ((record as { kind?: unknown }).kind !== DOCUMENT_META_KIND) visit(record);
  }
  return named;
}

/** Blobs that no record names and that are neither this unlock's own nor held for undo. */
export function orphanBlobIds(blobIds: readonly string[], read: RecordsWithDamage<unknown>, vault: UnlockedVault): string[] {
  if (read.damaged.length > 0) return [];
  const named = namedBlobIds(new Set(blobIds), read.records);
  return blobIds.filter((id) => !named.has(id) && !held.has(id) && !vault.blobsWritten.has(id));
}

export interface SweepOptions {
  graceMs?: number;
  /** How to wait between the two looks (tests pass their own). */
  pause?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Deletes orphaned blobs (and their document metadata). `blobIds` must be listed before
 * `firstRead` was read, so a blob is never judged against records older than itself.
 * Returns the ids deleted.
 */
export async function sweepOrphanBlobs(
  vault: UnlockedVault, blobIds: readonly string[], firstRead: RecordsWithDamage<unknown>, options: SweepOptions = {},
): Promise<AppResult<string[]>> {
  const suspects = orphanBlobIds(blobIds, firstRead, vault);
  if (suspects.length === 0) return { ok: true, value: [] };
  await (options.pause ?? sleep)(options.graceMs ?? SWEEP_GRACE_MS);
  const again = await vault.allWithDamage();
  if (!again.ok) return again;
  const orphans = orphanBlobIds(suspects, again.value, vault);
  const gone: string[] = [];
  for (const id of orphans) {
    const deleted = await vault.deleteBlob(id);
    if (!deleted.ok) return deleted;
    gone.push(id);
  }
  if (gone.length > 0) {
    const metaGone = await vault.deleteMany(gone.map(documentMetaId));
    if (!metaGone.ok) return metaGone;
  }
  return { ok: true, value: gone };
}
