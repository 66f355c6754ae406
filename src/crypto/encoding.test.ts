import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constantTimeEqual, fromBase64Url, fromUtf8, keyId, hash, toBase64Url, utf8 } from './index';

// RFC 4648 §10 test vectors, written without padding as base64url is used here.
const rfc4648 = [
  { text: '', encoded: '' },
  { text: 'f', encoded: 'Zg' },
  { text: 'fo', encoded: 'Zm8' },
  { text: 'foo', encoded: 'Zm9v' },
  { text: 'foob', encoded: 'Zm9vYg' },
  { text: 'fooba', encoded: 'Zm9vYmE' },
  { text: 'foobar', encoded: 'Zm9vYmFy' },
];

describe('base64url', () => {
  rfc4648.forEach((v, i) => {
    it(`vector ${i}: "${v.text}" ⇄ "${v.encoded}"`, () => {
      expect(toBase64Url(utf8(v.text))).toBe(v.encoded);
      expect(fromBase64Url(v.encoded)).toEqual({ ok: true, value: utf8(v.text) });
    });
  });

  it('uses - and _ instead of + and /, so the text is safe in a URL fragment', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(fromBase64Url('-_-_')).toEqual({ ok: true, value: new Uint8Array([0xfb, 0xff, 0xbf]) });
  });

  it('accepts correct = padding', () => {
    expect(fromBase64Url('Zg==')).toEqual({ ok: true, value: utf8('f') });
    expect(fromBase64Url('Zm8=')).toEqual({ ok: true, value: utf8('fo') });
  });

  const bad = [
    ['standard-alphabet +', 'ab+c'], ['standard-alphabet /', 'ab/c'], ['a space', 'Zm9 v'], ['a new line', 'Zm9v\n'],
    ['a non-ASCII letter', 'Zm9é'], ['an impossible length', 'Zm9vY'], ['padding in the middle', 'Zg==Zg'],
    ['padding that does not fill a block', 'Zg='], ['non-zero trailing bits', 'Zh'], ['three = signs', 'Z==='],
  ];
  bad.forEach(([name, text]) => {
    it(`rejects ${name} with bad-encoding`, () => {
      expect(fromBase64Url(text as string)).toEqual({ ok: false, error: 'bad-encoding' });
    });
  });

  it('round-trips random bytes and agrees with Node’s encoder (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        const back = fromBase64Url(text);
        return text === Buffer.from(bytes).toString('base64url') && back.ok && Buffer.from(back.value).equals(Buffer.from(bytes));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('never throws on random text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = fromBase64Url(s);
        return r.ok || r.error === 'bad-encoding';
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe('utf8', () => {
  ['plain ASCII', 'pǻssword', '😀password🙏', 'ہمارا بچہ', 'زيت الزيتون', 'Łódź'].forEach((text) => {
    it(`round-trips "${text}"`, () => {
      expect(fromUtf8(utf8(text))).toBe(text);
    });
  });

  it('encodes an emoji as 4 bytes', () => {
    expect(utf8('😀')).toEqual(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]));
  });

  it('turns invalid bytes into U+FFFD instead of throwing', () => {
    expect(fromUtf8(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
  });
});

describe('constantTimeEqual', () => {
  it('compares contents and lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it('agrees with a plain comparison on random inputs (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), fc.uint8Array({ maxLength: 8 }), (a, b) =>
        constantTimeEqual(a, b) === Buffer.from(a).equals(Buffer.from(b))),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe('keyId', () => {
  it('is the first 8 bytes of SHA-512 of the key', () => {
    const pk = new Uint8Array(32).fill(9);
    expect(keyId(pk)).toEqual(hash(pk).slice(0, 8));
    expect(keyId(pk)).toHaveLength(8);
  });
});
