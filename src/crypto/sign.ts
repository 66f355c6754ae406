import nacl from 'tweetnacl';
import { requireLength } from './errors';
import { SIGN_PUBLIC_KEY_BYTES, SIGN_SECRET_KEY_BYTES, type SignPublicKey, type SignSecretKey } from './keys';

export const SIGNATURE_BYTES = 64;

/** Ed25519 detached signature (64 bytes). */
export function sign(secretKey: SignSecretKey, message: Uint8Array): Uint8Array {
  requireLength('sign', 'secret key', secretKey, SIGN_SECRET_KEY_BYTES);
  return nacl.sign.detached(message, secretKey);
}

/** Never throws: any malformed input is simply not a valid signature. */
export function verify(publicKey: SignPublicKey, message: Uint8Array, signature: Uint8Array): boolean {
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== SIGN_PUBLIC_KEY_BYTES) return false;
  if (!(message instanceof Uint8Array)) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_BYTES) return false;
  try {
    return nacl.sign.detached.verify(message, signature, publicKey);
  } catch {
    return false;
  }
}
