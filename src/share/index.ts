// Public API of the share layer: wire formats only (no DOM, no storage). See docs/share-format.md.
export type { BodyValue } from './body/body';
export { encodeEnvelope, decodeEnvelope } from './envelope/envelope';
export type { EnvelopeError, DecodedEnvelope, ShareId } from './envelope/types';
export { encodeKeyToken, decodeKeyToken, wrapKeyWithPasscode, keyFromToken } from './open-share-key';
export { classifyScan, encodeScanMessage, decodeScanMessage, singleQrText, parseSingleQrText } from './qr/scan';
export { buildOpenShareUrl, parseOpenShareFragment } from './qr/fragment';
export { planQr } from './qr/transport';
export { createFountainEncoder } from './fountain/encoder';
export { FountainDecoder } from './fountain/decoder';
export { SHARE_ERROR_KEYS, shareErrorMessageKey, type ShareErrorCode } from './errors';
export { BackupFileReader, BackupFileWriter } from './backup/file';
export { BACKUP_ID_BYTES, BACKUP_MAGIC, backupVaultKey, decodeBackupHeader, type BackupHeader } from './backup/format';
