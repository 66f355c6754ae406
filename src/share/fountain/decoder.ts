// Fountain decoder: frames in any order, duplicates ignored. Belief-propagation ("peeling") solves
// what it can; Gaussian elimination over GF(2) finishes small messages (K <= DENSE_MAX_BLOCKS).
// Frames are not authenticated; a forged or damaged frame can only make the CRC check fail, and the
// envelope inside carries its own signature anyway.
import { crc32 } from '../crc32';
import { DENSE_MAX_BLOCKS, chooseBlocks } from './degree';
import { frameFromText, type Frame, type FrameError } from './frame';

/** Mean overhead measured for the progress estimate (fountain.test.ts): a few frames beyond K. */
const EXPECTED_OVERHEAD = 0.05;
/** Elimination costs O(unknowns^2 x block size); above this we rely on peeling alone. */
const MAX_ELIMINATION_UNKNOWNS = DENSE_MAX_BLOCKS;

export type FountainError = FrameError | 'different-message' | 'checksum-mismatch';
export type FountainStatus =
  | { state: 'collecting'; progress: number; framesSeen: number }
  | { state: 'complete'; message: Uint8Array };
export type FountainResult = { ok: true; value: FountainStatus } | { ok: false; error: FountainError };

interface Pending {
  blocks: Set<number>;
  data: Uint8Array;
}

interface MessageId {
  k: number;
  length: number;
  crc: number;
  blockSize: number;
}

export class FountainDecoder {
  private id: MessageId | undefined;
  private solved: (Uint8Array | undefined)[] = [];
  private solvedCount = 0;
  private seen = new Set<number>();
  private pending = new Set<Pending>();
  private waitingOn = new Map<number, Set<Pending>>();
  private done: Uint8Array | undefined;
  private framesUsed = 0;

  /** 0..1; 1 only once the message is rebuilt and its CRC matches. */
  get progress(): number {
    if (this.done) return 1;
    if (!this.id) return 0;
    const byFrames = this.framesUsed / (this.id.k * (1 + EXPECTED_OVERHEAD));
    return Math.min(0.99, Math.max(this.solvedCount / this.id.k, byFrames));
  }

  reset(): void {
    this.id = undefined;
    this.solved = [];
    this.solvedCount = 0;
    this.seen = new Set();
    this.pending = new Set();
    this.waitingOn = new Map();
    this.done = undefined;
    this.framesUsed = 0;
  }

  receiveText(text: string): FountainResult {
    const frame = frameFromText(text);
    return frame.ok ? this.receive(frame.value) : frame;
  }

  receive(frame: Frame): FountainResult {
    if (this.done) {
      if (this.id && !this.sameMessage(frame)) return { ok: false, error: 'different-message' };
      return { ok: true, value: { state: 'complete', message: this.done } };
    }
    if (!this.id) {
      this.id = { k: frame.k, length: frame.length, crc: frame.crc, blockSize: frame.payload.length };
      this.solved = new Array<Uint8Array | undefined>(frame.k).fill(undefined);
    } else if (!this.sameMessage(frame)) {
      // The caller decides whether to reset(): usually after several frames of another code in a row.
      return { ok: false, error: 'different-message' };
    }
    if (!this.seen.has(frame.seq)) {
      // The duplicate filter is only an optimisation (a repeated frame adds nothing), so it may forget.
      if (this.seen.size >= 8 * frame.k + 256) this.seen.clear();
      this.seen.add(frame.seq);
      this.framesUsed++;
      this.absorb(chooseBlocks(frame.seq, frame.k, frame.crc), frame.payload.slice());
    }
    if (this.solvedCount < frame.k) this.eliminate();
    if (this.solvedCount === frame.k) return this.finish();
    return { ok: true, value: { state: 'collecting', progress: this.progress, framesSeen: this.framesUsed } };
  }

  private sameMessage(frame: Frame): boolean {
    const id = this.id;
    return id !== undefined && id.k === frame.k && id.length === frame.length && id.crc === frame.crc && id.blockSize === frame.payload.length;
  }

  private absorb(blocks: number[], data: Uint8Array): void {
    const unknown = new Set<number>();
    for (const b of blocks) {
      const known = this.solved[b];
      if (known) xorInto(data, known);
      else unknown.add(b);
    }
    if (unknown.size === 0) return;
    if (unknown.size === 1) {
      this.solve([...unknown][0] ?? 0, data);
      return;
    }
    // Memory bound: at most 2K + 64 unsolved frames are kept; later ones are used only if they solve a block.
    if (this.pending.size >= 2 * (this.id?.k ?? 0) + 64) return;
    const entry: Pending = { blocks: unknown, data };
    this.pending.add(entry);
    for (const b of unknown) {
      let set = this.waitingOn.get(b);
      if (!set) this.waitingOn.set(b, (set = new Set()));
      set.add(entry);
    }
  }

  /** Records a block, then peels every pending frame that it reduces to a single unknown. */
  private solve(first: number, firstData: Uint8Array): void {
    const queue: [number, Uint8Array][] = [[first, firstData]];
    while (queue.length > 0) {
      const [block, data] = queue.pop() ?? [0, new Uint8Array(0)];
      if (this.solved[block]) continue;
      this.solved[block] = data;
      this.solvedCount++;
      const waiting = this.waitingOn.get(block);
      this.waitingOn.delete(block);
      for (const entry of waiting ?? []) {
        xorInto(entry.data, data);
        entry.blocks.delete(block);
        if (entry.blocks.size === 1) {
          const last = [...entry.blocks][0] ?? 0;
          this.pending.delete(entry);
          this.waitingOn.get(last)?.delete(entry);
          queue.push([last, entry.data]);
        }
      }
    }
  }

  /**
   * Peeling stalls when every pending frame still mixes two or more unknown blocks. Then, if there are
   * at least as many such frames as unknowns (and the system is small enough), Gaussian elimination
   * over GF(2) finishes the job with far fewer frames than peeling alone would need.
   */
  private eliminate(): void {
    const unknowns = this.solved.flatMap((block, i) => (block ? [] : [i]));
    if (unknowns.length > MAX_ELIMINATION_UNKNOWNS || this.pending.size < unknowns.length) return;
    const column = new Map(unknowns.map((b, c) => [b, c] as const));
    const words = Math.ceil(unknowns.length / 32);
    const rows = [...this.pending].map((entry) => {
      const bits = new Uint32Array(words);
      for (const b of entry.blocks) {
        const c = column.get(b) ?? 0;
        bits[c >>> 5] = (bits[c >>> 5] ?? 0) | (1 << (c & 31));
      }
      return { bits, data: entry.data.slice() };
    });
    for (let c = 0; c < unknowns.length; c++) {
      const word = c >>> 5;
      const mask = 1 << (c & 31);
      const pivot = rows.findIndex((row, r) => r >= c && ((row.bits[word] ?? 0) & mask) !== 0);
      if (pivot < 0) return; // not enough independent frames yet
      const pivotRow = rows[pivot];
      if (!pivotRow) return;
      rows[pivot] = rows[c] ?? pivotRow;
      rows[c] = pivotRow;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        if (r === c || !row || ((row.bits[word] ?? 0) & mask) === 0) continue;
        for (let w = 0; w < words; w++) row.bits[w] = (row.bits[w] ?? 0) ^ (pivotRow.bits[w] ?? 0);
        xorInto(row.data, pivotRow.data);
      }
    }
    unknowns.forEach((block, c) => {
      this.solved[block] = rows[c]?.data;
    });
    this.solvedCount = this.solved.length;
    this.pending.clear();
    this.waitingOn.clear();
  }

  private finish(): FountainResult {
    const id = this.id;
    if (!id) return { ok: false, error: 'malformed-frame' };
    const message = new Uint8Array(id.length);
    for (let b = 0; b < id.k; b++) {
      const block = this.solved[b] ?? new Uint8Array(0);
      message.set(block.subarray(0, Math.min(id.blockSize, id.length - b * id.blockSize)), b * id.blockSize);
    }
    if (crc32(message) !== id.crc) {
      // Some frame was damaged or forged: start again rather than return wrong bytes.
      this.reset();
      return { ok: false, error: 'checksum-mismatch' };
    }
    this.done = message;
    return { ok: true, value: { state: 'complete', message } };
  }
}

function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) ^ (source[i] ?? 0);
}
