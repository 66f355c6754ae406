import nacl from 'tweetnacl';

/** SHA-512 (64 bytes). */
export function hash(data: Uint8Array): Uint8Array {
  return nacl.hash(data);
}

export const KEY_ID_BYTES = 8;

/** Short stable id for a public key: the first 8 bytes of its SHA-512. Not a security check; use fingerprint() for that. */
export function keyId(publicKey: Uint8Array): Uint8Array {
  return hash(publicKey).slice(0, KEY_ID_BYTES);
}

/** Compares without an early exit, so timing does not reveal where two secrets differ. Lengths are not secret. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}
