// What a QR code (or a pasted text) may hold, and how we recognise it.
//   "FF1:"  + base45(message)          one QR code
//   "FFM1:" + base45(frame)            one frame of an animated sequence (../fountain/frame.ts)
//   https://<origin>/#s=<b64url envelope>&k=<b64url key token>   an open share for any camera app
// A message is an envelope, or, for an open share that travels by QR inside the app, the key token
// and the envelope together:  "FFK" 0x01 || varint(token length) || token || envelope.
import { looksLikeEnvelope } from '../envelope/magic';
import { ByteReader, ByteWriter } from '../bytes';
import { FRAME_PREFIX } from '../fountain/frame';
import { fromBase45, toBase45 } from './base45';
import { parseOpenShareFragment } from './fragment';

export const SINGLE_PREFIX = 'FF1:';
const KEY_BUNDLE_MAGIC = Uint8Array.from([0x46, 0x46, 0x4b, 0x01]); // "FFK" version 1
const MAX_TOKEN_BYTES = 256;

export interface ScanMessage {
  envelope: Uint8Array;
  /** Open shares only: the key token (../open-share-key.ts). */
  keyToken?: Uint8Array;
}

export type ScanKind = 'single' | 'frame' | 'url-open-share';
export type ClassifyResult = { ok: true; value: ScanKind } | { ok: false; error: 'not-ours' };
export type ScanMessageResult = { ok: true; value: ScanMessage } | { ok: false; error: 'not-ours' };

export function encodeScanMessage(message: ScanMessage): Uint8Array {
  if (message.keyToken === undefined) return message.envelope;
  return new ByteWriter()
    .bytes(KEY_BUNDLE_MAGIC)
    .varint(message.keyToken.length)
    .bytes(message.keyToken)
    .bytes(message.envelope)
    .finish();
}

/** Total. Only checks the outer shape; decodeEnvelope judges the envelope itself. */
export function decodeScanMessage(bytes: Uint8Array): ScanMessageResult {
  if (looksLikeEnvelope(bytes)) return { ok: true, value: { envelope: bytes } };
  if (bytes.length < KEY_BUNDLE_MAGIC.length || !KEY_BUNDLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return { ok: false, error: 'not-ours' };
  }
  const reader = new ByteReader(bytes);
  reader.take(KEY_BUNDLE_MAGIC.length);
  const length = reader.varint();
  if (!length.ok || length.value > MAX_TOKEN_BYTES) return { ok: false, error: 'not-ours' };
  const keyToken = reader.take(length.value);
  const envelope = reader.take(reader.remaining);
  if (!keyToken || !envelope || !looksLikeEnvelope(envelope)) return { ok: false, error: 'not-ours' };
  return { ok: true, value: { envelope: envelope.slice(), keyToken: keyToken.slice() } };
}

export function singleQrText(message: Uint8Array): string {
  return SINGLE_PREFIX + toBase45(message);
}

/** Total. */
export function parseSingleQrText(text: string): ScanMessageResult {
  if (!text.startsWith(SINGLE_PREFIX)) return { ok: false, error: 'not-ours' };
  const bytes = fromBase45(text.slice(SINGLE_PREFIX.length));
  return bytes.ok ? decodeScanMessage(bytes.value) : { ok: false, error: 'not-ours' };
}

/** Total. Says which reader to hand the text to; that reader does the full checks. */
export function classifyScan(text: string): ClassifyResult {
  if (text.startsWith(SINGLE_PREFIX)) return { ok: true, value: 'single' };
  if (text.startsWith(FRAME_PREFIX)) return { ok: true, value: 'frame' };
  if (/^https:\/\/[^\s#]+\/?#/i.test(text) && parseOpenShareFragment(text).ok) return { ok: true, value: 'url-open-share' };
  return { ok: false, error: 'not-ours' };
}
