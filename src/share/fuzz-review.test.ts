// The outside review's targeted cases (issue 11), fuzzed with fixed seeds against the real
// Ed25519: malleated signatures, small-order keys, lifetimes over the cap, and the hostile
// animated stream. Each input must give the exact refusal, never a throw and never a decode.
import { describe, expect, it } from 'vitest';
import { lowOrderX25519Keys, neutralKeyForgery, weakPointEncodings, withSPlusL } from '../../tests/fixtures/crypto/ed25519-weak';
import { isLowOrderBoxKey, signKeyPairFromSeed, asSecretKey } from '../crypto';
import { bytesEqual } from './bytes';
import { decodeEnvelope, encodeEnvelope } from './envelope/envelope';
import type { EnvelopeType } from './envelope/types';
import { FountainDecoder, maxWorkPerFrame } from './fountain/decoder';
import { Xoshiro128 } from './fountain/prng';
import { craftedStream } from './testing/crafted-stream';
import { makeVectors } from './testing/fuzz-vectors';
import { MAX_LIFETIME_MS } from './v1/layout';

const rngBytes = (rng: Xoshiro128, n: number) => Uint8Array.from({ length: n }, () => rng.next() & 0xff);
const L = (1n << 252n) + 27742317777372353535851937790883648493n;

/** A 32-byte little-endian integer in [L, 2^256). */
function sAtLeastL(rng: Xoshiro128): Uint8Array {
  const span = (1n << 256n) - L;
  let r = 0n;
  for (const b of rngBytes(rng, 40)) r = (r << 8n) | BigInt(b);
  let s = L + (r % span);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(s & 0xffn);
    s >>= 8n;
  }
  return out;
}

describe('review fuzz: signatures', () => {
  const vectors = makeVectors();

  it('S + L of every vector, and 200 random S ≥ L, are refused as bad-signature', () => {
    const rng = new Xoshiro128(0x5_1_1);
    for (const v of vectors) {
      const sig = v.bytes.subarray(v.bytes.length - 64);
      const malleated = v.bytes.slice();
      malleated.set(withSPlusL(sig), v.bytes.length - 64);
      expect(decodeEnvelope(malleated, v.ctx)).toEqual({ ok: false, error: 'bad-signature' });
    }
    for (let i = 0; i < 200; i++) {
      const v = vectors[rng.below(vectors.length)]!;
      const input = v.bytes.slice();
      input.set(sAtLeastL(rng), input.length - 32);
      expect(decodeEnvelope(input, v.ctx)).toEqual({ ok: false, error: 'bad-signature' });
    }
  });

  it('every small-order or non-canonical sender key, with the all-zero forgery or a random signature, is refused', () => {
    const rng = new Xoshiro128(0x10_0de);
    const forged = neutralKeyForgery();
    for (const v of vectors) {
      for (const weak of weakPointEncodings()) {
        const input = v.bytes.slice();
        input.set(weak, 22);
        input.set(rng.below(2) === 0 ? forged.signature : rngBytes(rng, 64), input.length - 64);
        expect(decodeEnvelope(input, v.ctx)).toEqual({ ok: false, error: 'bad-signature' });
      }
    }
  });
});

describe('review fuzz: low-order X25519 keys', () => {
  it('flags every small-order key, and none of 500 random keys', () => {
    for (const weak of lowOrderX25519Keys()) expect(isLowOrderBoxKey(weak)).toBe(true);
    const rng = new Xoshiro128(0xb0c5);
    let flagged = 0;
    for (let i = 0; i < 500; i++) if (isLowOrderBoxKey(rngBytes(rng, 32))) flagged++;
    expect(flagged).toBe(0);
  });
});

describe('review fuzz: lifetimes over the cap', () => {
  it('100 envelopes asking for up to 2106: each decodes exactly while now < issuedAt + cap', () => {
    const rng = new Xoshiro128(0x2106);
    const sender = signKeyPairFromSeed(new Uint8Array(32).fill(9));
    const openShareKey = asSecretKey(new Uint8Array(32).fill(10));
    const types: EnvelopeType[] = ['contact-card', 'open-share'];
    const T0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 100; i++) {
      const type = types[rng.below(types.length)]!;
      const cap = MAX_LIFETIME_MS[type] as number;
      const issuedAt = T0 + rng.below(1_000_000) * 1000;
      const expiresAt = issuedAt + cap + 1000 + Math.floor((rng.next() / 2 ** 32) * (0xffff_ffff * 1000 - issuedAt - cap - 1000));
      const common = { sender, issuedAt, expiresAt: Math.floor(expiresAt / 1000) * 1000, body: { n: i } };
      const made = encodeEnvelope(type === 'open-share' ? { ...common, type, openShareKey } : { ...common, type: 'contact-card' });
      if (!made.ok) throw new Error(made.error);
      const now = issuedAt + Math.floor((rng.next() / 2 ** 32) * 2 * cap);
      const result = decodeEnvelope(made.value, { now, openShareKey });
      if (now < issuedAt + cap) expect(result).toMatchObject({ ok: true, value: { header: { expiresAt: issuedAt + cap } } });
      else expect(result).toEqual({ ok: false, error: 'expired' });
    }
  });
});

describe('review fuzz: the hostile animated stream', () => {
  it('the crafted k = 256 stream with 1,000 mutated, foreign and repeated frames mixed in: each frame within the bound, never wrong bytes', () => {
    const rng = new Xoshiro128(0xf0f0);
    const stream = craftedStream({ k: 256, blockSize: 120, repeats: 1 });
    const bound = maxWorkPerFrame(256, 120);
    const decoder = new FountainDecoder();
    let shown = 0;
    for (let i = 0; i < stream.frames.length + 1000; i++) {
      let frame = stream.frames[shown % stream.frames.length]!;
      const kind = rng.below(4);
      if (kind === 0) frame = stream.frames[rng.below(stream.frames.length)]!; // a repeat
      else if (kind === 1) frame = { ...frame, seq: 257 + rng.below(100_000), payload: rngBytes(rng, 120) }; // forged payload
      else if (kind === 2) frame = { ...frame, crc: rng.next() >>> 0 }; // another message
      else shown++;
      const before = decoder.work;
      const result = decoder.receive(frame);
      expect(decoder.work - before).toBeLessThanOrEqual(bound);
      if (result.ok && result.value.state === 'complete') expect(bytesEqual(result.value.message, stream.message)).toBe(true);
    }
  });
});
