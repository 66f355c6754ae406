import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash, utf8 } from '../../crypto';
import { toHex } from '../bytes';
import { Xoshiro128 } from '../fountain/prng';
import { ArithDecoder, ArithEncoder } from './arith';
import { CM_MAX_PLAIN, compressCm, decompressCm } from './cm';
import { squash, stretch } from './logistic';
import { PRIMER_IDS, primerBytes, primerForBody, primerForLanguage, type PrimerId } from './primers';

const roundTrip = (plain: Uint8Array, primer: PrimerId) => decompressCm(compressCm(plain, primer), CM_MAX_PLAIN);

describe('logistic tables', () => {
  it('squash rises from 1 to 4095 and stretch undoes it to within one step', () => {
    let last = 0;
    for (let d = -2047; d <= 2047; d++) {
      const p = squash(d);
      expect(p).toBeGreaterThanOrEqual(last);
      last = p;
      expect(squash(stretch(p))).toBe(p);
    }
    expect([squash(-5000), squash(0), squash(5000)]).toEqual([1, 2048, 4095]);
  });
});

describe('arithmetic coder', () => {
  it('round-trips bits under any fixed or changing probabilities', () => {
    const rng = new Xoshiro128(42);
    const bits = Array.from({ length: 5000 }, () => rng.below(2));
    const probs = bits.map((_, i) => (i % 3 === 0 ? 1 : i % 3 === 1 ? 4095 : 1 + rng.below(4095)));
    const enc = new ArithEncoder();
    bits.forEach((bit, i) => enc.encode(bit, probs[i]!));
    const dec = new ArithDecoder(enc.finish());
    expect(bits.map((_, i) => dec.decode(probs[i]!))).toEqual(bits);
  });

  it('spends about the information content: 1000 likely bits cost a few bytes', () => {
    const enc = new ArithEncoder();
    for (let i = 0; i < 1000; i++) enc.encode(1, 4000);
    expect(enc.finish().length).toBeLessThan(8);
  });
});

describe('CM1 coder', () => {
  it('round-trips empty, one-byte and random inputs with every primer', () => {
    for (const primer of PRIMER_IDS) {
      expect(roundTrip(new Uint8Array(0), primer)).toEqual({ ok: true, value: new Uint8Array(0) });
      expect(roundTrip(Uint8Array.of(0xff), primer)).toEqual({ ok: true, value: Uint8Array.of(0xff) });
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...PRIMER_IDS), (plain, primer) => {
        expect(roundTrip(plain, primer)).toEqual({ ok: true, value: plain });
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('round-trips text in each language, long enough to skip the journal (over 8 KB)', () => {
    const text = utf8('Dzień dobry. صبح بخیر۔ مرحبا. Hello, he likes buses and bubbles. '.repeat(200));
    expect(text.length).toBeGreaterThan(8 * 1024);
    expect(roundTrip(text, 3)).toEqual({ ok: true, value: text });
  });

  it('codes the same message to the same bytes however many others came between (the rollback is exact)', () => {
    const a = utf8('He wears hearing aids in both ears; check they are switched on.');
    const b = utf8('Uses Makaton signs for more, finished and drink.'.repeat(40));
    const first = compressCm(a, 1);
    compressCm(b, 1);
    decompressCm(compressCm(b, 1), CM_MAX_PLAIN);
    compressCm(utf8('x'.repeat(9000)), 1); // the unjournaled path leaves the cache alone too
    expect(compressCm(a, 1)).toEqual(first);
  });

  it('is much smaller than the input on text the primer knows', () => {
    const note = utf8('Please face him when you speak, and say his name first. He understands more than he can say.');
    expect(compressCm(note, 1).length).toBeLessThan(note.length * 0.6);
  });

  it('refuses an unknown primer, an over-long declared length and a missing stream', () => {
    expect(decompressCm(Uint8Array.of(9, 1, 0), CM_MAX_PLAIN)).toEqual({ ok: false, error: 'malformed-body' });
    expect(decompressCm(Uint8Array.of(), CM_MAX_PLAIN)).toEqual({ ok: false, error: 'malformed-body' });
    expect(decompressCm(Uint8Array.of(0, 0x81, 0x80, 0x04, 1, 2), CM_MAX_PLAIN)).toEqual({ ok: false, error: 'too-large' });
    expect(decompressCm(Uint8Array.of(0, 100, 1, 2, 3), 50)).toEqual({ ok: false, error: 'too-large' });
    expect(decompressCm(Uint8Array.of(0, 0xff, 0xff, 0xff, 0xff, 0xff), CM_MAX_PLAIN)).toEqual({ ok: false, error: 'too-large' });
    expect(decompressCm(Uint8Array.of(0, 5), CM_MAX_PLAIN)).toEqual({ ok: false, error: 'malformed-body' });
    expect(decompressCm(Uint8Array.of(0, 0x80, 0x00, 1), CM_MAX_PLAIN)).toEqual({ ok: false, error: 'malformed-body' });
  });

  it('is total on 3,000 random and damaged streams: a result every time, never a throw, never past the cap', () => {
    // How quickly is the benchmark's to say (share.cm_garbage_max_ms, the same streams).
    const rng = new Xoshiro128(0xc0de);
    const valid = compressCm(utf8('Likes the farm book and splashing in the bath.'.repeat(8)), 1);
    for (let i = 0; i < 3000; i++) {
      let input: Uint8Array;
      if (i % 3 === 0) input = Uint8Array.from({ length: rng.below(200) }, () => rng.below(256));
      else if (i % 3 === 1) input = valid.subarray(0, rng.below(valid.length + 1));
      else {
        input = valid.slice();
        const at = rng.below(input.length);
        input[at] = (input[at] ?? 0) ^ (1 << rng.below(8));
      }
      const result = decompressCm(input, 4096);
      expect(typeof result.ok).toBe('boolean');
      // The work is bounded by the output cap, whatever the input: never more than asked for.
      if (result.ok) expect(result.value.length).toBeLessThanOrEqual(4096);
    }
  });
});

describe('primers', () => {
  // Frozen bytes: these hashes may never change, or shares coded with them stop decoding.
  const PINNED: Record<PrimerId, string> = {
    0: 'd5d7aad617f3ee018f9fe5a58288cf8d',
    1: '66a0c369d207baa5d757af123cab85a8',
    2: '0f1fc35559139e7c5f1bdab118dfcd1f',
    3: '8cc5526a0d8d8b07dda5f78f234d9bd6',
    4: 'ea5873313e0d28b2d0474747d10e1145',
  };
  it('keep their exact bytes (SHA-512, first 16 bytes)', () => {
    for (const id of PRIMER_IDS) expect(toHex(hash(primerBytes(id)).subarray(0, 16)), `primer ${id}`).toBe(PINNED[id]);
  });

  it('are chosen by the language most of the free text is in', () => {
    expect(primerForLanguage('en-GB')).toBe(1);
    expect(primerForLanguage('ar')).toBe(2);
    expect(primerForLanguage('so')).toBe(0);
    expect(primerForLanguage(undefined)).toBe(0);
    const body = { entries: [{ text: { text: 'Lubi autobusy i bańki mydlane', lang: 'pl' } }, { note: { text: 'Bubbles', lang: 'en' } }] };
    expect(primerForBody(body)).toBe(3);
    expect(primerForBody({ name: 'no free text here' })).toBe(0);
  });
});
