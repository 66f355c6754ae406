// Small byte helpers shared by the codecs: a bounds-checked reader, a growable writer, LEB128 varints.
// The reader never throws: every read reports failure so decoders can stay total.

/** Largest varint we accept: 2^32 - 1 keeps every length, count and sequence number in safe range. */
export const MAX_VARINT = 0xffff_ffff;
const MAX_VARINT_BYTES = 5;

export class ShareBugError extends Error {
  override name = 'ShareBugError';
}

export type ReadFailure = 'truncated' | 'too-large' | 'non-minimal';

export class ByteReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get position(): number {
    return this.offset;
  }

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  /** Returns the next byte, or -1 when there is none. */
  u8(): number {
    if (this.offset >= this.bytes.length) return -1;
    return this.bytes[this.offset++] ?? -1;
  }

  /** Big-endian uint32, or -1 when fewer than 4 bytes remain. */
  u32(): number {
    if (this.remaining < 4) return -1;
    const b = this.bytes;
    const o = this.offset;
    this.offset += 4;
    return (((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)) >>> 0;
  }

  /** A view (no copy) of the next n bytes; `undefined` when fewer remain (callers turn that into a result code). */
  take(n: number): Uint8Array | undefined {
    if (n < 0 || this.remaining < n) return undefined;
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  /** Unsigned LEB128, at most 5 bytes and at most MAX_VARINT, minimal encoding only. */
  varint(): { ok: true; value: number } | { ok: false; error: ReadFailure } {
    let value = 0;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const byte = this.u8();
      if (byte < 0) return { ok: false, error: 'truncated' };
      value += (byte & 0x7f) * 2 ** (7 * i);
      if ((byte & 0x80) === 0) {
        // A trailing zero group means the same number had a shorter spelling.
        if (i > 0 && byte === 0) return { ok: false, error: 'non-minimal' };
        if (value > MAX_VARINT) return { ok: false, error: 'too-large' };
        return { ok: true, value };
      }
    }
    return { ok: false, error: 'too-large' };
  }
}

export class ByteWriter {
  private buffer = new Uint8Array(256);
  private length = 0;

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  u8(value: number): this {
    this.ensure(1);
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  u32(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
      throw new ShareBugError(`ByteWriter.u32: ${value} is not a uint32`);
    }
    this.ensure(4);
    this.buffer[this.length++] = (value >>> 24) & 0xff;
    this.buffer[this.length++] = (value >>> 16) & 0xff;
    this.buffer[this.length++] = (value >>> 8) & 0xff;
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  bytes(data: Uint8Array): this {
    this.ensure(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
    return this;
  }

  varint(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) {
      throw new ShareBugError(`ByteWriter.varint: ${value} is out of range`);
    }
    let rest = value;
    while (rest >= 0x80) {
      this.u8((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    return this.u8(rest);
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export { toHex } from '../domain/hex';

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new ShareBugError('fromHex: not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
