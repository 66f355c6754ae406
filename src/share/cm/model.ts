// The context-mixing predictor: for each bit of the byte stream it gives the probability that
// the bit is 1, from six context models (the last 0-4 bytes, and the current word), one match
// model (the byte that followed the last time the previous 6 bytes were seen), mixed in the
// logistic domain by weights learnt as it goes, then refined by an APM keyed by the last byte.
// Integer arithmetic only, so every reader predicts exactly the same numbers.
// Spelled out in docs/share-format.md §4.4.
import { squash, stretch } from './logistic';

const TABLE_BITS = 18;
const TABLE_SIZE = 1 << TABLE_BITS;
const ORDERS = [0, 1, 2, 3, 4] as const;
const CONTEXTS = ORDERS.length + 1; // + the word model
const INPUTS = CONTEXTS + 2; // + the match model + a constant bias
const COUNT_LIMIT = 127;
const MATCH_MIN = 6;
const MATCH_BITS = 16;
const MATCH_VERIFY = 16;
const INITIAL_WEIGHT = 19_661; // 0.3 in 16.16 fixed point
const WEIGHT_LIMIT = 1 << 24; // ±256.0: keeps the dot product exact in doubles
const BIAS_INPUT = 256;
const INITIAL_SLOT = 32_768 << 8; // probability 1/2, seen 0 times

/** Learning rate of a context slot seen n times before: 1/(n + 1.5) in 16-bit fixed point. */
const RATE: Uint16Array = Uint16Array.from({ length: COUNT_LIMIT + 1 }, (_, n) => Math.floor(131_072 / (2 * n + 3)));

const isLetter = (b: number) => (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 128;

interface Saved {
  weights: Int32Array;
  apm: Uint16Array;
  matchProbs: Uint16Array;
  hashes: Int32Array;
  length: number;
  word: number;
  matchPtr: number;
  matchLength: number;
}

export class Predictor {
  /**
   * One slot per context and partial nibble: (16-bit probability << 8) | times seen. The 15 slots of
   * a nibble share a 16-slot bucket, so a byte costs two memory fetches per context, not eight.
   */
  private readonly slotTable = new Uint32Array(CONTEXTS * TABLE_SIZE).fill(INITIAL_SLOT);
  private readonly weights = new Int32Array(512 * INPUTS).fill(INITIAL_WEIGHT);
  private readonly matchTable = new Int32Array(1 << MATCH_BITS);
  private readonly matchProbs = new Uint16Array(32).fill(32_768);
  private readonly apm = Uint16Array.from({ length: 256 * 33 }, (_, i) => squash(((i % 33) - 16) * 128) * 16);
  private history: Uint8Array;
  private length = 0;
  private readonly hashes = new Int32Array(CONTEXTS);
  private readonly buckets = new Int32Array(CONTEXTS);
  private readonly slots = new Int32Array(CONTEXTS);
  private readonly inputs = new Int32Array(INPUTS);
  private word = 0;
  private partial = 1; // 1, then the bits of the current byte seen so far behind a leading 1
  private matchPtr = 0;
  private matchLength = 0;
  private matchSlot = -1;
  private mixed = 2048;
  private weightBase = 0;
  private apmSlot = 0;
  private apmWeight = 0;
  // While a message is coded on a primed model, every table write is journaled so the model can be
  // put back as the primer left it (cheaper than copying ~6 MB of tables for each message).
  private journal: Int32Array | undefined;
  private journalLength = 0;
  private saved: Saved | undefined;

  constructor(capacity: number) {
    this.history = new Uint8Array(capacity);
    this.hashContexts();
  }

  /** Starts journaling: rollback() returns the model to this point. For a message of `bytes`. */
  checkpoint(bytes: number): void {
    this.saved = {
      weights: this.weights.slice(), apm: this.apm.slice(), matchProbs: this.matchProbs.slice(), hashes: this.hashes.slice(),
      length: this.length, word: this.word, matchPtr: this.matchPtr, matchLength: this.matchLength,
    };
    // Per bit: one (old value, slot) pair per context; per byte: one (old position, key, -1) triple.
    this.journal = new Int32Array(bytes * (8 * CONTEXTS * 2 + 3) + 16);
    this.journalLength = 0;
  }

  rollback(): void {
    const saved = this.saved;
    const journal = this.journal;
    if (!saved || !journal) throw new Error('Predictor.rollback: no checkpoint');
    let i = this.journalLength;
    while (i > 0) {
      const tag = journal[--i]!;
      if (tag < 0) {
        const key = journal[--i]!;
        this.matchTable[key] = journal[--i]!;
      } else {
        this.slotTable[tag] = journal[--i]!;
      }
    }
    // The message's bytes must not linger in the cached model.
    this.history.fill(0, saved.length, this.length);
    this.weights.set(saved.weights);
    this.apm.set(saved.apm);
    this.matchProbs.set(saved.matchProbs);
    this.hashes.set(saved.hashes);
    this.length = saved.length;
    this.word = saved.word;
    this.matchPtr = saved.matchPtr;
    this.matchLength = saved.matchLength;
    this.partial = 1;
    this.journal = undefined;
    this.saved = undefined;
  }

  /** Learns from bytes without coding them: how a primer is read. */
  learn(bytes: Uint8Array): void {
    for (const byte of bytes) {
      for (let j = 7; j >= 0; j--) {
        this.predict();
        this.update((byte >> j) & 1);
      }
    }
  }

  /** The 12-bit probability (1..4095) that the next bit is 1. */
  predict(): number {
    const c0 = this.partial;
    const done = 31 - Math.clz32(c0);
    if (done === 0 || done === 4) this.pickBuckets(c0);
    const inNibble = done < 4 ? c0 : (1 << (done - 4)) | (c0 & ((1 << (done - 4)) - 1));
    for (let i = 0; i < CONTEXTS; i++) {
      const slot = this.buckets[i]! + inNibble;
      this.slots[i] = slot;
      this.inputs[i] = stretch(this.slotTable[slot]! >>> 12);
    }
    this.inputs[CONTEXTS] = this.matchInput(c0, done);
    this.inputs[CONTEXTS + 1] = BIAS_INPUT;
    this.weightBase = (c0 + (this.matchSlot >= 0 ? 256 : 0)) * INPUTS;
    let dot = 0;
    for (let i = 0; i < INPUTS; i++) dot += this.weights[this.weightBase + i]! * this.inputs[i]!;
    this.mixed = squash(Math.floor(dot / 65_536));
    // A second opinion keyed by the previous byte, interpolated between 33 log-odds buckets.
    const s = stretch(this.mixed) + 2048;
    const last = this.length > 0 ? this.history[this.length - 1]! : 0;
    this.apmWeight = s & 127;
    this.apmSlot = last * 33 + (s >> 7);
    const refined = (this.apm[this.apmSlot]! * (128 - this.apmWeight) + this.apm[this.apmSlot + 1]! * this.apmWeight) >> 11;
    return Math.min(4095, Math.max(1, (this.mixed + 3 * refined) >> 2));
  }

  update(bit: number): void {
    const error = (bit << 12) - this.mixed;
    for (let i = 0; i < INPUTS; i++) {
      const w = this.weightBase + i;
      const next = this.weights[w]! + Math.floor((this.inputs[i]! * error) / 512);
      this.weights[w] = next > WEIGHT_LIMIT ? WEIGHT_LIMIT : next < -WEIGHT_LIMIT ? -WEIGHT_LIMIT : next;
    }
    const target = bit ? 65_535 : 0;
    const a = this.apmSlot;
    this.apm[a] = this.apm[a]! + (((target - this.apm[a]!) * (128 - this.apmWeight)) >> 13);
    this.apm[a + 1] = this.apm[a + 1]! + (((target - this.apm[a + 1]!) * this.apmWeight) >> 13);
    for (let i = 0; i < CONTEXTS; i++) {
      const slot = this.slots[i]!;
      const value = this.slotTable[slot]!;
      const n = value & 0xff;
      const p = value >>> 8;
      if (this.journal) {
        this.journal[this.journalLength++] = value;
        this.journal[this.journalLength++] = slot;
      }
      const next = p + Math.floor(((target - p) * RATE[n]!) / 65_536);
      this.slotTable[slot] = (next << 8) | (n < COUNT_LIMIT ? n + 1 : n);
    }
    if (this.matchSlot >= 0) {
      const p = this.matchProbs[this.matchSlot]!;
      this.matchProbs[this.matchSlot] = p + ((target - p) >> 6);
    }
    this.partial = (this.partial << 1) | bit;
    if (this.partial >= 256) {
      this.endByte(this.partial & 0xff);
      this.partial = 1;
    }
  }

  /** At the start of each nibble, each context picks the 16-slot bucket for what is known of the byte. */
  private pickBuckets(c0: number): void {
    const bitHash = Math.imul(c0, 0x1b87_3593);
    for (let i = 0; i < CONTEXTS; i++) {
      const h = Math.imul(this.hashes[i]! ^ bitHash, 0xcc9e_2d51) >>> (32 - TABLE_BITS);
      this.buckets[i] = (h & ~15) + i * TABLE_SIZE;
    }
  }

  /** The match model's input: its learnt confidence in the bit the earlier occurrence had, or 0. */
  private matchInput(c0: number, done: number): number {
    this.matchSlot = -1;
    if (this.matchLength === 0) return 0;
    const expected = this.history[this.matchPtr]!;
    if ((expected | 256) >> (8 - done) !== c0) {
      this.matchLength = 0; // this byte went another way
      return 0;
    }
    const bit = (expected >> (7 - done)) & 1;
    this.matchSlot = Math.min(this.matchLength, 15) * 2 + bit;
    return stretch(this.matchProbs[this.matchSlot]! >>> 4);
  }

  private endByte(byte: number): void {
    if (this.length === this.history.length) {
      const bigger = new Uint8Array(this.history.length * 2 + 1024);
      bigger.set(this.history);
      this.history = bigger;
    }
    this.history[this.length++] = byte;
    this.word = isLetter(byte) ? (Math.imul(this.word ^ (byte | 32), 0x2f0b_3c45) + 1) | 0 : 0;
    this.followMatch(byte);
    this.hashContexts();
  }

  private followMatch(byte: number): void {
    const h = this.history;
    const n = this.length;
    if (this.matchLength > 0) {
      if (h[this.matchPtr] === byte) {
        this.matchLength = Math.min(this.matchLength + 1, 65_535);
        this.matchPtr++;
      } else {
        this.matchLength = 0;
      }
    }
    if (n < MATCH_MIN) return;
    let key = 0;
    for (let k = 1; k <= MATCH_MIN; k++) key = (Math.imul(key ^ h[n - k]!, 0x2c1b_3c6d) + k) | 0;
    key >>>= 32 - MATCH_BITS;
    if (this.matchLength === 0) {
      const candidate = this.matchTable[key]!;
      if (candidate > 0) {
        let same = 0;
        while (same < MATCH_VERIFY && candidate - 1 - same >= 0 && h[candidate - 1 - same] === h[n - 1 - same]) same++;
        if (same > 0) {
          this.matchLength = same;
          this.matchPtr = candidate;
        }
      }
    }
    if (this.journal) {
      this.journal[this.journalLength++] = this.matchTable[key]!;
      this.journal[this.journalLength++] = key;
      this.journal[this.journalLength++] = -1;
    }
    this.matchTable[key] = n;
  }

  /** One hash per context for the byte about to be coded. */
  private hashContexts(): void {
    const h = this.history;
    const n = this.length;
    for (let i = 0; i < ORDERS.length; i++) {
      let hash = Math.imul(i + 1, 0x9e37_79b1);
      for (let k = 1; k <= ORDERS[i]!; k++) hash = (Math.imul(hash ^ (n - k >= 0 ? h[n - k]! : 0), 0x85eb_ca6b) + k) | 0;
      this.hashes[i] = hash;
    }
    const last = n > 0 ? h[n - 1]! : 0;
    this.hashes[ORDERS.length] = Math.imul(Math.imul(CONTEXTS, 0x9e37_79b1) ^ this.word, 0x85eb_ca6b) ^ last;
  }
}
