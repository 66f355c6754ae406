// Raw DEFLATE (RFC 1951) via fflate, with a hard cap on inflated size so a "deflate bomb" cannot
// make us allocate more than a fixed amount.
import { deflateSync, Inflate } from 'fflate';

/** `dictionary` primes the window (a preset dictionary); the reader must pass the same bytes. */
export function deflateRaw(data: Uint8Array, dictionary?: Uint8Array): Uint8Array {
  return deflateSync(data, dictionary ? { level: 9, mem: 8, dictionary } : { level: 9, mem: 8 });
}

export type InflateResult = { ok: true; value: Uint8Array } | { ok: false; error: 'too-large' | 'malformed-body' };

/** Input is fed in small slices: DEFLATE expands at most ~1032:1, so one slice can overshoot the cap by ~0.5 MiB at most. */
const SLICE = 512;

class OverCap extends Error {}

export function inflateRawBounded(data: Uint8Array, maxOutput: number, dictionary?: Uint8Array): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    total += chunk.length;
    if (total > maxOutput) throw new OverCap();
    chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < data.length; offset += SLICE) {
      const end = Math.min(offset + SLICE, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    return { ok: false, error: e instanceof OverCap ? 'too-large' : 'malformed-body' };
  }
  if (!finished) return { ok: false, error: 'malformed-body' };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, value: out };
}
