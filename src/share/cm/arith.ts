// Binary arithmetic coder with 32-bit bounds and no carry: the coder shifts a byte out as soon
// as the top bytes of its two bounds agree. p is the 12-bit probability that the bit is 1.
// Reading past the end of the input yields 0xFF bytes (docs/share-format.md §4.4).

function split(low: number, high: number, p: number): number {
  const range = high - low;
  // Exact in doubles: range < 2^32, p < 2^12.
  return low + Math.floor(range / 4096) * p + Math.floor(((range % 4096) * p) / 4096);
}

export class ArithEncoder {
  private low = 0;
  private high = 0xffff_ffff;
  private out: Uint8Array;
  private length = 0;

  constructor(sizeHint = 1024) {
    this.out = new Uint8Array(Math.max(16, sizeHint));
  }

  encode(bit: number, p: number): void {
    const mid = split(this.low, this.high, p);
    if (bit) this.high = mid;
    else this.low = mid + 1;
    while (((this.low ^ this.high) & 0xff00_0000) === 0) {
      this.push(this.high >>> 24);
      this.low = (this.low << 8) >>> 0;
      this.high = ((this.high << 8) | 0xff) >>> 0;
    }
  }

  /** One more byte pins a value inside the final interval, given the 0xFF padding on read. */
  finish(): Uint8Array {
    this.push(this.low >>> 24);
    return this.out.slice(0, this.length);
  }

  private push(byte: number): void {
    if (this.length === this.out.length) {
      const bigger = new Uint8Array(this.out.length * 2);
      bigger.set(this.out);
      this.out = bigger;
    }
    this.out[this.length++] = byte;
  }
}

export class ArithDecoder {
  private low = 0;
  private high = 0xffff_ffff;
  private x = 0;
  private offset = 0;

  constructor(private readonly input: Uint8Array) {
    for (let i = 0; i < 4; i++) this.x = ((this.x << 8) | this.nextByte()) >>> 0;
  }

  decode(p: number): number {
    const mid = split(this.low, this.high, p);
    const bit = this.x <= mid ? 1 : 0;
    if (bit) this.high = mid;
    else this.low = mid + 1;
    while (((this.low ^ this.high) & 0xff00_0000) === 0) {
      this.low = (this.low << 8) >>> 0;
      this.high = ((this.high << 8) | 0xff) >>> 0;
      this.x = ((this.x << 8) | this.nextByte()) >>> 0;
    }
    return bit;
  }

  private nextByte(): number {
    return this.offset < this.input.length ? this.input[this.offset++]! : (this.offset++, 0xff);
  }
}
