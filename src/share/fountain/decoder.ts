// Fountain decoder: frames in any order, duplicates ignored. Dense frames (k <= DENSE_MAX_BLOCKS) go
// through an incremental Gaussian elimination over GF(2); robust-soliton frames through peeling
// (solvers.ts). Either way one frame costs a bounded amount of work, counted in `work`, whatever
// came before it: a hostile animated code cannot freeze the scanner.
// Frames are not authenticated; a forged or damaged frame can only make the CRC check fail, and the
// envelope inside carries its own signature anyway.
import { crc32 } from '../crc32';
import { DENSE_MAX_BLOCKS, chooseBlocks } from './degree';
import { frameFromText, type Frame, type FrameError } from './frame';
import { EchelonSolver, PeelingSolver, type Solver } from './solvers';

/** Mean overhead measured for the progress estimate (fountain.test.ts): a few frames beyond K. */
const EXPECTED_OVERHEAD = 0.05;

const wordsFor = (blockSize: number) => Math.ceil(blockSize / 4);

/**
 * The most work units (32-bit word XORs and block indexes handled) one frame can cost, for a
 * message of k blocks of blockSize bytes: about 3k block XORs, never more.
 */
export function maxWorkPerFrame(k: number, blockSize: number): number {
  const rowWords = k <= DENSE_MAX_BLOCKS ? Math.ceil(k / 32) : 0;
  return 3 * k * (rowWords + wordsFor(blockSize) + 1) + wordsFor(blockSize) + 2;
}

export type FountainError = FrameError | 'different-message' | 'checksum-mismatch';
export type FountainStatus =
  | { state: 'collecting'; progress: number; framesSeen: number }
  | { state: 'complete'; message: Uint8Array };
export type FountainResult = { ok: true; value: FountainStatus } | { ok: false; error: FountainError };

interface MessageId {
  k: number;
  length: number;
  crc: number;
  blockSize: number;
}

export class FountainDecoder {
  private id: MessageId | undefined;
  private solver: Solver | undefined;
  private seen = new Set<number>();
  private done: Uint8Array | undefined;
  private framesUsed = 0;
  private spent = 0;

  /** 0..1; 1 only once the message is rebuilt and its CRC matches. */
  get progress(): number {
    if (this.done) return 1;
    if (!this.id || !this.solver) return 0;
    const byFrames = this.framesUsed / (this.id.k * (1 + EXPECTED_OVERHEAD));
    return Math.min(0.99, Math.max(this.solver.solvedCount / this.id.k, byFrames));
  }

  /** Work units spent since this decoder was made (all messages, across resets). */
  get work(): number {
    return this.spent + (this.solver?.work ?? 0);
  }

  reset(): void {
    this.spent = this.work;
    this.id = undefined;
    this.solver = undefined;
    this.seen = new Set();
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
      const blockSize = frame.payload.length;
      this.id = { k: frame.k, length: frame.length, crc: frame.crc, blockSize };
      this.solver = frame.k <= DENSE_MAX_BLOCKS
        ? new EchelonSolver(frame.k)
        : new PeelingSolver(frame.k, 2 * frame.k * (wordsFor(blockSize) + 1));
    } else if (!this.sameMessage(frame)) {
      // The caller decides whether to reset(): usually after several frames of another code in a row.
      return { ok: false, error: 'different-message' };
    }
    const solver = this.solver as Solver;
    if (!this.seen.has(frame.seq)) {
      // The duplicate filter is only an optimisation (a repeated frame adds nothing), so it may forget.
      if (this.seen.size >= 8 * frame.k + 256) this.seen.clear();
      this.seen.add(frame.seq);
      this.framesUsed++;
      const data = new Uint32Array(wordsFor(frame.payload.length));
      new Uint8Array(data.buffer).set(frame.payload);
      solver.add(chooseBlocks(frame.seq, frame.k, frame.crc), data);
    }
    solver.pump();
    if (solver.solvedCount === frame.k) return this.finish(solver);
    return { ok: true, value: { state: 'collecting', progress: this.progress, framesSeen: this.framesUsed } };
  }

  private sameMessage(frame: Frame): boolean {
    const id = this.id;
    return id !== undefined && id.k === frame.k && id.length === frame.length && id.crc === frame.crc && id.blockSize === frame.payload.length;
  }

  private finish(solver: Solver): FountainResult {
    const id = this.id;
    if (!id) return { ok: false, error: 'malformed-frame' };
    const message = new Uint8Array(id.length);
    for (let b = 0; b < id.k; b++) {
      const words = solver.block(b);
      if (!words) return { ok: false, error: 'malformed-frame' };
      const bytes = new Uint8Array(words.buffer, words.byteOffset, id.blockSize);
      message.set(bytes.subarray(0, Math.min(id.blockSize, id.length - b * id.blockSize)), b * id.blockSize);
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
