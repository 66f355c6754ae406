// The outside review's hostile animated code: a message whose block `missing` no frame ever
// covers (so it can never complete), shown as a loop in which every frame comes round again and
// again. Before the fix each of those frames re-ran a full elimination. Tests, fuzz and bench.
import { chooseBlocks } from '../fountain/degree';
import { createFountainEncoder } from '../fountain/encoder';
import type { Frame } from '../fountain/frame';

export interface CraftedStream {
  k: number;
  blockSize: number;
  message: Uint8Array;
  /** The frames in the order shown, repeats included; none covers block `missing`. */
  frames: Frame[];
  missing: number;
  /** The one frame that would complete it: block `missing` alone. */
  missingFrame: Frame;
}

export function craftedStream(opts: { k?: number; blockSize?: number; distinct?: number; repeats?: number } = {}): CraftedStream {
  const k = opts.k ?? 256;
  const blockSize = opts.blockSize ?? 380;
  const message = new Uint8Array(k * blockSize);
  for (let i = 0; i < message.length; i++) message[i] = (i * 131 + (i >>> 8)) & 0xff;
  const encoder = createFountainEncoder(message, blockSize);
  const missing = k - 1;
  const distinct: Frame[] = [];
  // Fountain frames only (no systematic ones, which peeling would solve one by one), each
  // leaving out the last block: the elimination that fails at the last column is the costliest.
  for (let seq = k + 1; distinct.length < (opts.distinct ?? k + 64); seq++) {
    if (chooseBlocks(seq, k, encoder.crc).includes(missing)) continue;
    distinct.push(encoder.frame(seq));
  }
  const frames: Frame[] = [];
  const repeats = opts.repeats ?? 3;
  for (let round = 0; round < repeats; round++) frames.push(...distinct);
  return { k, blockSize, message, frames, missing, missingFrame: encoder.frame(missing + 1) };
}
