/**
 * Family File crypto: the only module that touches tweetnacl and the KDF.
 *
 * Primitives and why:
 * - seal/open: XSalsa20-Poly1305 secretbox with a random 24-byte nonce. The nonce is long
 *   enough to draw at random for every record without counting, so no nonce state is kept.
 * - boxTo/openBox: X25519 + XSalsa20-Poly1305 from a throwaway sender key, for shares
 *   addressed to one professional (sender authenticity comes from the envelope signature).
 * - sign/verify: Ed25519 detached signatures for every envelope.
 * - hash/keyId: SHA-512 (what tweetnacl ships); keyId = first 8 bytes of it.
 * - deriveKey: Argon2id (hash-wasm, wasm inlined, no network), passphrase NFC-normalised.
 *   Params are stored with the vault; kdfParamsAreAcceptable tells when to upgrade them.
 * - recovery words / fingerprints: our own 2048-word list, 11 bits per word.
 * Expected failures are result objects with string codes; misuse throws CryptoUsageError.
 */
export { CryptoUsageError } from './errors';
export {
  type SecretKey, type Nonce, type BoxPublicKey, type BoxSecretKey, type SignPublicKey,
  type BoxKeyPair, type SignKeyPair,
  NONCE_BYTES, BOX_PUBLIC_KEY_BYTES,
  randomBytes, randomKey, randomNonce,
  asSecretKey, asNonce, asBoxPublicKey, asBoxSecretKey, asSignPublicKey, asSignSecretKey,
  boxKeyPair, boxKeyPairFromSecret, signKeyPair, signKeyPairFromSeed,
} from './keys';
export { MAC_BYTES, SEAL_OVERHEAD, seal, open, sealRaw, openRaw } from './secretbox';
export { BOX_OVERHEAD, boxTo, openBox, isLowOrderBoxKey } from './box';
export { SIGNATURE_BYTES, sign, verify } from './sign';
export { hash, keyId, constantTimeEqual } from './hash';
export {
  type KdfParams, DEFAULT_KDF_PARAMS, KDF_MIN_PARAMS, KDF_SALT_BYTES,
  deriveKey, parseKdfParams, kdfParamsAreAcceptable,
} from './kdf';
export { utf8, fromUtf8, toBase64Url, fromBase64Url } from './encoding';
export {
  RECOVERY_WORD_COUNT,
  recoveryKeyToWords, recoveryKeyFromWords, splitRecoveryWords,
  PASSCODE_WORD_COUNT, newPasscodeWords, canonicalPasscode,
} from './words';
export { FINGERPRINT_WORD_COUNT, fingerprint } from './fingerprint';
export { edPublicKeyToX25519, edSeedToX25519Secret } from './ed-to-x25519';
