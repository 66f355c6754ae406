import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase45, toBase45 } from './base45';

const ascii = (s: string) => new TextEncoder().encode(s);

// Known answers from RFC 9285 §4.3 and §4.4.
const VECTORS: [string, string][] = [
  ['AB', 'BB8'],
  ['Hello!!', '%69 VD92EX0'],
  ['base-45', 'UJCLQE7W581'],
  ['ietf!', 'QED8WEX0'],
];

describe('base45 (RFC 9285)', () => {
  VECTORS.forEach(([plain, encoded], i) => {
    it(`vector ${i}: ${JSON.stringify(plain)} <-> ${encoded}`, () => {
      expect(toBase45(ascii(plain))).toBe(encoded);
      expect(fromBase45(encoded)).toEqual({ ok: true, value: ascii(plain) });
    });
  });

  it('handles the extremes of a group', () => {
    expect(toBase45(Uint8Array.from([0xff, 0xff]))).toBe('FGW');
    expect(fromBase45('FGW')).toEqual({ ok: true, value: Uint8Array.from([0xff, 0xff]) });
    expect(toBase45(Uint8Array.from([0xff]))).toBe('U5');
    expect(toBase45(new Uint8Array(0))).toBe('');
  });

  const bad: [string, string][] = [
    ['GGW', 'a group above 65535'], ['V5', 'a final pair above 255'], ['A', 'a dangling character'],
    ['ABCD', 'length 1 mod 3'], ['ab', 'lower case'], ['A#', 'a character outside the alphabet'],
    ['AB\u00e9', 'non-ASCII'],
  ];
  bad.forEach(([text, why]) => {
    it(`refuses ${why}`, () => {
      expect(fromBase45(text)).toEqual({ ok: false, error: 'bad-encoding' });
    });
  });

  it('round-trips random bytes (fixed seed)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const text = toBase45(bytes);
      expect(text).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
      expect(fromBase45(text)).toEqual({ ok: true, value: bytes });
    }), { seed: 45, numRuns: 2000 });
  });

  it('is total on random text (fixed seed, 20,000 inputs)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40, unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:a#é'.split('')) }), (text) => {
      const result = fromBase45(text);
      if (result.ok) expect(toBase45(result.value)).toBe(text);
    }), { seed: 4545, numRuns: 20_000 });
  });
});
