// A deliberately small CBOR subset (RFC 8949), enough for share bodies and readable by any CBOR tool.
// Supported: unsigned/negative integers within ±2^53, byte strings, UTF-8 text, arrays, maps keyed by
// integers or text, false/true/null and float16/32/64. Everything definite-length and minimally encoded.
// Tags: only 1 (epoch date/time, RFC 8949 §3.4.2) around an integer or float, and 100 (days since
// 1970-01-01, RFC 8943) around an integer.
// Not supported (decode fails): other tags, indefinite lengths, `undefined`, other simple values, duplicate keys.
import { ShareBugError } from '../bytes';

export type CborKey = number | string;
export type CborValue =
  | null
  | boolean
  | number
  | string
  | Uint8Array
  | CborValue[]
  | CborMap
  | CborTag;

export const TAG_EPOCH_TIME = 1;
export const TAG_EPOCH_DAYS = 100;

/** A tagged number: 1 = seconds since the Unix epoch, 100 = days since 1970-01-01. */
export class CborTag {
  constructor(readonly tag: typeof TAG_EPOCH_TIME | typeof TAG_EPOCH_DAYS, readonly value: number) {}
}

/** A map keeps insertion order and may mix integer and text keys. */
export class CborMap {
  constructor(readonly entries: ReadonlyArray<readonly [CborKey, CborValue]>) {}
}

export interface CborLimits {
  maxDepth: number;
  maxBytes: number;
}
export const DEFAULT_CBOR_LIMITS: CborLimits = { maxDepth: 32, maxBytes: 2 * 1024 * 1024 };

export type CborDecodeResult = { ok: true; value: CborValue } | { ok: false; error: 'malformed-body' };

// ---------- encoding ----------

class Out {
  private parts: number[] = [];
  private chunks: Uint8Array[] = [];
  private size = 0;
  byte(b: number): void {
    this.parts.push(b & 0xff);
  }
  flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(Uint8Array.from(this.parts));
    this.size += this.parts.length;
    this.parts = [];
  }
  raw(bytes: Uint8Array): void {
    this.flush();
    this.chunks.push(bytes);
    this.size += bytes.length;
  }
  finish(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

function writeHead(out: Out, major: number, n: number): void {
  const m = major << 5;
  if (n < 24) out.byte(m | n);
  else if (n < 0x100) {
    out.byte(m | 24);
    out.byte(n);
  } else if (n < 0x10000) {
    out.byte(m | 25);
    out.byte(n >>> 8);
    out.byte(n);
  } else if (n < 0x1_0000_0000) {
    out.byte(m | 26);
    for (let s = 24; s >= 0; s -= 8) out.byte(n >>> s);
  } else {
    out.byte(m | 27);
    const hi = Math.floor(n / 0x1_0000_0000);
    const lo = n >>> 0;
    for (let s = 24; s >= 0; s -= 8) out.byte(hi >>> s);
    for (let s = 24; s >= 0; s -= 8) out.byte(lo >>> s);
  }
}

function writeNumber(out: Out, n: number): void {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    if (n >= 0) writeHead(out, 0, n);
    else writeHead(out, 1, -1 - n);
    return;
  }
  // Shortest exact float of 32 or 64 bits (float16 is decoded but never produced).
  if (Math.fround(n) === n || Number.isNaN(n)) {
    const view = new DataView(new ArrayBuffer(4));
    view.setFloat32(0, n);
    out.byte(0xfa);
    out.raw(new Uint8Array(view.buffer));
  } else {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, n);
    out.byte(0xfb);
    out.raw(new Uint8Array(view.buffer));
  }
}

const encoder = new TextEncoder();

function writeValue(out: Out, value: CborValue, depth: number): void {
  if (depth > DEFAULT_CBOR_LIMITS.maxDepth) throw new ShareBugError('encodeCbor: value nests too deeply');
  if (value === null) out.byte(0xf6);
  else if (value === false) out.byte(0xf4);
  else if (value === true) out.byte(0xf5);
  else if (typeof value === 'number') writeNumber(out, value);
  else if (typeof value === 'string') {
    const bytes = encoder.encode(value);
    writeHead(out, 3, bytes.length);
    out.raw(bytes);
  } else if (value instanceof Uint8Array) {
    writeHead(out, 2, value.length);
    out.raw(value);
  } else if (Array.isArray(value)) {
    writeHead(out, 4, value.length);
    for (const item of value) writeValue(out, item, depth + 1);
  } else if (value instanceof CborTag) {
    if (value.tag === TAG_EPOCH_DAYS && !Number.isSafeInteger(value.value)) {
      throw new ShareBugError('encodeCbor: tag 100 takes an integer');
    }
    writeHead(out, 6, value.tag);
    writeNumber(out, value.value);
  } else if (value instanceof CborMap) {
    writeHead(out, 5, value.entries.length);
    const seen = new Set<CborKey>();
    for (const [key, item] of value.entries) {
      if (seen.has(key)) throw new ShareBugError(`encodeCbor: duplicate map key ${String(key)}`);
      seen.add(key);
      if (typeof key === 'number' && !Number.isSafeInteger(key)) {
        throw new ShareBugError('encodeCbor: integer map keys must be safe integers');
      }
      writeValue(out, key, depth + 1);
      writeValue(out, item, depth + 1);
    }
  } else {
    throw new ShareBugError(`encodeCbor: unsupported value of type ${typeof value}`);
  }
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out = new Out();
  writeValue(out, value, 0);
  return out.finish();
}

// ---------- decoding ----------

class Malformed extends Error {}
const MALFORMED = new Malformed('malformed');
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class In {
  offset = 0;
  constructor(readonly bytes: Uint8Array, readonly maxDepth: number) {}
  byte(): number {
    const b = this.bytes[this.offset];
    if (b === undefined) throw MALFORMED;
    this.offset++;
    return b;
  }
  take(n: number): Uint8Array {
    if (n > this.bytes.length - this.offset) throw MALFORMED;
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  /** Reads the argument of a head; rejects non-minimal spellings and values beyond 2^53 - 1. */
  argument(info: number): number {
    if (info < 24) return info;
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (width === 0) throw MALFORMED; // 28-30 reserved, 31 indefinite length
    let n = 0;
    for (let i = 0; i < width; i++) n = n * 256 + this.byte();
    if (n > Number.MAX_SAFE_INTEGER) throw MALFORMED;
    const minimum = width === 1 ? 24 : width === 2 ? 0x100 : width === 4 ? 0x10000 : 0x1_0000_0000;
    if (n < minimum) throw MALFORMED;
    return n;
  }
}

function readFloat(input: In, info: number): number {
  if (info === 25) {
    const half = (input.byte() << 8) | input.byte();
    const exp = (half >> 10) & 0x1f;
    const mant = half & 0x3ff;
    const sign = half & 0x8000 ? -1 : 1;
    if (exp === 0) return sign * mant * 2 ** -24;
    if (exp === 31) return mant ? NaN : sign * Infinity;
    return sign * (1 + mant / 1024) * 2 ** (exp - 15);
  }
  const bytes = input.take(info === 26 ? 4 : 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return info === 26 ? view.getFloat32(0) : view.getFloat64(0);
}

function readValue(input: In, depth: number): CborValue {
  if (depth > input.maxDepth) throw MALFORMED;
  const head = input.byte();
  const major = head >> 5;
  const info = head & 0x1f;
  switch (major) {
    case 0:
      return input.argument(info);
    case 1:
      return -1 - input.argument(info);
    case 2:
      return input.take(input.argument(info)).slice();
    case 3:
      try {
        return utf8.decode(input.take(input.argument(info)));
      } catch (e) {
        if (e === MALFORMED) throw e;
        throw MALFORMED;
      }
    case 4: {
      const count = input.argument(info);
      // Every item takes at least one byte, so a count beyond what remains is a lie: refuse before allocating.
      if (count > input.bytes.length - input.offset) throw MALFORMED;
      const items: CborValue[] = [];
      for (let i = 0; i < count; i++) items.push(readValue(input, depth + 1));
      return items;
    }
    case 5: {
      const count = input.argument(info);
      if (count * 2 > input.bytes.length - input.offset) throw MALFORMED;
      const entries: (readonly [CborKey, CborValue])[] = [];
      const seen = new Set<CborKey>();
      for (let i = 0; i < count; i++) {
        const key = readValue(input, depth + 1);
        if (typeof key !== 'string' && !(typeof key === 'number' && Number.isInteger(key))) throw MALFORMED;
        if (seen.has(key)) throw MALFORMED;
        seen.add(key);
        entries.push([key, readValue(input, depth + 1)]);
      }
      return new CborMap(entries);
    }
    case 7:
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      if (info === 25 || info === 26 || info === 27) return readFloat(input, info);
      throw MALFORMED;
    case 6: {
      const tag = input.argument(info);
      const content = readValue(input, depth + 1);
      if (typeof content !== 'number' || !Number.isFinite(content)) throw MALFORMED;
      if (tag === TAG_EPOCH_TIME) return new CborTag(TAG_EPOCH_TIME, content);
      if (tag === TAG_EPOCH_DAYS && Number.isInteger(content)) return new CborTag(TAG_EPOCH_DAYS, content);
      throw MALFORMED;
    }
    default:
      throw MALFORMED;
  }
}

/** Total: any bytes give a value or 'malformed-body'. Exactly one item, with nothing after it. */
export function decodeCbor(bytes: Uint8Array, limits: CborLimits = DEFAULT_CBOR_LIMITS): CborDecodeResult {
  if (bytes.length > limits.maxBytes) return { ok: false, error: 'malformed-body' };
  const input = new In(bytes, limits.maxDepth);
  try {
    const value = readValue(input, 0);
    if (input.offset !== bytes.length) return { ok: false, error: 'malformed-body' };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, error: 'malformed-body' };
    // Anything else (e.g. RangeError from a runaway allocation) is still an input problem, not a crash.
    return { ok: false, error: 'malformed-body' };
  }
}
