// The key of an open share travels beside the envelope (URL fragment or scan message), never in it.
// Token layout (docs/share-format.md §5):
//   0x00 || key (32)                                              plain
//   0x01 || memoryKiB varint || iterations varint || parallelism varint || salt (16) || sealed (48)
// where sealed = MAC || secretbox of the 32-byte key under Argon2id(passcode, salt), with the nonce
// taken from the salt (each salt is fresh and used for exactly one sealing).
import {
  DEFAULT_KDF_PARAMS, asSecretKey, deriveKey, openRaw, randomBytes, sealRaw, type KdfParams, type Nonce,
  type SecretKey,
} from '../crypto';
import { ByteReader, ByteWriter, ShareBugError } from './bytes';

const PLAIN = 0x00;
const PASSCODE = 0x01;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const SEALED_BYTES = KEY_BYTES + 16;
// A token comes from a QR code anyone can print: bound the work it may ask of the reader's phone.
const MAX_MEMORY_KIB = 128 * 1024;
const MAX_ITERATIONS = 10;
const MAX_PARALLELISM = 4;

export type OpenShareKeyToken =
  | { kind: 'plain'; key: SecretKey }
  | { kind: 'passcode'; params: KdfParams; salt: Uint8Array; sealed: Uint8Array };

export type KeyTokenResult = { ok: true; value: OpenShareKeyToken } | { ok: false; error: 'bad-key-token' };

function nonceFromSalt(salt: Uint8Array): Nonce {
  const nonce = new Uint8Array(24);
  nonce.set(salt);
  return nonce as Nonce;
}

export function encodeKeyToken(token: OpenShareKeyToken): Uint8Array {
  if (token.kind === 'plain') return new ByteWriter().u8(PLAIN).bytes(token.key).finish();
  return new ByteWriter()
    .u8(PASSCODE)
    .varint(token.params.memoryKiB)
    .varint(token.params.iterations)
    .varint(token.params.parallelism)
    .bytes(token.salt)
    .bytes(token.sealed)
    .finish();
}

/** Total. */
export function decodeKeyToken(bytes: Uint8Array): KeyTokenResult {
  const bad = { ok: false, error: 'bad-key-token' } as const;
  const reader = new ByteReader(bytes);
  const kind = reader.u8();
  if (kind === PLAIN) {
    const key = reader.take(KEY_BYTES);
    if (!key || reader.remaining !== 0) return bad;
    return { ok: true, value: { kind: 'plain', key: asSecretKey(key.slice()) } };
  }
  if (kind !== PASSCODE) return bad;
  const memoryKiB = reader.varint();
  const iterations = reader.varint();
  const parallelism = reader.varint();
  if (!memoryKiB.ok || !iterations.ok || !parallelism.ok) return bad;
  const p = parallelism.value;
  if (p < 1 || p > MAX_PARALLELISM || iterations.value < 1 || iterations.value > MAX_ITERATIONS) return bad;
  if (memoryKiB.value < 8 * p || memoryKiB.value > MAX_MEMORY_KIB) return bad;
  const salt = reader.take(SALT_BYTES);
  const sealed = reader.take(SEALED_BYTES);
  if (!salt || !sealed || reader.remaining !== 0) return bad;
  const params: KdfParams = { alg: 'argon2id', memoryKiB: memoryKiB.value, iterations: iterations.value, parallelism: p };
  return { ok: true, value: { kind: 'passcode', params, salt: salt.slice(), sealed: sealed.slice() } };
}

/** Wraps an open-share key with a passcode. `salt` is for tests only. */
export async function wrapKeyWithPasscode(
  key: SecretKey,
  passcode: string,
  params: KdfParams = DEFAULT_KDF_PARAMS,
  salt: Uint8Array = randomBytes(SALT_BYTES),
): Promise<OpenShareKeyToken> {
  if (passcode.length === 0) throw new ShareBugError('wrapKeyWithPasscode: empty passcode');
  if (salt.length !== SALT_BYTES) throw new ShareBugError('wrapKeyWithPasscode: salt must be 16 bytes');
  const wrapping = await deriveKey(passcode, salt, params);
  return { kind: 'passcode', params: { ...params }, salt, sealed: sealRaw(wrapping, nonceFromSalt(salt), key) };
}

export type UnwrapResult = { ok: true; value: SecretKey } | { ok: false; error: 'wrong-passcode' };

/** Plain tokens ignore the passcode. */
export async function keyFromToken(token: OpenShareKeyToken, passcode = ''): Promise<UnwrapResult> {
  if (token.kind === 'plain') return { ok: true, value: token.key };
  const wrapping = await deriveKey(passcode, token.salt, token.params);
  const opened = openRaw(wrapping, nonceFromSalt(token.salt), token.sealed);
  if (!opened.ok || opened.value.length !== KEY_BYTES) return { ok: false, error: 'wrong-passcode' };
  return { ok: true, value: asSecretKey(opened.value) };
}
