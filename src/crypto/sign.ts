import nacl from 'tweetnacl';
import { requireLength } from './errors';
import { SIGN_PUBLIC_KEY_BYTES, SIGN_SECRET_KEY_BYTES, type SignPublicKey, type SignSecretKey } from './keys';

export const SIGNATURE_BYTES = 64;

/** Ed25519 detached signature (64 bytes). */
export function sign(secretKey: SignSecretKey, message: Uint8Array): Uint8Array {
  requireLength('sign', 'secret key', secretKey, SIGN_SECRET_KEY_BYTES);
  return nacl.sign.detached(message, secretKey);
}

// Strict verification (docs/share-format.md §2, "Signature"). tweetnacl checks the cofactorless
// equation [S]B = R + [k]A and nothing else, so on its own it accepts:
// - S and S + L: every signature has a second byte form (malleable envelopes, two "different"
//   shares with one meaning);
// - a public key or R of small order: with A = R = the neutral point and S = 0, the equation
//   holds for every message, so such a "key" signs anything.
// Strict verifiers (libsodium, ed25519-zebra's ZIP-215 aside) refuse all three; so do we.

/** The group order L = 2^252 + 27742317777372353535851937790883648493. */
const L = (1n << 252n) + 27742317777372353535851937790883648493n;
/** The field prime p = 2^255 − 19. */
/** The field prime 2^255 − 19 (also used by ed-to-x25519.ts). */
export const P = (1n << 255n) - 19n;
/** The curve constant d = −121665 / 121666 mod p. */
const D = (P - 121665n) * modPow(121666n, P - 2n, P) % P;

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** Little-endian bytes as an unsigned integer. */
export function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] as number);
  return n;
}

/** S (the second half of a signature) is canonical only below L. */
export function isCanonicalScalar(s: Uint8Array): boolean {
  return littleEndian(s) < L;
}

/**
 * True when a 32-byte point encoding is non-canonical (y ≥ p) or names a point of small order
 * (one of the 8 points P with [8]P = neutral). Only y matters: on −x² + y² = 1 + d·x²·y² the
 * small-order points are the neutral point (y = 1), the point of order 2 (y = −1), the two of
 * order 4 (y = 0) and the four of order 8, whose double has y = 0, i.e. x² = −y², which on the
 * curve means d·y⁴ + 2·y² − 1 = 0.
 */
export function isWeakPoint(encoded: Uint8Array): boolean {
  const y = littleEndian(encoded) & ((1n << 255n) - 1n);
  if (y >= P) return true;
  if (y === 0n || y === 1n || y === P - 1n) return true;
  const y2 = (y * y) % P;
  return (D * y2 % P * y2 + 2n * y2 + P - 1n) % P === 0n;
}

/** Never throws: any malformed input is simply not a valid signature. */
export function verify(publicKey: SignPublicKey, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== SIGN_PUBLIC_KEY_BYTES) return false;
  if (!(message instanceof Uint8Array)) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_BYTES) return false;
  if (!isCanonicalScalar(signature.subarray(32))) return false;
  if (isWeakPoint(publicKey) || isWeakPoint(signature.subarray(0, 32))) return false;
  try {
    return nacl.sign.detached.verify(message, signature, publicKey);
  } catch {
    return false;
  }
}
