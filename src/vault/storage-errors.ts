// Turns IndexedDB and Dexie failures into StorageError codes. Anything else is a bug and is rethrown.
import { Dexie } from 'dexie';
import { fail, ok, type StorageError, type VaultResult } from './errors';

const CLOSED_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError']);

/**
 * True when the error, or anything it wraps, is a QuotaExceededError. Dexie wraps it in several
 * ways: as `inner` of an AbortError, inside a BulkError's `failures`, or as `cause`.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === Dexie.errnames.QuotaExceeded) return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaExceeded(f, depth + 1));
  return false;
}

function isStorageFailure(error: unknown): boolean {
  if (error instanceof Dexie.DexieError) return true;
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}

export function storageErrorCode(error: unknown): StorageError | undefined {
  if (isQuotaExceeded(error)) return 'storage-full';
  if (!isStorageFailure(error)) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' && CLOSED_NAMES.has(name) ? 'storage-closed' : 'storage-failed';
}

/** Runs a database step; storage failures become codes, bugs keep throwing. */
export async function guardStorage<T>(step: () => Promise<T>): Promise<VaultResult<T, StorageError>> {
  try {
    return ok(await step());
  } catch (error) {
    const code = storageErrorCode(error);
    if (code === undefined) throw error;
    return fail(code);
  }
}
