import { describe, expect, it } from 'vitest';
import {
  CryptoUsageError, asBoxPublicKey, asBoxSecretKey, asNonce, asSecretKey, asSignPublicKey, asSignSecretKey,
  boxKeyPair, boxKeyPairFromSecret, randomBytes, randomKey, randomNonce, signKeyPair, signKeyPairFromSeed,
} from './index';

describe('random values', () => {
  it('randomBytes returns the asked length and different bytes each call', () => {
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(100)).toHaveLength(100);
    expect(randomBytes(32)).not.toEqual(randomBytes(32));
  });

  it('randomBytes throws for a negative or fractional length', () => {
    expect(() => randomBytes(-1)).toThrow(/^randomBytes: bad length/);
    expect(() => randomBytes(1.5)).toThrow(CryptoUsageError);
  });

  it('randomKey and randomNonce have the right sizes', () => {
    expect(randomKey()).toHaveLength(32);
    expect(randomNonce()).toHaveLength(24);
  });
});

describe('branding checks', () => {
  const cases: [string, (b: Uint8Array) => Uint8Array, number][] = [
    ['asSecretKey', asSecretKey, 32], ['asNonce', asNonce, 24], ['asBoxPublicKey', asBoxPublicKey, 32],
    ['asBoxSecretKey', asBoxSecretKey, 32], ['asSignPublicKey', asSignPublicKey, 32], ['asSignSecretKey', asSignSecretKey, 64],
  ];
  cases.forEach(([name, fn, length]) => {
    it(`${name} accepts exactly ${length} bytes and throws otherwise`, () => {
      const ok = new Uint8Array(length);
      expect(fn(ok)).toBe(ok);
      expect(() => fn(new Uint8Array(length - 1))).toThrow(new RegExp(`^${name}: .* must be ${length} bytes, got ${length - 1}`));
      expect(() => fn(new Uint8Array(length + 1))).toThrow(CryptoUsageError);
      expect(() => fn([1, 2] as unknown as Uint8Array)).toThrow(/must be a Uint8Array/);
    });
  });
});

describe('key pairs', () => {
  it('box pairs from the same secret are identical; fresh pairs differ', () => {
    const secret = new Uint8Array(32).fill(3);
    expect(boxKeyPairFromSecret(secret)).toEqual(boxKeyPairFromSecret(secret));
    expect(boxKeyPair().publicKey).not.toEqual(boxKeyPair().publicKey);
  });

  it('sign pairs from the same seed are identical; the secret key is seed || public key', () => {
    const seed = new Uint8Array(32).fill(4);
    const pair = signKeyPairFromSeed(seed);
    expect(signKeyPairFromSeed(seed)).toEqual(pair);
    expect(pair.secretKey).toHaveLength(64);
    expect(pair.secretKey.subarray(0, 32)).toEqual(seed);
    expect(pair.secretKey.subarray(32)).toEqual(pair.publicKey);
    expect(signKeyPair().publicKey).not.toEqual(signKeyPair().publicKey);
  });

  it('throws naming the function for a wrong-size secret or seed', () => {
    expect(() => boxKeyPairFromSecret(new Uint8Array(31))).toThrow(/^boxKeyPairFromSecret: secret key must be 32 bytes/);
    expect(() => signKeyPairFromSeed(new Uint8Array(64))).toThrow(/^signKeyPairFromSeed: seed must be 32 bytes/);
  });
});
