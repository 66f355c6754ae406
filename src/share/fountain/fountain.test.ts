import { describe, expect, it } from 'vitest';
import { crc32 } from '../crc32';
import { Xoshiro128 } from './prng';
import { chooseBlocks, robustSolitonThresholds } from './degree';
import { createFountainEncoder } from './encoder';
import { FountainDecoder } from './decoder';
import { decodeFrame, encodeFrame, frameFromText, frameToText } from './frame';

function message(length: number, seed: number): Uint8Array {
  const rng = new Xoshiro128(seed);
  return Uint8Array.from({ length }, () => rng.next() & 0xff);
}

function shuffle<T>(items: T[], rng: Xoshiro128): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Frames needed to finish when distinct frames (systematic and fountain) arrive in random order. */
function framesNeeded(k: number, trial: number): number {
  const enc = createFountainEncoder(message(k * 20, trial), 20);
  const rng = new Xoshiro128(0xfeed + trial * 7919 + k);
  const order = shuffle(Array.from({ length: 4 * k }, (_, i) => i + 1), rng);
  const dec = new FountainDecoder();
  for (let n = 0; n < order.length; n++) {
    const r = dec.receive(enc.frame(order[n] ?? 1));
    if (r.ok && r.value.state === 'complete') return n + 1;
  }
  return Infinity;
}

describe('xoshiro128** with splitmix32 seeding', () => {
  it('gives this fixed sequence for seed 1 (the spec in docs/share-format.md)', () => {
    const rng = new Xoshiro128(1);
    const first = [rng.next(), rng.next(), rng.next(), rng.next()];
    // Recorded once from this implementation; a port must reproduce them exactly.
    expect(first).toEqual(FIRST_FOUR_SEED_1);
  });
});

// Filled from the implementation the first time it ran, then frozen: it pins the PRNG forever.
const FIRST_FOUR_SEED_1 = [2442144158, 3238099751, 3819917871, 2104621829];

describe('robust soliton', () => {
  it('ends at 2^32 and never decreases', () => {
    for (const k of [1, 2, 10, 30, 100, 1000]) {
      const t = robustSolitonThresholds(k);
      expect(t[k - 1]).toBe(2 ** 32);
      for (let i = 1; i < k; i++) expect(t[i] ?? 0).toBeGreaterThanOrEqual(t[i - 1] ?? 0);
    }
  });

  it('chooses these blocks (pinned, so ports can check themselves)', () => {
    expect(chooseBlocks(3, 10, 123)).toEqual([2]);
    expect(chooseBlocks(11, 10, 0x12345678)).toEqual([2, 4]); // dense mode
    expect(chooseBlocks(300, 300, 0x12345678)).toEqual([299]); // systematic
    expect(chooseBlocks(301, 300, 0x12345678)).toEqual([286, 41]); // robust soliton
  });

  it('chooses distinct in-range blocks', () => {
    expect(chooseBlocks(3, 10, 123)).toEqual([2]);
    for (let seq = 11; seq < 500; seq++) {
      const blocks = chooseBlocks(seq, 10, 0xdeadbeef);
      expect(new Set(blocks).size).toBe(blocks.length);
      for (const b of blocks) expect(b >= 0 && b < 10).toBe(true);
    }
  });
});

describe('frames', () => {
  it('round-trip through text in the QR alphanumeric set', () => {
    const enc = createFountainEncoder(message(1000, 3));
    const text = enc.frameText(7);
    expect(text).toMatch(/^FFM1:[0-9A-Z $%*+\-./:]+$/);
    expect(frameFromText(text)).toEqual({ ok: true, value: enc.frame(7) });
  });

  it('refuses frames whose payload size does not match the header, or absurd sizes', () => {
    const frame = createFountainEncoder(message(100, 1), 30).frame(1);
    const bytes = encodeFrame(frame);
    expect(decodeFrame(bytes.subarray(0, bytes.length - 1)).ok).toBe(false);
    expect(decodeFrame(encodeFrame({ ...frame, k: 4000, length: 1 << 30 }))).toEqual({ ok: false, error: 'too-large' });
    expect(decodeFrame(encodeFrame({ ...frame, seq: 0 }))).toEqual({ ok: false, error: 'malformed-frame' });
    expect(frameFromText('FFM1:a')).toEqual({ ok: false, error: 'malformed-frame' });
    expect(frameFromText(frameToText(frame).replace('FFM1', 'FFM2'))).toEqual({ ok: false, error: 'malformed-frame' });
  });
});

describe('fountain decoding', () => {
  it('rebuilds from the systematic frames alone, in reverse order', () => {
    const msg = message(5000, 9);
    const enc = createFountainEncoder(msg);
    const dec = new FountainDecoder();
    let last;
    for (let seq = enc.k; seq >= 1; seq--) last = dec.receive(enc.frame(seq));
    expect(last).toEqual({ ok: true, value: { state: 'complete', message: msg } });
    expect(dec.progress).toBe(1);
  });

  it('rebuilds from fountain frames only, with duplicates', () => {
    const msg = message(3000, 10);
    const enc = createFountainEncoder(msg, 100);
    const dec = new FountainDecoder();
    let result;
    for (let seq = enc.k + 1; seq < enc.k * 10; seq++) {
      dec.receive(enc.frame(seq));
      result = dec.receive(enc.frame(seq));
      if (result.ok && result.value.state === 'complete') break;
    }
    expect(result).toEqual({ ok: true, value: { state: 'complete', message: msg } });
  });

  it('rebuilds a one-block and a one-byte message', () => {
    for (const msg of [message(1, 1), message(200, 2)]) {
      const dec = new FountainDecoder();
      expect(dec.receive(createFountainEncoder(msg).frame(5))).toEqual({ ok: true, value: { state: 'complete', message: msg } });
    }
  });

  it('ignores frames of another message with a code, and can be reset', () => {
    const a = createFountainEncoder(message(2000, 1));
    const b = createFountainEncoder(message(2000, 2));
    const dec = new FountainDecoder();
    dec.receive(a.frame(1));
    expect(dec.receive(b.frame(2))).toEqual({ ok: false, error: 'different-message' });
    dec.reset();
    expect(dec.receive(b.frame(2)).ok).toBe(true);
  });

  it('refuses to return bytes that fail the CRC, then starts again', () => {
    const msg = message(800, 4);
    const enc = createFountainEncoder(msg, 400);
    const dec = new FountainDecoder();
    const bad = enc.frame(1);
    bad.payload[0] = (bad.payload[0] ?? 0) ^ 1;
    dec.receive(bad);
    expect(dec.receive(enc.frame(2))).toEqual({ ok: false, error: 'checksum-mismatch' });
    expect(dec.progress).toBe(0);
    dec.receive(enc.frame(1));
    expect(dec.receive(enc.frame(2))).toEqual({ ok: true, value: { state: 'complete', message: msg } });
    expect(crc32(msg)).toBe(enc.crc);
  });

  it('finishes a 50-frame message in a camera stream with 20% of frames dropped', () => {
    const shownPerTrial: number[] = [];
    for (let trial = 0; trial < 50; trial++) {
      const msg = message(50 * 380, 100 + trial);
      const enc = createFountainEncoder(msg);
      const rng = new Xoshiro128(trial);
      const dec = new FountainDecoder();
      let shown = 0;
      let complete = false;
      while (!complete && shown < 500) {
        shown++;
        if (rng.below(100) < 20) continue;
        const r = dec.receive(enc.frame(shown));
        complete = r.ok && r.value.state === 'complete';
      }
      expect(complete).toBe(true);
      shownPerTrial.push(shown);
    }
    // 40 of every 50 frames arrive, so 50/0.8 = 62.5 shown is the floor; each drop costs about one extra frame.
    const mean = shownPerTrial.reduce((a, b) => a + b, 0) / shownPerTrial.length;
    expect(mean).toBeLessThan(50 * 1.35);
    expect(Math.max(...shownPerTrial)).toBeLessThan(50 * 1.7);
  });
});

// Overhead: distinct frames drawn in random order from seq 1..4K (systematic and fountain mixed),
// fed until the message is rebuilt. Measured with these seeds (frames needed / K):
//   K=10  (500 trials): mean 1.157, p95 1.400, max 1.900   dense + elimination
//   K=30  (500 trials): mean 1.058, p95 1.167, max 1.300   dense + elimination
//   K=100 (500 trials): mean 1.016, p95 1.050, max 1.080   dense + elimination
//   K=400 (40 trials):  mean 1.115, p95 1.252, max 1.462   robust soliton + peeling
// The bounds below leave headroom; the numbers are also in docs/share-format.md §6.
describe('fountain overhead epsilon (seeded trials)', () => {
  // [K, trials, bound on mean epsilon, bound on 95th-percentile epsilon]
  for (const [k, trials, maxMean, maxP95] of [[10, 500, 0.35, 0.8], [30, 500, 0.15, 0.3], [100, 500, 0.06, 0.12], [400, 40, 0.3, 0.5]] as const) {
    it(`K=${k}: mean and 95th-percentile frames/K stay under ${1 + maxMean} and ${1 + maxP95} (${trials} trials)`, () => {
      const needed = Array.from({ length: trials }, (_, t) => framesNeeded(k, t)).sort((a, b) => a - b);
      const mean = needed.reduce((s, n) => s + n, 0) / needed.length / k;
      const p95 = (needed[Math.floor(0.95 * needed.length)] ?? Infinity) / k;
      console.log(`fountain K=${k}: mean ${mean.toFixed(3)} p95 ${p95.toFixed(3)} max ${((needed.at(-1) ?? 0) / k).toFixed(3)}`);
      expect(mean).toBeLessThan(1 + maxMean);
      expect(p95).toBeLessThan(1 + maxP95);
    });
  }
});
