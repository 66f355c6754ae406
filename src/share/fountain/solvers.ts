// The two ways the fountain decoder turns frames into blocks, each with a bounded cost per frame.
// Work is counted in units (one unit = one 32-bit word XORed, or one block index handled), so tests
// can assert the bound without timing anything.
//
// Blocks are kept as Uint32Array words (the block size rounded up to 4 bytes), four times fewer
// XORs than bytes.

export interface Solver {
  /** Progress out of k: blocks known (peeling), or independent frames held (elimination); k means done. */
  readonly solvedCount: number;
  /** Cumulative work units spent. */
  readonly work: number;
  /** Takes one new frame: the (distinct) blocks it XORs and its payload, as words. */
  add(blocks: readonly number[], data: Uint32Array): void;
  /** Continues work left over from earlier frames (peeling only); call once per frame, even a repeated one. */
  pump(): void;
  /** Block `i` once every block is known. */
  block(i: number): Uint32Array | undefined;
}

function xorWords(target: Uint32Array, source: Uint32Array): number {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) ^ (source[i] as number);
  return target.length;
}

interface Row {
  bits: Uint32Array;
  data: Uint32Array;
}

/**
 * Dense frames (k ≤ 256): an incremental Gaussian elimination over GF(2) that keeps the rows in
 * reduced row echelon form. A new frame is reduced by the pivot rows it meets (≤ rank row XORs);
 * if anything is left it becomes the pivot row of its lowest remaining column, which is then
 * cleared from every other row (≤ rank row XORs). So one frame costs at most 2k row XORs, whatever
 * came before, and a frame that adds nothing (dependent, or a block never covered) is dropped
 * after the first half. When the rank reaches k, each row is a single block: nothing is left to do.
 */
export class EchelonSolver implements Solver {
  private readonly rows: (Row | undefined)[];
  private readonly words: number;
  private rank = 0;
  work = 0;

  constructor(private readonly k: number) {
    this.rows = new Array<Row | undefined>(k).fill(undefined);
    this.words = Math.ceil(k / 32);
  }

  get solvedCount(): number {
    return this.rank;
  }

  add(blocks: readonly number[], data: Uint32Array): void {
    if (this.rank === this.k) return;
    const bits = new Uint32Array(this.words);
    for (const b of blocks) bits[b >>> 5] = (bits[b >>> 5] as number) | (1 << (b & 31));
    this.work += blocks.length;
    const row: Row = { bits, data };
    for (let c = 0; c < this.k; c++) {
      const pivot = this.rows[c];
      if (pivot && ((bits[c >>> 5] as number) & (1 << (c & 31))) !== 0) this.xorRow(row, pivot);
    }
    this.work += this.k;
    const lead = lowestBit(bits);
    if (lead < 0) return; // nothing new: every block it mixes is already in the span
    for (const other of this.rows) {
      if (other && ((other.bits[lead >>> 5] as number) & (1 << (lead & 31))) !== 0) this.xorRow(other, row);
    }
    this.work += this.k;
    this.rows[lead] = row;
    this.rank++;
  }

  pump(): void {
    // Nothing is ever left over.
  }

  block(i: number): Uint32Array | undefined {
    return this.rank === this.k ? this.rows[i]?.data : undefined;
  }

  private xorRow(target: Row, source: Row): void {
    this.work += xorWords(target.bits, source.bits) + xorWords(target.data, source.data);
  }
}

function lowestBit(bits: Uint32Array): number {
  for (let w = 0; w < bits.length; w++) {
    const word = bits[w] as number;
    if (word !== 0) return w * 32 + (31 - Math.clz32(word & -word));
  }
  return -1;
}

interface Pending {
  /** Unknown blocks still mixed in. */
  remaining: number;
  /** XOR of their indexes: once one is left, this is it. */
  indexes: number;
  data: Uint32Array;
}

/** A robust-soliton frame mixing more unknown blocks than this is dropped (about 1 in 128 early on). */
export const MAX_PENDING_UNKNOWNS = 128;

/**
 * Robust-soliton frames (k > 256): belief-propagation "peeling". A frame with one unknown block
 * solves it, and each solved block is XORed out of the frames waiting on it, which may solve more.
 * That cascade can touch every held frame, so it runs under a budget per frame and resumes on the
 * next one (an animated code keeps looping; a repeated frame still moves it on). At most 2k + 64
 * frames are held, each with at most MAX_PENDING_UNKNOWNS unknown blocks.
 */
export class PeelingSolver implements Solver {
  private readonly solved: (Uint32Array | undefined)[];
  private readonly waitingOn: Pending[][];
  private readonly queue: [number, Uint32Array][] = [];
  /** A solved block still being XORed out of the frames waiting on it. */
  private spreading: [number, Uint32Array] | undefined;
  private held = 0;
  solvedCount = 0;
  work = 0;

  constructor(private readonly k: number, private readonly budget: number) {
    this.solved = new Array<Uint32Array | undefined>(k).fill(undefined);
    this.waitingOn = Array.from({ length: k }, () => []);
  }

  add(blocks: readonly number[], data: Uint32Array): void {
    const unknown: number[] = [];
    for (const b of blocks) {
      const known = this.solved[b];
      if (known) this.work += xorWords(data, known);
      else unknown.push(b);
    }
    this.work += blocks.length;
    if (unknown.length === 0) return;
    if (unknown.length === 1) {
      this.queue.push([unknown[0] as number, data]);
      return;
    }
    if (unknown.length > MAX_PENDING_UNKNOWNS || this.held >= 2 * this.k + 64) return;
    const entry: Pending = { remaining: unknown.length, indexes: 0, data };
    for (const b of unknown) {
      entry.indexes ^= b;
      this.waitingOn[b]?.push(entry);
    }
    this.held++;
  }

  pump(): void {
    const stopAt = this.work + this.budget;
    while (this.work < stopAt) {
      if (this.spreading) {
        const [block, data] = this.spreading;
        const entry = this.waitingOn[block]?.pop();
        if (!entry) {
          this.spreading = undefined;
          continue;
        }
        this.work++;
        if (entry.remaining === 0) continue; // already solved its last block
        this.work += xorWords(entry.data, data);
        entry.remaining--;
        entry.indexes ^= block;
        if (entry.remaining === 1) {
          entry.remaining = 0;
          this.held--;
          this.queue.push([entry.indexes, entry.data]);
        }
        continue;
      }
      const next = this.queue.pop();
      if (!next) return;
      this.work++;
      if (this.solved[next[0]]) continue;
      this.solved[next[0]] = next[1];
      this.solvedCount++;
      this.spreading = next;
    }
  }

  block(i: number): Uint32Array | undefined {
    return this.solved[i];
  }
}
