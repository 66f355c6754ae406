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
