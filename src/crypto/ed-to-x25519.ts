// The X25519 form of an Ed25519 key (RFC 7748 §4.1's birational map; what libsodium calls
// crypto_sign_ed25519_pk_to_curve25519 and _sk_to_curve25519). A family's share is signed with its
// Ed25519 key, so a professional can box a contribution back to that key's X25519 form without the
// share carrying a second key (docs/share-format.md §4.5).
import { hash } from './hash';
import { littleEndian, modPow, P } from './sign';
import type { BoxPublicKey, BoxSecretKey } from './keys';

/** u = (1 + y) / (1 − y) mod p; undefined for a non-canonical y or y = 1 (no such point). */
export function edPublicKeyToX25519(edPublicKey: Uint8Array): BoxPublicKey | undefined {
  if (edPublicKey.length !== 32) return undefined;
  const y = littleEndian(edPublicKey) & ((1n << 255n) - 1n);
  if (y >= P) return undefined;
  const denominator = (1n - y + P) % P;
  if (denominator === 0n) return undefined;
  let u = ((1n + y) * modPow(denominator, P - 2n, P)) % P;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out as BoxPublicKey;
}

/** The X25519 secret of an Ed25519 seed: the first half of SHA-512(seed), clamped. */
export function edSeedToX25519Secret(seed: Uint8Array): BoxSecretKey {
  const h = hash(seed.subarray(0, 32));
  const secret = h.slice(0, 32);
  h.fill(0);
  secret[0]! &= 248;
  secret[31]! &= 127;
  secret[31]! |= 64;
  return secret as BoxSecretKey;
}
