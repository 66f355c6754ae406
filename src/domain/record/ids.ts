// Branded ids so an EntryId can never be passed where a ChildId is expected.
import { DomainBugError } from '../result';
import { toHex } from '../hex';

type Brand<T, B extends string> = T & { readonly __brand: B };

export type ChildId = Brand<string, 'ChildId'>;
export type EntryId = Brand<string, 'EntryId'>;
/** Id of an encrypted photo or document blob kept by the vault. */
export type BlobId = Brand<string, 'BlobId'>;

// Ids are stored as strings so they index well and survive JSON in share payloads.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(s: string): boolean {
  return ID_PATTERN.test(s);
}

function assertId(fn: string, s: string): void {
  if (!ID_PATTERN.test(s)) throw new DomainBugError(fn, `not a valid id: ${JSON.stringify(s.slice(0, 80))}`);
}

export function asChildId(s: string): ChildId {
  assertId('asChildId', s);
  return s as ChildId;
}

export function asEntryId(s: string): EntryId {
  assertId('asEntryId', s);
  return s as EntryId;
}

export function asBlobId(s: string): BlobId {
  assertId('asBlobId', s);
  return s as BlobId;
}

/** Turns random bytes (from the crypto layer, which domain may not import) into an id string. */
export function idFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new DomainBugError('idFromBytes', `need at least 8 random bytes, got ${bytes.length}`);
  return toHex(bytes).slice(0, 64);
}
