// Seeded pseudo-random numbers for the fountain code: splitmix32 expands the seed into the state of
// xoshiro128** (Blackman and Vigna). All arithmetic is 32-bit, so any language can reproduce it.

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) >>> 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    const state = { s: seed >>> 0 };
    this.s0 = splitmix32(state);
    this.s1 = splitmix32(state);
    this.s2 = splitmix32(state);
    this.s3 = splitmix32(state);
    // An all-zero state would stay zero forever; splitmix32 cannot produce it, but be explicit.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next uint32. */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Integer in [0, n) as floor(next * n / 2^32); exact in doubles for n < 2^21. */
  below(n: number): number {
    return Math.floor((this.next() * n) / 0x1_0000_0000);
  }
}

/** The seed of fountain frame `seq` for the message with checksum `crc`. Distinct seqs give distinct seeds. */
export function frameSeed(crc: number, seq: number): number {
  return (crc ^ Math.imul(seq, 0x9e3779b9)) >>> 0;
}
