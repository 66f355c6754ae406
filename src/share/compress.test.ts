import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRawBounded } from './compress';

describe('inflateRawBounded', () => {
  it('round-trips deflated data', () => {
    const data = new TextEncoder().encode('hello hello hello family file '.repeat(50));
    const result = inflateRawBounded(deflateRaw(data), 1 << 20);
    expect(result).toEqual({ ok: true, value: data });
  });

  it('round-trips empty input', () => {
    expect(inflateRawBounded(deflateRaw(new Uint8Array(0)), 10)).toEqual({ ok: true, value: new Uint8Array(0) });
  });

  it('stops a deflate bomb at the cap', () => {
    // 64 MiB of zeros compresses to ~64 KiB; the cap is 2 MiB.
    const bomb = deflateRaw(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const before = process.memoryUsage().heapUsed;
    const result = inflateRawBounded(bomb, 2 * 1024 * 1024);
    expect(result).toEqual({ ok: false, error: 'too-large' });
    // We must not have materialised anything near 64 MiB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('reports truncated and garbage streams as malformed', () => {
    const deflated = deflateRaw(new TextEncoder().encode('some text to squeeze, some text to squeeze'));
    expect(inflateRawBounded(deflated.subarray(0, deflated.length - 3), 1000)).toEqual({ ok: false, error: 'malformed-body' });
    expect(inflateRawBounded(Uint8Array.from([0xff, 0xff, 0xff]), 1000)).toEqual({ ok: false, error: 'malformed-body' });
  });

  it('accepts output exactly at the cap and refuses one byte more', () => {
    const data = new Uint8Array(1000).fill(7);
    expect(inflateRawBounded(deflateRaw(data), 1000).ok).toBe(true);
    expect(inflateRawBounded(deflateRaw(data), 999)).toEqual({ ok: false, error: 'too-large' });
  });
});
