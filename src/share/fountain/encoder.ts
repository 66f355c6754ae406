// Fountain encoder: any frame number can be produced on demand, forever.
import { ShareBugError } from '../bytes';
import { crc32 } from '../crc32';
import { chooseBlocks } from './degree';
import { MAX_BLOCKS, MAX_MESSAGE_BYTES, blockSizeFor, frameToText, type Frame } from './frame';

/**
 * 380 payload bytes + a header of at most 14 bytes is 394 bytes: 591 base45 characters plus the
 * 5-character prefix, 596 in all, fits a version 15 QR code at error correction M (600 alphanumeric
 * characters), which phone cameras read quickly.
 */
export const DEFAULT_BLOCK_BYTES = 380;

export interface FountainEncoder {
  readonly k: number;
  readonly blockSize: number;
  readonly crc: number;
  frame(seq: number): Frame;
  frameText(seq: number): string;
}

export function createFountainEncoder(message: Uint8Array, targetBlockBytes = DEFAULT_BLOCK_BYTES): FountainEncoder {
  if (message.length === 0 || message.length > MAX_MESSAGE_BYTES) {
    throw new ShareBugError(`createFountainEncoder: message of ${message.length} bytes is outside 1..${MAX_MESSAGE_BYTES}`);
  }
  if (!Number.isInteger(targetBlockBytes) || targetBlockBytes < 1) {
    throw new ShareBugError('createFountainEncoder: block size must be a positive integer');
  }
  const k = Math.ceil(message.length / targetBlockBytes);
  if (k > MAX_BLOCKS) throw new ShareBugError(`createFountainEncoder: ${k} blocks is over ${MAX_BLOCKS}`);
  // Spread the bytes evenly, so the last block carries as little padding as possible.
  const blockSize = blockSizeFor(message.length, k);
  const padded = new Uint8Array(k * blockSize);
  padded.set(message);
  const crc = crc32(message);

  const frame = (seq: number): Frame => {
    if (!Number.isInteger(seq) || seq < 1 || seq > 0xffff_ffff) throw new ShareBugError(`FountainEncoder.frame: bad seq ${seq}`);
    const payload = new Uint8Array(blockSize);
    for (const block of chooseBlocks(seq, k, crc)) {
      const start = block * blockSize;
      for (let i = 0; i < blockSize; i++) payload[i] = (payload[i] ?? 0) ^ (padded[start + i] ?? 0);
    }
    return { seq, k, length: message.length, crc, payload };
  };
  return { k, blockSize, crc, frame, frameText: (seq) => frameToText(frame(seq)) };
}
