import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nacl from 'tweetnacl';
import { neutralKeyForgery, neutralRSignature, weakPointEncodings, withSPlusL } from '../../tests/fixtures/crypto/ed25519-weak';
import { flipped } from '../../tests/fixtures/crypto/hex';
import { isWeakPoint } from './sign';
import { SIGNATURE_BYTES, asSignPublicKey, sign, signKeyPair, signKeyPairFromSeed, utf8, verify } from './index';

const pair = signKeyPairFromSeed(new Uint8Array(32).fill(1));
const other = signKeyPairFromSeed(new Uint8Array(32).fill(2));
const message = utf8('contribution: visit summary, 12 March');
const signature = sign(pair.secretKey, message);

describe('sign/verify', () => {
  it('verifies its own signature', () => {
    expect(signature.length).toBe(SIGNATURE_BYTES);
    expect(verify(pair.publicKey, message, signature)).toBe(true);
  });

  [0, 31, 32, 63].forEach((i) => {
    it(`rejects a signature with byte ${i} flipped`, () => {
      expect(verify(pair.publicKey, message, flipped(signature, i))).toBe(false);
    });
  });

  [0, message.length - 1].forEach((i) => {
    it(`rejects the message with byte ${i} flipped`, () => {
      expect(verify(pair.publicKey, flipped(message, i), signature)).toBe(false);
    });
  });

  it('rejects another signer’s public key', () => {
    expect(verify(other.publicKey, message, signature)).toBe(false);
  });

  it('returns false, without throwing, for wrong-length signatures and keys', () => {
    expect(verify(pair.publicKey, message, signature.subarray(0, 63))).toBe(false);
    expect(verify(pair.publicKey, message, new Uint8Array(65))).toBe(false);
    expect(verify(pair.publicKey, message, new Uint8Array(0))).toBe(false);
    expect(verify(new Uint8Array(31) as typeof pair.publicKey, message, signature)).toBe(false);
    expect(verify(new Uint8Array(64) as typeof pair.publicKey, message, signature)).toBe(false);
  });

  it('returns false, without throwing, for values that are not bytes at all', () => {
    const junk = [undefined, null, 'text', 42, {}, [1, 2, 3]] as unknown as Uint8Array[];
    for (const j of junk) {
      expect(verify(j as typeof pair.publicKey, message, signature)).toBe(false);
      expect(verify(pair.publicKey, j, signature)).toBe(false);
      expect(verify(pair.publicKey, message, j)).toBe(false);
    }
  });

  it('never throws and never accepts random keys and signatures (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ maxLength: 64 }),
        fc.uint8Array({ minLength: 0, maxLength: 70 }),
        (pk, msg, sig) => verify(asSignPublicKey(pk), msg, sig) === false,
      ),
      { seed: 99, numRuns: 300 },
    );
  });

  it('round-trips random messages with fresh key pairs (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (msg) => {
        const p = signKeyPair();
        return verify(p.publicKey, msg, sign(p.secretKey, msg));
      }),
      { seed: 2024, numRuns: 20 },
    );
  });

  it('throws naming the function for a secret key of the wrong length', () => {
    expect(() => sign(new Uint8Array(32) as typeof pair.secretKey, message)).toThrow(/^sign: secret key must be 64 bytes/);
  });

  describe('strict: refuses what a lax verifier (tweetnacl alone) accepts', () => {
    it('S + L, the second byte form of a good signature', () => {
      const malleated = withSPlusL(signature);
      expect(nacl.sign.detached.verify(message, malleated, pair.publicKey)).toBe(true);
      expect(verify(pair.publicKey, message, malleated)).toBe(false);
    });

    it('the neutral point as public key, whose "signature" holds for every message', () => {
      const forged = neutralKeyForgery();
      for (const m of [message, utf8('anything at all')]) {
        expect(nacl.sign.detached.verify(m, forged.signature, forged.publicKey)).toBe(true);
        expect(verify(asSignPublicKey(forged.publicKey), m, forged.signature)).toBe(false);
      }
    });

    it('a small-order R (the neutral point), even under a real key', () => {
      const weak = neutralRSignature(new Uint8Array(32).fill(1), message);
      expect(nacl.sign.detached.verify(message, weak, pair.publicKey)).toBe(true);
      expect(verify(pair.publicKey, message, weak)).toBe(false);
    });

    it('names every small-order point and non-canonical y as weak, and no real key', () => {
      for (const encoded of weakPointEncodings()) expect(isWeakPoint(encoded)).toBe(true);
      for (let i = 0; i < 50; i++) expect(isWeakPoint(signKeyPair().publicKey)).toBe(false);
      expect(isWeakPoint(signature.subarray(0, 32))).toBe(false);
    });
  });
});
