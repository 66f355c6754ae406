import nacl from 'tweetnacl';
import { requireLength } from './errors';
import {
  BOX_PUBLIC_KEY_BYTES, BOX_SECRET_KEY_BYTES, NONCE_BYTES, boxKeyPair, randomNonce,
  type BoxKeyPair, type BoxPublicKey, type BoxSecretKey, type Nonce,
} from './keys';
import { MAC_BYTES, type OpenResult } from './secretbox';

/** boxTo() output length minus plaintext length. */
export const BOX_OVERHEAD = BOX_PUBLIC_KEY_BYTES + NONCE_BYTES + MAC_BYTES;

/**
 * Anonymous box (X25519 + XSalsa20-Poly1305) from a throwaway key pair, so the
 * sender needs no long-term box key and the ciphertext does not reveal who sent it.
 * Authenticity of the sender comes from the envelope signature, not from here.
 * Layout: ephemeral public key (32) || nonce (24) || MAC (16) || ciphertext.
 */
export function boxTo(
  recipient: BoxPublicKey,
  plaintext: Uint8Array,
  opts?: { ephemeral?: BoxKeyPair; nonce?: Nonce },
): Uint8Array {
  requireLength('boxTo', 'recipient key', recipient, BOX_PUBLIC_KEY_BYTES);
  const ephemeral = opts?.ephemeral ?? boxKeyPair();
  const nonce = opts?.nonce ?? randomNonce();
  requireLength('boxTo', 'nonce', nonce, NONCE_BYTES);
  const box = nacl.box(plaintext, nonce, recipient, ephemeral.secretKey);
  const out = new Uint8Array(BOX_PUBLIC_KEY_BYTES + NONCE_BYTES + box.length);
  out.set(ephemeral.publicKey, 0);
  out.set(nonce, BOX_PUBLIC_KEY_BYTES);
  out.set(box, BOX_PUBLIC_KEY_BYTES + NONCE_BYTES);
  return out;
}

export function openBox(recipient: BoxSecretKey, sealed: Uint8Array): OpenResult {
  requireLength('openBox', 'recipient key', recipient, BOX_SECRET_KEY_BYTES);
  if (sealed.length < BOX_OVERHEAD) return { ok: false, error: 'truncated' };
  const ephemeralPublic = sealed.subarray(0, BOX_PUBLIC_KEY_BYTES);
  const nonce = sealed.subarray(BOX_PUBLIC_KEY_BYTES, BOX_PUBLIC_KEY_BYTES + NONCE_BYTES);
  const box = sealed.subarray(BOX_PUBLIC_KEY_BYTES + NONCE_BYTES);
  const plain = nacl.box.open(box, nonce, ephemeralPublic, recipient);
  return plain ? { ok: true, value: plain } : { ok: false, error: 'decrypt-failed' };
}

// Any clamped scalar is a multiple of the cofactor 8, so it maps every point of small order (on
// the curve or its twist) to u = 0 and no other point there. One scalar multiplication decides.
const PROBE_SCALAR = new Uint8Array(32).fill(0x5a);

/**
 * True for an X25519 public key of small order (u = 0, 1, p − 1, the order-8 points, their
 * non-canonical forms and the twist's small points). A box to such a key has a shared secret
 * everyone can compute, so such a key must never be taken from a contact card or a team member.
 */
export function isLowOrderBoxKey(publicKey: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== BOX_PUBLIC_KEY_BYTES) return true;
  return nacl.scalarMult(PROBE_SCALAR, publicKey).every((b) => b === 0);
}
