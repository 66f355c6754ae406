import nacl from 'tweetnacl';
import { CryptoUsageError, requireLength } from './errors';

type Brand<T, B extends string> = T & { readonly __brand: B };
export type SecretKey = Brand<Uint8Array, 'SecretKey'>;
export type Nonce = Brand<Uint8Array, 'Nonce'>;
export type BoxPublicKey = Brand<Uint8Array, 'BoxPublicKey'>;
export type BoxSecretKey = Brand<Uint8Array, 'BoxSecretKey'>;
export type SignPublicKey = Brand<Uint8Array, 'SignPublicKey'>;
export type SignSecretKey = Brand<Uint8Array, 'SignSecretKey'>;
export interface BoxKeyPair { publicKey: BoxPublicKey; secretKey: BoxSecretKey }
export interface SignKeyPair { publicKey: SignPublicKey; secretKey: SignSecretKey }

export const SECRET_KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const BOX_PUBLIC_KEY_BYTES = 32;
export const BOX_SECRET_KEY_BYTES = 32;
export const SIGN_PUBLIC_KEY_BYTES = 32;
export const SIGN_SECRET_KEY_BYTES = 64;
export const SIGN_SEED_BYTES = 32;

export function randomBytes(n: number): Uint8Array {
  if (!Number.isSafeInteger(n) || n < 0) throw new CryptoUsageError(`randomBytes: bad length ${n}`);
  return nacl.randomBytes(n);
}

export function randomKey(): SecretKey {
  return randomBytes(SECRET_KEY_BYTES) as SecretKey;
}

export function randomNonce(): Nonce {
  return randomBytes(NONCE_BYTES) as Nonce;
}

// The as* functions brand bytes read from storage or the wire after checking their length.
export function asSecretKey(b: Uint8Array): SecretKey {
  requireLength('asSecretKey', 'key', b, SECRET_KEY_BYTES);
  return b as SecretKey;
}

export function asNonce(b: Uint8Array): Nonce {
  requireLength('asNonce', 'nonce', b, NONCE_BYTES);
  return b as Nonce;
}

export function asBoxPublicKey(b: Uint8Array): BoxPublicKey {
  requireLength('asBoxPublicKey', 'key', b, BOX_PUBLIC_KEY_BYTES);
  return b as BoxPublicKey;
}

export function asBoxSecretKey(b: Uint8Array): BoxSecretKey {
  requireLength('asBoxSecretKey', 'key', b, BOX_SECRET_KEY_BYTES);
  return b as BoxSecretKey;
}

export function asSignPublicKey(b: Uint8Array): SignPublicKey {
  requireLength('asSignPublicKey', 'key', b, SIGN_PUBLIC_KEY_BYTES);
  return b as SignPublicKey;
}

export function asSignSecretKey(b: Uint8Array): SignSecretKey {
  requireLength('asSignSecretKey', 'key', b, SIGN_SECRET_KEY_BYTES);
  return b as SignSecretKey;
}

export function boxKeyPair(): BoxKeyPair {
  const pair = nacl.box.keyPair();
  return { publicKey: pair.publicKey as BoxPublicKey, secretKey: pair.secretKey as BoxSecretKey };
}

export function boxKeyPairFromSecret(sk: Uint8Array): BoxKeyPair {
  requireLength('boxKeyPairFromSecret', 'secret key', sk, BOX_SECRET_KEY_BYTES);
  const pair = nacl.box.keyPair.fromSecretKey(sk);
  return { publicKey: pair.publicKey as BoxPublicKey, secretKey: pair.secretKey as BoxSecretKey };
}

export function signKeyPair(): SignKeyPair {
  const pair = nacl.sign.keyPair();
  return { publicKey: pair.publicKey as SignPublicKey, secretKey: pair.secretKey as SignSecretKey };
}

export function signKeyPairFromSeed(seed32: Uint8Array): SignKeyPair {
  requireLength('signKeyPairFromSeed', 'seed', seed32, SIGN_SEED_BYTES);
  const pair = nacl.sign.keyPair.fromSeed(seed32);
  return { publicKey: pair.publicKey as SignPublicKey, secretKey: pair.secretKey as SignSecretKey };
}
