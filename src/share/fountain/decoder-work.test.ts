// The fountain decoder's cost per frame is bounded, whatever the stream. Work is counted in units
// (32-bit words XORed, block indexes handled), never timed here: `npm run bench` times the same
// crafted stream (BENCH_ONLY=fountain).
import { describe, expect, it } from 'vitest';
import { craftedStream } from '../testing/crafted-stream';
import { FountainDecoder, maxWorkPerFrame } from './decoder';
import { createFountainEncoder } from './encoder';

function feed(decoder: FountainDecoder, frames: ReturnType<typeof craftedStream>['frames']) {
  const costs: number[] = [];
  for (const frame of frames) {
    const before = decoder.work;
    const result = decoder.receive(frame);
    costs.push(decoder.work - before);
    expect(result).toMatchObject({ ok: true, value: { state: 'collecting' } });
  }
  return costs;
}

describe('fountain decoder work per frame', () => {
  [
    { k: 256, blockSize: 380, label: 'normal 380-byte blocks', distinct: 256 + 64 },
    { k: 256, blockSize: 2048, label: '2 KiB blocks', distinct: 256 + 24 },
  ].forEach(({ k, blockSize, label, distinct }) => {
    it(`dense, k = ${k}, ${label}, a block never covered, every frame shown 3 times: each frame within the bound, repeats free`, () => {
      const stream = craftedStream({ k, blockSize, ...(distinct ? { distinct } : {}) });
      const decoder = new FountainDecoder();
      const costs = feed(decoder, stream.frames);
      const bound = maxWorkPerFrame(k, blockSize);
      expect(Math.max(...costs)).toBeLessThanOrEqual(bound);
      // The second and third showings of every frame cost nothing.
      const firstRound = stream.frames.length / 3;
      expect(costs.slice(firstRound).every((c) => c === 0)).toBe(true);
      // Over the whole first round, about k row operations per frame on average at most.
      expect(costs.slice(0, firstRound).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(firstRound * bound);
      // The one missing frame completes it, with the right bytes.
      const before = decoder.work;
      expect(decoder.receive(stream.missingFrame)).toEqual({ ok: true, value: { state: 'complete', message: stream.message } });
      expect(decoder.work - before).toBeLessThanOrEqual(bound);
    });
  });

  it('robust soliton, k = 400, a block never covered, repeated frames: each frame within the bound', () => {
    const stream = craftedStream({ k: 400, blockSize: 200, distinct: 1200 });
    const decoder = new FountainDecoder();
    const costs = feed(decoder, stream.frames);
    expect(Math.max(...costs)).toBeLessThanOrEqual(maxWorkPerFrame(400, 200));
  });

  it('robust soliton: an honest stream still completes under the per-frame budget', () => {
    const message = new Uint8Array(400 * 100).map((_, i) => (i * 7) & 0xff);
    const encoder = createFountainEncoder(message, 100);
    const decoder = new FountainDecoder();
    const bound = maxWorkPerFrame(encoder.k, encoder.blockSize);
    let seq = encoder.k + 1;
    let result = decoder.receive(encoder.frame(seq));
    while (!(result.ok && result.value.state === 'complete') && seq < 20 * encoder.k) {
      const before = decoder.work;
      result = decoder.receive(encoder.frame(++seq));
      expect(decoder.work - before).toBeLessThanOrEqual(bound);
    }
    expect(result).toEqual({ ok: true, value: { state: 'complete', message } });
  });

  it('the bound is linear in k: a few block operations per block, not k² as a full elimination', () => {
    expect(maxWorkPerFrame(256, 380)).toBeLessThan(4 * 256 * (8 + 95 + 1));
    expect(maxWorkPerFrame(256, 380)).toBeLessThan((256 * 256 * 95) / 20);
  });
});
