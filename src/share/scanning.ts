// The scanning side of the share layer on its own: what turns camera texts into a payload. The
// scanner's worker imports this instead of ./index, so it carries no codec, primers or fflate.
export { fromBase45 } from './qr/base45';
export { SINGLE_PREFIX, classifyScan, parseSingleQrText } from './qr/scan';
export { parseOpenShareFragment } from './qr/fragment';
export { FountainDecoder } from './fountain/decoder';
export { SHARE_ERROR_KEYS, shareErrorMessageKey, type ShareErrorCode } from './errors';
