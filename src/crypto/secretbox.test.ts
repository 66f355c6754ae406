import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flipped } from '../../tests/fixtures/crypto/hex';
import {
  CryptoUsageError, MAC_BYTES, NONCE_BYTES, SEAL_OVERHEAD, asNonce, asSecretKey, open, openRaw, randomKey,
  seal, sealRaw, utf8,
} from './index';

const key = asSecretKey(new Uint8Array(32).fill(7));
const otherKey = asSecretKey(new Uint8Array(32).fill(8));
const plaintext = utf8('Likes: trains, the colour blue. Allergy: peanuts.');
const sealed = seal(key, plaintext, asNonce(new Uint8Array(24).fill(1)));

// Byte regions of seal() output: nonce, then MAC, then ciphertext.
const regions = [
  { name: 'nonce', at: [0, 11, NONCE_BYTES - 1] },
  { name: 'MAC', at: [NONCE_BYTES, NONCE_BYTES + 7, SEAL_OVERHEAD - 1] },
  { name: 'ciphertext', at: [SEAL_OVERHEAD, SEAL_OVERHEAD + 10, sealed.length - 1] },
];

describe('seal/open', () => {
  it('round-trips and lays out nonce || MAC || ciphertext', () => {
    expect(sealed.length).toBe(plaintext.length + SEAL_OVERHEAD);
    expect(open(key, sealed)).toEqual({ ok: true, value: plaintext });
  });

  it('draws a fresh nonce each time, so the same record never seals the same way twice', () => {
    const a = seal(key, plaintext);
    const b = seal(key, plaintext);
    expect(a.subarray(0, NONCE_BYTES)).not.toEqual(b.subarray(0, NONCE_BYTES));
    expect(a).not.toEqual(b);
  });

  regions.forEach(({ name, at }) => {
    at.forEach((index) => {
      it(`rejects a flipped byte in the ${name} (offset ${index}) with decrypt-failed`, () => {
        expect(open(key, flipped(sealed, index))).toEqual({ ok: false, error: 'decrypt-failed' });
      });
    });
  });

  it('rejects the wrong key with decrypt-failed', () => {
    expect(open(otherKey, sealed)).toEqual({ ok: false, error: 'decrypt-failed' });
  });

  it('reports inputs shorter than nonce + MAC as truncated', () => {
    for (const length of [0, 1, NONCE_BYTES, SEAL_OVERHEAD - 1]) {
      expect(open(key, sealed.subarray(0, length))).toEqual({ ok: false, error: 'truncated' });
    }
  });

  it('treats a cut ciphertext (long enough for a MAC) as decrypt-failed, not truncated', () => {
    expect(open(key, sealed.subarray(0, sealed.length - 1))).toEqual({ ok: false, error: 'decrypt-failed' });
    expect(open(key, sealed.subarray(0, SEAL_OVERHEAD))).toEqual({ ok: false, error: 'decrypt-failed' });
  });

  it('seals and opens an empty plaintext', () => {
    const empty = seal(key, new Uint8Array(0));
    expect(empty.length).toBe(SEAL_OVERHEAD);
    expect(open(key, empty)).toEqual({ ok: true, value: new Uint8Array(0) });
  });

  it('throws CryptoUsageError naming the function for a key of the wrong length', () => {
    const short = new Uint8Array(31) as typeof key;
    expect(() => seal(short, plaintext)).toThrow(CryptoUsageError);
    expect(() => seal(short, plaintext)).toThrow(/^sealRaw: key must be 32 bytes/);
    expect(() => open(short, sealed)).toThrow(/^open: key/);
  });

  it('round-trips random plaintexts under random keys (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 2048 }), (k, data) => {
        const sk = asSecretKey(k);
        const result = open(sk, seal(sk, data));
        return result.ok && Buffer.from(result.value).equals(Buffer.from(data));
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });

  it('rejects any single flipped bit anywhere in a random sealed message (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), fc.nat(), fc.integer({ min: 0, max: 7 }), (data, pos, bit) => {
        const k = randomKey();
        const s = seal(k, data);
        const i = pos % s.length;
        const bad = s.slice();
        bad[i] = (bad[i] as number) ^ (1 << bit);
        const result = open(k, bad);
        return !result.ok && result.error === 'decrypt-failed';
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('sealRaw/openRaw', () => {
  const nonce = asNonce(new Uint8Array(24).fill(3));
  const box = sealRaw(key, nonce, plaintext);

  it('round-trips without a nonce prefix', () => {
    expect(box.length).toBe(plaintext.length + MAC_BYTES);
    expect(openRaw(key, nonce, box)).toEqual({ ok: true, value: plaintext });
  });

  it('rejects the wrong nonce, the wrong key and a flipped MAC byte', () => {
    expect(openRaw(key, asNonce(new Uint8Array(24).fill(4)), box)).toEqual({ ok: false, error: 'decrypt-failed' });
    expect(openRaw(otherKey, nonce, box)).toEqual({ ok: false, error: 'decrypt-failed' });
    expect(openRaw(key, nonce, flipped(box, 0))).toEqual({ ok: false, error: 'decrypt-failed' });
    expect(openRaw(key, nonce, flipped(box, box.length - 1))).toEqual({ ok: false, error: 'decrypt-failed' });
  });

  it('reports a box shorter than the MAC as truncated', () => {
    expect(openRaw(key, nonce, box.subarray(0, MAC_BYTES - 1))).toEqual({ ok: false, error: 'truncated' });
  });

  it('throws for a nonce of the wrong length', () => {
    expect(() => sealRaw(key, new Uint8Array(12) as typeof nonce, plaintext)).toThrow(/^sealRaw: nonce must be 24 bytes/);
  });
});
