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
  return { id: record.id, kind: tags.tagOf(record.kind), ciphertext };
}

/**
 * Opens a row. Besides the MAC, the inner id and kind must match the row, so ciphertexts
 * swapped between rows by someone editing storage are caught as damage.
 */
export function decodeRecord(vaultKey: SecretKey, tags: KindTags, row: RecordRow): VaultRecord | undefined {
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
  if (id !== row.id || typeof kind !== 'string' || tags.tagOf(kind) !== row.kind) return undefined;
  return parsed as VaultRecord;
}

// Blob plaintext: idLength (1 byte) || id (ASCII) || bytes. The id inside binds the blob to its row.
export function encodeBlob(vaultKey: SecretKey, id: string, bytes: Uint8Array): BlobRow {
  if (!isValidId(id)) throw new VaultBugError('encodeBlob', `invalid blob id ${JSON.stringify(id.slice(0, 80))}`);
  if (!(bytes instanceof Uint8Array)) throw new VaultBugError('encodeBlob', 'bytes must be a Uint8Array');
  const idBytes = utf8(id);
  const plaintext = new Uint8Array(1 + idBytes.length + bytes.length);
  plaintext[0] = idBytes.length;
  plaintext.set(idBytes, 1);
  plaintext.set(bytes, 1 + idBytes.length);
  const ciphertext = seal(vaultKey, plaintext);
  plaintext.fill(0);
  return { id, ciphertext };
}

export function decodeBlob(vaultKey: SecretKey, row: BlobRow): Uint8Array | undefined {
  if (!(row.ciphertext instanceof Uint8Array)) return undefined;
  const opened = open(vaultKey, row.ciphertext);
  if (!opened.ok) return undefined;
  const plaintext = opened.value;
  const idLength = plaintext[0] ?? 0;
  const idBytes = utf8(row.id);
  const sameId = idLength === idBytes.length && plaintext.length >= 1 + idLength
    && idBytes.every((b, i) => plaintext[1 + i] === b);
  const bytes = sameId ? plaintext.slice(1 + idLength) : undefined;
  plaintext.fill(0);
  return bytes;
}
