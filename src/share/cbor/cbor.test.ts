import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes';
import { CborMap, decodeCbor, encodeCbor, type CborValue } from './cbor';

// Known answers from RFC 8949 Appendix A (the ones inside our subset).
const VECTORS: [CborValue, string][] = [
  [0, '00'], [1, '01'], [10, '0a'], [23, '17'], [24, '1818'], [25, '1819'], [100, '1864'],
  [1000, '1903e8'], [1000000, '1a000f4240'], [1000000000000, '1b000000e8d4a51000'],
  [-1, '20'], [-10, '29'], [-100, '3863'], [-1000, '3903e7'],
  [1.1, 'fb3ff199999999999a'], [-4.1, 'fbc010666666666666'], [1.0e300, 'fb7e37e43c8800759c'],
  [false, 'f4'], [true, 'f5'], [null, 'f6'],
  ['', '60'], ['a', '6161'], ['IETF', '6449455446'], ['"\\', '62225c'], ['\u00fc', '62c3bc'],
  ['\u6c34', '63e6b0b4'], ['\u{10151}', '64f0908591'],
  [new Uint8Array(0), '40'], [Uint8Array.from([1, 2, 3, 4]), '4401020304'],
  [[], '80'], [[1, 2, 3], '83010203'], [[1, [2, 3], [4, 5]], '8301820203820405'],
  [new CborMap([]), 'a0'], [new CborMap([[1, 2], [3, 4]]), 'a201020304'],
  [new CborMap([['a', 1], ['b', [2, 3]]]), 'a26161016162820203'],
  [['a', new CborMap([['b', 'c']])], '826161a161626163'],
];

// Floats that other encoders write in half or single precision: we must read them.
const DECODE_ONLY: [string, number][] = [
  ['f90000', 0], ['f98000', -0], ['f93c00', 1], ['f93e00', 1.5], ['f97bff', 65504],
  ['f90001', 5.960464477539063e-8], ['f90400', 0.00006103515625], ['f9c400', -4],
  ['f97c00', Infinity], ['f9fc00', -Infinity], ['fa47c35000', 100000], ['fa7f7fffff', 3.4028234663852886e38],
  ['fa7f800000', Infinity], ['fb7ff0000000000000', Infinity],
];

const REJECTED: [string, string][] = [
  ['', 'empty input'], ['1f', 'indefinite integer info'], ['5f4101ff', 'indefinite byte string'],
  ['9f01ff', 'indefinite array'], ['bf6161 01ff', 'indefinite map'], ['c074323031332d30332d3231', 'tag'],
  ['f7', 'undefined'], ['f0', 'simple value'], ['f820', 'one-byte simple value'], ['1c', 'reserved info 28'],
  ['1817', 'non-minimal 1-byte'], ['190017', 'non-minimal 2-byte'], ['1b0020000000000000', 'beyond 2^53'],
  ['3b0020000000000000', 'below -2^53'], ['0000', 'trailing bytes'], ['62c3', 'truncated text'],
  ['62fffe', 'invalid UTF-8'], ['63eda080', 'UTF-8 surrogate'], ['a201020103', 'duplicate key'],
  ['a1f502', 'boolean key'], ['a1400102', 'byte-string key'], ['9bffffffffffffffff', 'absurd array length'],
  ['9a7fffffff00', 'array longer than input'], ['bb00000000ffffffff', 'absurd map length'],
  ['fb3ff1', 'truncated float'], ['a10a', 'map missing value'],
];

describe('CBOR subset: RFC 8949 known answers', () => {
  VECTORS.forEach(([value, hex], i) => {
    it(`vector ${i}: ${hex}`, () => {
      expect(toHex(encodeCbor(value))).toBe(hex);
      expect(decodeCbor(fromHex(hex))).toEqual({ ok: true, value });
    });
  });

  DECODE_ONLY.forEach(([hex, value]) => {
    it(`reads ${hex} as ${value}`, () => {
      const result = decodeCbor(fromHex(hex));
      expect(result.ok).toBe(true);
      if (result.ok) expect(Object.is(result.value, value)).toBe(true);
    });
  });

  it('writes single precision when exact, and -0 and NaN as floats', () => {
    expect(toHex(encodeCbor(1.5))).toBe('fa3fc00000');
    expect(toHex(encodeCbor(-0))).toBe('fa80000000');
    expect(toHex(encodeCbor(NaN))).toBe('fa7fc00000');
  });
});

describe('CBOR subset: refusals', () => {
  REJECTED.forEach(([hex, why]) => {
    it(`refuses ${why}`, () => {
      expect(decodeCbor(fromHex(hex.replace(/ /g, '')))).toEqual({ ok: false, error: 'malformed-body' });
    });
  });

  it('refuses nesting deeper than the limit but accepts the limit itself', () => {
    const deep = (n: number) => Uint8Array.from([...Array<number>(n).fill(0x81), 0x00]);
    expect(decodeCbor(deep(32)).ok).toBe(true);
    expect(decodeCbor(deep(33))).toEqual({ ok: false, error: 'malformed-body' });
    expect(decodeCbor(deep(100_000))).toEqual({ ok: false, error: 'malformed-body' });
  });

  it('refuses input over the byte limit', () => {
    const big = encodeCbor(new Uint8Array(2000));
    expect(decodeCbor(big, { maxDepth: 4, maxBytes: 1000 })).toEqual({ ok: false, error: 'malformed-body' });
  });
});

const cborValue: fc.Arbitrary<CborValue> = fc.letrec<{ value: CborValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.maxSafeInteger(),
    fc.double(),
    fc.string({ unit: 'grapheme' }),
    fc.uint8Array({ maxLength: 40 }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.uniqueArray(fc.tuple(fc.oneof(fc.string(), fc.integer({ min: -1000, max: 1000 })), tie('value')), {
      maxLength: 5,
      selector: ([key]) => key,
    }).map((entries) => new CborMap(entries)),
  ),
})).value;

describe('CBOR subset: properties', () => {
  it('round-trips any value in the model', () => {
    fc.assert(
      fc.property(cborValue, (value) => {
        const decoded = decodeCbor(encodeCbor(value));
        expect(decoded).toEqual({ ok: true, value });
      }),
      { seed: 20250101, numRuns: 1500 },
    );
  });

  it('is total on random bytes (fixed seed, 30,000 inputs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const result = decodeCbor(bytes);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(decodeCbor(encodeCbor(result.value)).ok).toBe(true);
      }),
      { seed: 7, numRuns: 30_000 },
    );
  });
});
