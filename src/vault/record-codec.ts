// How records and blobs become rows. A record is JSON, padded, then sealed with a fresh nonce.
import { fromUtf8, open, seal, utf8, type SecretKey } from '../crypto/index';
import { isValidId } from '../domain/index';
import { VaultBugError } from './errors';
import type { KindTags } from './kind-tag';
import type { BlobRow, RecordRow } from './schema';

/** What the vault can store: plain JSON data with an id and a domain kind. */
export interface VaultRecord {
  id: string;
  kind: string;
}

// Padding to 64-byte steps blurs the exact length of short free-text notes. JSON allows
// trailing spaces, so padded plaintext still parses with no framing.
const PAD_BLOCK = 64;
const SPACE = 0x20;
const MAX_KIND_LENGTH = 64;

function padded(bytes: Uint8Array): Uint8Array {
  const size = Math.ceil((bytes.length + 1) / PAD_BLOCK) * PAD_BLOCK;
  const out = new Uint8Array(size).fill(SPACE);
  out.set(bytes, 0);
  return out;
}

export function checkRecordShape(fn: string, record: VaultRecord): void {
  if (typeof record !== 'object' || record === null) throw new VaultBugError(fn, 'record must be an object');
  if (typeof record.id !== 'string' || !isValidId(record.id)) {
    throw new VaultBugError(fn, `invalid record id ${JSON.stringify(String(record.id).slice(0, 80))}`);
  }
  if (typeof record.kind !== 'string' || record.kind.length === 0 || record.kind.length > MAX_KIND_LENGTH) {
    throw new VaultBugError(fn, `invalid record kind for ${record.id}`);
  }
}

export function encodeRecord(vaultKey: SecretKey, tags: KindTags, record: VaultRecord): RecordRow {
  checkRecordShape('encodeRecord', record);
  let json: string;
  try {
    json = JSON.stringify(record);
  } catch (error) {
    throw new VaultBugError('encodeRecord', `record ${record.id} is not JSON data: ${String(error)}`);
  }
  const plaintext = padded(utf8(json));
  const ciphertext = seal(vaultKey, plaintext);
  plaintext.fill(0);
  return { id: tags.rowIdOf(record.id), kind: tags.tagOf(record.kind), ciphertext };
}

/**
 * Opens a row. Besides the MAC, the inner kind must match the row's tag, and when a record id is
 * asked for (`expectedId`, as `get` does) the inner id must be that id, so a ciphertext moved to
 * another row by someone editing storage is caught as damage. A row is stored under its keyed id
 * (rowIdOf); rows written before keyed ids (the inner id is the row id) still open, until the
 * unlock-time migration moves them.
 */
export function decodeRecord(vaultKey: SecretKey, tags: KindTags, row: RecordRow, expectedId?: string): VaultRecord | undefined {
  if (!(row.ciphertext instanceof Uint8Array)) return undefined;
  const opened = open(vaultKey, row.ciphertext);
  if (!opened.ok) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8(opened.value));
  } catch {
    return undefined;
  } finally {
    opened.value.fill(0);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { id, kind } = parsed as Record<string, unknown>;
  if (typeof id !== 'string' || typeof kind !== 'string' || tags.tagOf(kind) !== row.kind) return undefined;
  if (expectedId !== undefined && id !== expectedId) return undefined;
  return parsed as VaultRecord;
}

// Blob plaintext, version 2 (written since issue 11):
//   0xFF || length (4 bytes, big-endian) || idLength (1) || id (ASCII) || bytes || zero padding,
// padded so the sealed size shows only a size bucket, not the photo's exact size (bucketSize).
// Version 1, still read: idLength (1 byte, at most 64) || id || bytes. The id inside binds the
// blob to its row. 0xFF can never be a version 1 first byte, since ids are at most 64 characters.
const BLOB_V2 = 0xff;

/**
 * The padded size for `n` bytes: up to 4 KiB, 4 KiB; above, rounded up to the next step of one
 * eighth of the power of two below it (at most 12.5% more), so a size shows only ~3 significant bits.
 */
export function bucketSize(n: number): number {
  const MIN = 4096;
  if (n <= MIN) return MIN;
  const step = 2 ** (Math.floor(Math.log2(n)) - 3);
  return Math.ceil(n / step) * step;
}

export function encodeBlob(vaultKey: SecretKey, id: string, bytes: Uint8Array): BlobRow {
  if (!isValidId(id)) throw new VaultBugError('encodeBlob', `invalid blob id ${JSON.stringify(id.slice(0, 80))}`);
  if (!(bytes instanceof Uint8Array)) throw new VaultBugError('encodeBlob', 'bytes must be a Uint8Array');
  const idBytes = utf8(id);
  const head = 1 + 4 + 1 + idBytes.length;
  const plaintext = new Uint8Array(bucketSize(head + bytes.length));
  plaintext[0] = BLOB_V2;
  new DataView(plaintext.buffer).setUint32(1, bytes.length);
  plaintext[5] = idBytes.length;
  plaintext.set(idBytes, 6);
  plaintext.set(bytes, head);
  const ciphertext = seal(vaultKey, plaintext);
  plaintext.fill(0);
  return { id, ciphertext };
}

export function decodeBlob(vaultKey: SecretKey, row: BlobRow): Uint8Array | undefined {
  if (!(row.ciphertext instanceof Uint8Array)) return undefined;
  const opened = open(vaultKey, row.ciphertext);
  if (!opened.ok) return undefined;
  const plaintext = opened.value;
  const idBytes = utf8(row.id);
  const v2 = plaintext[0] === BLOB_V2;
  const idAt = v2 ? 6 : 1;
  const idLength = plaintext[idAt - 1] ?? 0;
  const start = idAt + idLength;
  const length = v2 && plaintext.length >= 5 ? new DataView(plaintext.buffer, plaintext.byteOffset).getUint32(1) : plaintext.length - start;
  const sameId = idLength === idBytes.length && plaintext.length >= start && idBytes.every((b, i) => plaintext[idAt + i] === b);
  const fits = start + length <= plaintext.length;
  const bytes = sameId && fits ? plaintext.slice(start, start + length) : undefined;
  plaintext.fill(0);
  return bytes;
}
