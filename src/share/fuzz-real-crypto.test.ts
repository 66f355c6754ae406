// The same fuzz idea against the real Ed25519 (tweetnacl verify costs ~20 ms, so fewer inputs):
// tampered but well-framed envelopes must reach the real signature check and fail it.
import { describe, expect, it } from 'vitest';
import { bytesEqual } from './bytes';
import { decodeEnvelope } from './envelope/envelope';
import { Xoshiro128 } from './fountain/prng';
import { makeVectors, mutate, type Vector } from './testing/fuzz-vectors';

describe('envelope decoder fuzz with real signatures', () => {
  it('1,500 mutated envelopes: only untouched originals decode', () => {
    const vectors: Vector[] = makeVectors();
    const rng = new Xoshiro128(0xc0ffee);
    let decodedOk = 0;
    let signatureChecks = 0;
    let maxMs = 0;
    for (let i = 0; i < 1500; i++) {
      const source = vectors[rng.below(vectors.length)] as Vector;
      const input = mutate(source, vectors, rng);
      const started = performance.now();
      const result = decodeEnvelope(input, source.ctx);
      maxMs = Math.max(maxMs, performance.now() - started);
      if (result.ok) {
        decodedOk++;
        expect(bytesEqual(input, source.bytes)).toBe(true);
      } else if (result.error === 'bad-signature') {
        signatureChecks++;
      }
    }
    console.log(`fuzz (real Ed25519): 1500 inputs, ${decodedOk} originals decoded, ${signatureChecks} refused by the signature, max ${maxMs.toFixed(1)} ms`);
    expect(decodedOk).toBeGreaterThan(0);
    expect(signatureChecks).toBeGreaterThan(250);
  });
});
