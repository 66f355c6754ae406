// Every code a share-layer reader can return, mapped to its key in the `share` locale namespace
// (`share:error.<key>`). A test checks that each key exists in every language.
import type { EnvelopeError } from './envelope/types';
import type { FountainError } from './fountain/decoder';

export const SHARE_ERROR_KEYS = {
  // decodeEnvelope
  'bad-magic': 'badMagic',
  'unsupported-version': 'unsupportedVersion',
  'unknown-type': 'unknownType',
  'truncated': 'truncated',
  'trailing-bytes': 'trailingBytes',
  'too-large': 'tooLarge',
  'bad-signature': 'badSignature',
  'expired': 'expired',
  'not-yet-valid': 'notYetValid',
  'not-for-me': 'notForMe',
  'decrypt-failed': 'decryptFailed',
  'malformed-body': 'malformedBody',
  // classifyScan, parseSingleQrText, parseOpenShareFragment, decodeScanMessage
  'not-ours': 'notOurs',
  // decodeKeyToken, keyFromToken
  'bad-key-token': 'badKeyToken',
  'wrong-passcode': 'wrongPasscode',
  // FountainDecoder
  'malformed-frame': 'malformedFrame',
  'different-message': 'differentMessage',
  'checksum-mismatch': 'checksumMismatch',
} as const;

export type ShareErrorCode = keyof typeof SHARE_ERROR_KEYS;

/** The i18next key (namespace `share`) for an error code. */
export function shareErrorMessageKey(code: ShareErrorCode): `error.${(typeof SHARE_ERROR_KEYS)[ShareErrorCode]}` {
  return `error.${SHARE_ERROR_KEYS[code]}`;
}

// Compile-time guard: adding a code to a reader without a message fails the type check.
type Covered<T extends ShareErrorCode> = T;
type _EveryEnvelopeErrorHasAMessage = Covered<EnvelopeError>;
type _EveryFountainErrorHasAMessage = Covered<FountainError>;
