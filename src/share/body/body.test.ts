import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../bytes';
import { CborMap, encodeCbor } from '../cbor/cbor';
import { decodeBody, encodeBody, type BodyValue } from './body';
import { DICTIONARY_V1 } from './dictionary-v1';

describe('share body', () => {
  it('writes dictionary names as their index and other names as text', () => {
    const bytes = encodeBody({ text: 'hi', lang: 'en', colourOfHat: 'red' });
    // 01 = dictionary v1; a3 = map of 3; 00 = "text"; 01 = "lang"; then the unknown key spelled out.
    expect(toHex(bytes)).toBe('01a3006268690162656e6b636f6c6f75724f66486174637265 64'.replace(/ /g, ''));
    expect(decodeBody(bytes)).toEqual({ ok: true, value: { text: 'hi', lang: 'en', colourOfHat: 'red' } });
  });

  it('leaves out undefined fields, as JSON does', () => {
    const value = { text: 'x', note: undefined } as unknown as BodyValue;
    expect(decodeBody(encodeBody(value))).toEqual({ ok: true, value: { text: 'x' } });
  });

  it('has no duplicate names in the dictionary', () => {
    expect(new Set(DICTIONARY_V1).size).toBe(DICTIONARY_V1.length);
  });

  it('keeps a "__proto__" key as a plain field', () => {
    const bytes = Uint8Array.from([1, ...encodeCbor(new CborMap([['__proto__', 5]]))]);
    const result = decodeBody(bytes);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.value as object)).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    }
  });

  const refusals: [string, Uint8Array][] = [
    ['an empty body', new Uint8Array(0)],
    ['an unknown dictionary version', Uint8Array.from([9, 0xf6])],
    ['an index beyond the dictionary', Uint8Array.from([1, ...encodeCbor(new CborMap([[5000, 1]]))])],
    ['a negative index', Uint8Array.from([1, ...encodeCbor(new CborMap([[-1, 1]]))])],
    ['a dictionary name spelled out', Uint8Array.from([1, ...encodeCbor(new CborMap([['text', 1]]))])],
    ['bad CBOR', Uint8Array.from([1, 0x1f])],
  ];
  refusals.forEach(([what, bytes]) => {
    it(`refuses ${what}`, () => {
      expect(decodeBody(bytes)).toEqual({ ok: false, error: 'malformed-body' });
    });
  });

  const json: fc.Arbitrary<BodyValue> = fc.letrec<{ v: BodyValue }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), fc.string(),
      fc.array(tie('v'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...DICTIONARY_V1), fc.string()), tie('v'), { maxKeys: 4 }),
    ),
  })).v;

  it('round-trips JSON-like values (fixed seed)', () => {
    fc.assert(fc.property(json, (value) => {
      expect(decodeBody(encodeBody(value))).toEqual({ ok: true, value });
    }), { seed: 42, numRuns: 1000 });
  });
});

describe('dates and times travel as CBOR tags 100 and 1', () => {
  it('an ISO date becomes tag 100 (days) and comes back as the same string', () => {
    const bytes = encodeBody({ date: '2024-03-18' });
    // a1 03 (key "date") d8 64 (tag 100) 19 4d58 (19800 days)
    expect(toHex(bytes)).toBe('01a103d864194d58');
    expect(decodeBody(bytes)).toEqual({ ok: true, value: { date: '2024-03-18' } });
  });

  it('a UTC date-time becomes tag 1 (seconds), with milliseconds when present', () => {
    for (const text of ['2024-03-18T09:30:00.000Z', '2024-03-18T09:30:00.123Z', '1969-07-20T20:17:40.000Z']) {
      const bytes = encodeBody(text);
      expect(bytes[1]).toBe(0xc1);
      expect(decodeBody(bytes)).toEqual({ ok: true, value: text });
    }
  });

  it('leaves look-alikes that would not come back identical as text', () => {
    for (const text of ['2024-02-30', '2024-13-01', '2024-03-18T09:30:00Z', '2024-03-18T24:00:00.000Z', '02024-03-18']) {
      const bytes = encodeBody(text);
      expect(bytes[1]).not.toBe(0xc1);
      expect(bytes[1]).not.toBe(0xd8);
      expect(decodeBody(bytes)).toEqual({ ok: true, value: text });
    }
  });

  it('refuses other tags and tags around the wrong content', () => {
    for (const hex of ['01c0f6', '01d86461', '01c161', '01d864fb3ff8000000000000', '01c1fb7ff0000000000000']) {
      expect(decodeBody(Uint8Array.from(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []))).toEqual({ ok: false, error: 'malformed-body' });
    }
  });
});
