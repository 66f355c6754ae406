// The `.familyfile` backup format, version 1 (docs/backup-format.md): a clear header, then the
// backup's bytes in sealed chunks. Every chunk's index and whether it is the last are bound into
// its nonce, so chunks cannot be reordered, dropped, repeated or cut off without the reader
// noticing. The file key is derived from the vault key and the header's hash; the header carries
// the vault's own passphrase and recovery wraps of the vault key, so the passphrase or the
// recovery words open the backup on a phone that has never seen the vault.
// Pure and incremental: nothing here holds more than one chunk of the file.
import {
  MAC_BYTES, asNonce, asSecretKey, deriveKey, hash, open, openRaw, sealRaw, utf8, type KdfParams, type SecretKey,
} from '../../crypto';

export const BACKUP_MAGIC = Uint8Array.from([0x46, 0x46, 0x42]); // "FFB"
export const BACKUP_VERSION = 1;
export const BACKUP_ID_BYTES = 16;
/** seal() of a 32-byte key: nonce (24) + MAC (16) + key (32), as the vault header keeps it. */
export const BACKUP_WRAP_BYTES = 72;
export const MIN_CHUNK_BYTES = 4096;
export const MAX_CHUNK_BYTES = 4 * 1024 * 1024;
/** A reader refuses KDF parameters beyond these before deriving anything (a file must not freeze a phone). */
export const MAX_BACKUP_KDF = { memoryKiB: 256 * 1024, iterations: 16, parallelism: 4 } as const;

export type BackupError =
  /** Not a backup at all (random bytes, another file). */
  | 'bad-magic'
  /** Shorter than its header, or it ends before its last chunk. */
  | 'truncated'
  /** Made by a newer version of the app: update first. */
  | 'newer-version'
  /** A header whose fields are out of range. */
  | 'malformed-header'
  /** A chunk that does not open: changed, reordered, dropped or repeated, or the wrong key. */
  | 'tampered'
  /** Bytes after the last chunk. */
  | 'trailing-bytes';

export interface BackupHeader {
  version: number;
  /** Milliseconds since the epoch (whole seconds on disk). */
  createdAt: number;
  /** Plain bytes in every chunk but the last. */
  chunkBytes: number;
  backupId: Uint8Array;
  kdf: KdfParams;
  salt: Uint8Array;
  /** seal(Argon2id(passphrase, salt, kdf), vaultKey), copied from the vault header. */
  passphraseWrap: Uint8Array;
  /** seal(recoveryKey, vaultKey), copied from the vault header. */
  recoveryWrap: Uint8Array;
}

const FIXED = 36;

export function encodeBackupHeader(h: BackupHeader): Uint8Array {
  if (h.backupId.length !== BACKUP_ID_BYTES || h.passphraseWrap.length !== BACKUP_WRAP_BYTES || h.recoveryWrap.length !== BACKUP_WRAP_BYTES) {
    throw new Error('encodeBackupHeader: wrong field length');
  }
  const out = new Uint8Array(FIXED + h.salt.length + 2 * BACKUP_WRAP_BYTES);
  const view = new DataView(out.buffer);
  out.set(BACKUP_MAGIC, 0);
  out[3] = BACKUP_VERSION;
  out[4] = 0; // flags: none defined in version 1
  view.setUint32(5, Math.floor(h.createdAt / 1000));
  view.setUint32(9, h.chunkBytes);
  out.set(h.backupId, 13);
  view.setUint32(29, h.kdf.memoryKiB);
  out[33] = h.kdf.iterations;
  out[34] = h.kdf.parallelism;
  out[35] = h.salt.length;
  out.set(h.salt, FIXED);
  out.set(h.passphraseWrap, FIXED + h.salt.length);
  out.set(h.recoveryWrap, FIXED + h.salt.length + BACKUP_WRAP_BYTES);
  return out;
}

export type HeaderRead = { ok: true; value: { header: BackupHeader; length: number } } | { ok: false; error: BackupError };

/**
 * Reads the header from the first bytes of a file: the reader checks a file's kind and version
 * from its first few hundred bytes, before reading (or even loading) the rest.
 */
export function decodeBackupHeader(bytes: Uint8Array): HeaderRead {
  const fail = (error: BackupError): HeaderRead => ({ ok: false, error });
  const magicPart = bytes.subarray(0, 3);
  if (!magicPart.every((b, i) => b === BACKUP_MAGIC[i])) return fail('bad-magic');
  if (bytes.length < FIXED) return fail('truncated');
  if (bytes[3] !== BACKUP_VERSION || bytes[4] !== 0) return fail(bytes[3]! > BACKUP_VERSION || bytes[4] !== 0 ? 'newer-version' : 'malformed-header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkBytes = view.getUint32(9);
  const kdf: KdfParams = { alg: 'argon2id', memoryKiB: view.getUint32(29), iterations: bytes[33]!, parallelism: bytes[34]! };
  const saltLength = bytes[35]!;
  if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES) return fail('malformed-header');
  if (kdf.parallelism < 1 || kdf.parallelism > MAX_BACKUP_KDF.parallelism || kdf.iterations < 1 || kdf.iterations > MAX_BACKUP_KDF.iterations
    || kdf.memoryKiB < 8 * kdf.parallelism || kdf.memoryKiB > MAX_BACKUP_KDF.memoryKiB) return fail('malformed-header');
  if (saltLength < 8 || saltLength > 64) return fail('malformed-header');
  const length = FIXED + saltLength + 2 * BACKUP_WRAP_BYTES;
  if (bytes.length < length) return fail('truncated');
  const at = FIXED + saltLength;
  return {
    ok: true,
    value: {
      length,
      header: {
        version: BACKUP_VERSION, createdAt: view.getUint32(5) * 1000, chunkBytes, backupId: bytes.slice(13, 29), kdf,
        salt: bytes.slice(FIXED, at), passphraseWrap: bytes.slice(at, at + BACKUP_WRAP_BYTES),
        recoveryWrap: bytes.slice(at + BACKUP_WRAP_BYTES, length),
      },
    },
  };
}

const FILE_KEY_LABEL = utf8('Family File backup v1 file key');

/** The key of the chunks: SHA-512(label ‖ vaultKey ‖ SHA-512(header)), first 32 bytes. A changed header gives another key. */
export function backupFileKey(vaultKey: SecretKey, headerBytes: Uint8Array): SecretKey {
  const headerHash = hash(headerBytes);
  const input = new Uint8Array(FILE_KEY_LABEL.length + vaultKey.length + headerHash.length);
  input.set(FILE_KEY_LABEL, 0);
  input.set(vaultKey, FILE_KEY_LABEL.length);
  input.set(headerHash, FILE_KEY_LABEL.length + vaultKey.length);
  const digest = hash(input);
  input.fill(0);
  const key = asSecretKey(digest.slice(0, 32));
  digest.fill(0);
  return key;
}

/** backupId (16) ‖ chunk index (4, big-endian) ‖ last-chunk flag (1) ‖ three zero bytes. */
function chunkNonce(backupId: Uint8Array, index: number, last: boolean) {
  const nonce = new Uint8Array(24);
  nonce.set(backupId, 0);
  new DataView(nonce.buffer).setUint32(16, index);
  nonce[20] = last ? 1 : 0;
  return asNonce(nonce);
}

/** Bytes waiting to be cut into exact lengths, without copying them all into one buffer. */
export class Pending {
  #parts: Uint8Array[] = [];
  length = 0;
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.#parts.push(bytes);
    this.length += bytes.length;
  }
  /** Up to `n` bytes from the front, left in place. */
  peek(n: number): Uint8Array {
    const out = new Uint8Array(Math.min(n, this.length));
    let filled = 0;
    for (const part of this.#parts) {
      if (filled === out.length) break;
      const use = Math.min(part.length, out.length - filled);
      out.set(part.subarray(0, use), filled);
      filled += use;
    }
    return out;
  }
  take(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const head = this.#parts[0]!;
      const use = Math.min(head.length, n - filled);
      out.set(head.subarray(0, use), filled);
      filled += use;
      if (use === head.length) this.#parts.shift();
      else this.#parts[0] = head.subarray(use);
    }
    this.length -= n;
    return out;
  }
}

/** Seals plain bytes into chunks as they come. Call `end()` once: it seals the last chunk (maybe empty). */
export class BackupChunkWriter {
  readonly #key: SecretKey;
  readonly #header: BackupHeader;
  readonly #pending = new Pending();
  #index = 0;
  #ended = false;

  constructor(key: SecretKey, header: BackupHeader) {
    this.#key = key;
    this.#header = header;
  }

  /** Sealed chunks ready to write; plain bytes short of a whole chunk wait for more. */
  push(plain: Uint8Array): Uint8Array[] {
    if (this.#ended) throw new Error('BackupChunkWriter: push after end');
    this.#pending.push(plain);
    const out: Uint8Array[] = [];
    // A full chunk is sealed only once more bytes follow it: the last chunk is always short.
    while (this.#pending.length > this.#header.chunkBytes) out.push(this.#seal(this.#pending.take(this.#header.chunkBytes), false));
    return out;
  }

  end(): Uint8Array[] {
    if (this.#ended) throw new Error('BackupChunkWriter: end twice');
    this.#ended = true;
    const out: Uint8Array[] = [];
    // Exactly a chunk's worth left: it goes as a full chunk, then an empty last one.
    if (this.#pending.length === this.#header.chunkBytes) out.push(this.#seal(this.#pending.take(this.#header.chunkBytes), false));
    out.push(this.#seal(this.#pending.take(this.#pending.length), true));
    return out;
  }

  #seal(plain: Uint8Array, last: boolean): Uint8Array {
    const sealed = sealRaw(this.#key, chunkNonce(this.#header.backupId, this.#index++, last), plain);
    plain.fill(0);
    return sealed;
  }
}

export type ChunkRead = { ok: true; value: Uint8Array[] } | { ok: false; error: BackupError };

/**
 * Opens chunks as the file's bytes come in (after the header). A full-size chunk is opened as
 * "not last" once more bytes follow it; whatever is left at `end()` must open as the last chunk.
 * Any failure is final: the reader gives the same error from then on.
 */
export class BackupChunkReader {
  readonly #key: SecretKey;
  readonly #header: BackupHeader;
  readonly #pending = new Pending();
  #index = 0;
  #failed: BackupError | undefined;
  #done = false;

  constructor(key: SecretKey, header: BackupHeader) {
    this.#key = key;
    this.#header = header;
  }

  /** Plain pieces of the chunks completed by these bytes. */
  push(bytes: Uint8Array): ChunkRead {
    if (this.#failed) return { ok: false, error: this.#failed };
    if (this.#done) return this.#fail('trailing-bytes');
    this.#pending.push(bytes);
    const full = this.#header.chunkBytes + MAC_BYTES;
    const out: Uint8Array[] = [];
    while (this.#pending.length > full) {
      const plain = this.#open(this.#pending.take(full), false);
      if (!plain) return this.#fail('tampered');
      out.push(plain);
    }
    return { ok: true, value: out };
  }

  /** The last chunk's plain bytes; 'truncated' when the file stops before it. */
  end(): ChunkRead {
    if (this.#failed) return { ok: false, error: this.#failed };
    if (this.#done) return { ok: true, value: [] };
    const rest = this.#pending.take(this.#pending.length);
    if (rest.length < MAC_BYTES) return this.#fail('truncated');
    const last = this.#open(rest, true);
    if (last) {
      this.#done = true;
      return { ok: true, value: [last] };
    }
    // A whole chunk that does not open as the last one: the file was cut after it.
    if (rest.length === this.#header.chunkBytes + MAC_BYTES && this.#openQuietly(rest)) return this.#fail('truncated');
    return this.#fail('tampered');
  }

  #open(sealed: Uint8Array, last: boolean): Uint8Array | undefined {
    const opened = openRaw(this.#key, chunkNonce(this.#header.backupId, this.#index, last), sealed);
    if (!opened.ok) return undefined;
    // A full chunk marked last, or a short one not marked last, is not what a writer makes.
    if (!last && opened.value.length !== this.#header.chunkBytes) return undefined;
    if (last && opened.value.length >= this.#header.chunkBytes) return undefined;
    this.#index++;
    return opened.value;
  }

  #openQuietly(sealed: Uint8Array): boolean {
    return openRaw(this.#key, chunkNonce(this.#header.backupId, this.#index, false), sealed).ok;
  }

  #fail(error: BackupError): ChunkRead {
    this.#failed = error;
    return { ok: false, error };
  }
}

export type BackupSecret = { passphrase: string } | { recoveryKey: SecretKey };

/**
 * The vault key the backup was made under, from the passphrase (as it was when the backup was
 * made) or the recovery key. 'wrong-secret' says nothing about which part was wrong.
 */
export async function backupVaultKey(header: BackupHeader, secret: BackupSecret): Promise<{ ok: true; value: SecretKey } | { ok: false; error: 'wrong-secret' }> {
  let opened;
  if ('passphrase' in secret) {
    const kek = await deriveKey(secret.passphrase, header.salt, header.kdf);
    opened = open(kek, header.passphraseWrap);
    kek.fill(0);
  } else {
    opened = open(secret.recoveryKey, header.recoveryWrap);
  }
  if (!opened.ok || opened.value.length !== 32) return { ok: false, error: 'wrong-secret' };
  return { ok: true, value: asSecretKey(opened.value) };
}
