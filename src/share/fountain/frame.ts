// One animated-QR frame. Text form: "FFM1:" + base45(frame bytes), all in the QR alphanumeric set.
//   seq      varint  1-based frame number (1..K systematic, then fountain frames)
//   k        varint  number of source blocks
//   length   varint  message length in bytes
//   crc      4 bytes CRC-32 of the whole message, big-endian; also the PRNG seed
//   payload  ceil(length / k) bytes: the XOR of the chosen blocks (the last block is zero-padded)
import { ByteReader, ByteWriter } from '../bytes';
import { fromBase45, toBase45 } from '../qr/base45';

export const FRAME_PREFIX = 'FFM1:';
/** Bounds that keep a hostile frame from making the decoder allocate much. */
export const MAX_MESSAGE_BYTES = 512 * 1024;
export const MAX_BLOCKS = 4096;

export interface Frame {
  seq: number;
  k: number;
  length: number;
  crc: number;
  payload: Uint8Array;
}

export type FrameError = 'malformed-frame' | 'too-large';
export type FrameResult = { ok: true; value: Frame } | { ok: false; error: FrameError };

export function blockSizeFor(length: number, k: number): number {
  return Math.ceil(length / k);
}

export function encodeFrame(frame: Frame): Uint8Array {
  return new ByteWriter().varint(frame.seq).varint(frame.k).varint(frame.length).u32(frame.crc).bytes(frame.payload).finish();
}

/** Total. */
export function decodeFrame(bytes: Uint8Array): FrameResult {
  const reader = new ByteReader(bytes);
  const seq = reader.varint();
  const k = reader.varint();
  const length = reader.varint();
  if (!seq.ok || !k.ok || !length.ok) return { ok: false, error: 'malformed-frame' };
  const crc = reader.u32();
  if (crc < 0 || seq.value < 1 || k.value < 1 || length.value < k.value) return { ok: false, error: 'malformed-frame' };
  if (length.value > MAX_MESSAGE_BYTES || k.value > MAX_BLOCKS) return { ok: false, error: 'too-large' };
  if (reader.remaining !== blockSizeFor(length.value, k.value)) return { ok: false, error: 'malformed-frame' };
  const payload = reader.take(reader.remaining) ?? new Uint8Array(0);
  return { ok: true, value: { seq: seq.value, k: k.value, length: length.value, crc, payload: payload.slice() } };
}

export function frameToText(frame: Frame): string {
  return FRAME_PREFIX + toBase45(encodeFrame(frame));
}

/** Total. */
export function frameFromText(text: string): FrameResult {
  if (!text.startsWith(FRAME_PREFIX)) return { ok: false, error: 'malformed-frame' };
  const bytes = fromBase45(text.slice(FRAME_PREFIX.length));
  if (!bytes.ok) return { ok: false, error: 'malformed-frame' };
  return decodeFrame(bytes.value);
}
