// Public API of the share layer: wire formats only (no DOM, no storage). See docs/share-format.md.
export type { BodyValue } from './body/body';
export { encodeBody, decodeBody } from './body/body';
export { encodeEnvelope, decodeEnvelope, looksLikeEnvelope } from './envelope/envelope';
export {
  ENVELOPE_TYPES, ENVELOPE_ERRORS,
  type EnvelopeType, type EnvelopeError, type EnvelopeHeader, type DecodedEnvelope, type DecodeResult,
  type DecodeContext, type EncodeInput, type EncodeResult, type ShareId, type KeyId,
} from './envelope/types';
export {
  encodeKeyToken, decodeKeyToken, wrapKeyWithPasscode, keyFromToken,
  type OpenShareKeyToken, type KeyTokenResult, type UnwrapResult,
} from './open-share-key';
export { toBase45, fromBase45 } from './qr/base45';
export {
  SINGLE_PREFIX, classifyScan, encodeScanMessage, decodeScanMessage, singleQrText, parseSingleQrText,
  type ScanKind, type ScanMessage, type ClassifyResult, type ScanMessageResult,
} from './qr/scan';
export {
  buildOpenShareFragment, buildOpenShareUrl, parseOpenShareFragment, type OpenShareParts, type FragmentResult,
} from './qr/fragment';
export { MAX_SINGLE_QR_CHARS, planQr, type QrPlan } from './qr/transport';
export { DEFAULT_BLOCK_BYTES, createFountainEncoder, type FountainEncoder } from './fountain/encoder';
export { FountainDecoder, type FountainError, type FountainResult, type FountainStatus } from './fountain/decoder';
export { FRAME_PREFIX, frameFromText, frameToText, type Frame } from './fountain/frame';
export { ShareBugError } from './bytes';
export { SHARE_ERROR_KEYS, shareErrorMessageKey, type ShareErrorCode } from './errors';
