import { describe, expect, it } from 'vitest';
import vectors from '../../tests/fixtures/crypto/vectors.json';
import { fromHex, toHex } from '../../tests/fixtures/crypto/hex';
import {
  asBoxPublicKey, asNonce, asSecretKey, asSignPublicKey, boxKeyPairFromSecret, boxTo, deriveKey, hash,
  open, openBox, openRaw, seal, sealRaw, sign, signKeyPairFromSeed, utf8, verify,
} from './index';

// Known answers from the standards and reference implementations; sources are listed
// in tests/fixtures/crypto/vectors.json under "_sources".

describe('X25519 key pairs (RFC 7748 §6.1)', () => {
  it('derives Alice and Bob public keys from their secrets', () => {
    const x = vectors.x25519;
    expect(toHex(boxKeyPairFromSecret(fromHex(x.aliceSecret)).publicKey)).toBe(x.alicePublic);
    expect(toHex(boxKeyPairFromSecret(fromHex(x.bobSecret)).publicKey)).toBe(x.bobPublic);
  });
});

describe('secretbox (XSalsa20-Poly1305)', () => {
  vectors.secretbox.forEach((v, i) => {
    it(`vector ${i}: sealRaw gives the published box and openRaw reverses it`, () => {
      const key = asSecretKey(fromHex(v.key));
      const nonce = asNonce(fromHex(v.nonce));
      const box = sealRaw(key, nonce, fromHex(v.message));
      expect(toHex(box)).toBe(v.box);
      const opened = openRaw(key, nonce, fromHex(v.box));
      expect(opened.ok && toHex(opened.value)).toBe(v.message);
    });

    it(`vector ${i}: seal puts the nonce in front of the same box`, () => {
      const key = asSecretKey(fromHex(v.key));
      const sealed = seal(key, fromHex(v.message), asNonce(fromHex(v.nonce)));
      expect(toHex(sealed)).toBe(v.nonce + v.box);
      const opened = open(key, fromHex(v.nonce + v.box));
      expect(opened.ok && toHex(opened.value)).toBe(v.message);
    });
  });
});

describe('box (X25519 + XSalsa20-Poly1305)', () => {
  vectors.box.forEach((v, i) => {
    it(`vector ${i}: boxTo with a fixed sender pair and nonce gives sender key || nonce || published box`, () => {
      const sender = boxKeyPairFromSecret(fromHex(v.senderSecret));
      const sealed = boxTo(asBoxPublicKey(fromHex(v.recipientPublic)), fromHex(v.message), {
        ephemeral: sender,
        nonce: asNonce(fromHex(v.nonce)),
      });
      expect(toHex(sealed)).toBe(toHex(sender.publicKey) + v.nonce + v.box);
    });

    it(`vector ${i}: openBox opens the published box with the recipient secret`, () => {
      const sender = boxKeyPairFromSecret(fromHex(v.senderSecret));
      const recipient = boxKeyPairFromSecret(fromHex(v.recipientSecret));
      const opened = openBox(recipient.secretKey, fromHex(toHex(sender.publicKey) + v.nonce + v.box));
      expect(opened.ok && toHex(opened.value)).toBe(v.message);
    });
  });
});

describe('Ed25519 (RFC 8032 §7.1)', () => {
  vectors.ed25519.forEach((v, i) => {
    it(`vector ${i}: key pair from seed, signature and verification`, () => {
      const pair = signKeyPairFromSeed(fromHex(v.seed));
      expect(toHex(pair.publicKey)).toBe(v.publicKey);
      const message = fromHex(v.message);
      expect(toHex(sign(pair.secretKey, message))).toBe(v.signature);
      expect(verify(asSignPublicKey(fromHex(v.publicKey)), message, fromHex(v.signature))).toBe(true);
    });
  });
});

describe('SHA-512 (FIPS 180-2 examples)', () => {
  vectors.sha512.forEach((v, i) => {
    it(`vector ${i}: "${v.ascii.slice(0, 12)}…"`, () => {
      expect(toHex(hash(utf8(v.ascii)))).toBe(v.digest);
    });
  });
});

describe('Argon2id (phc-winner-argon2 reference test.c)', () => {
  vectors.argon2id.forEach((v, i) => {
    it(`vector ${i}: t=${v.iterations} m=${v.memoryKiB} p=${v.parallelism}`, async () => {
      const key = await deriveKey(v.password, utf8(v.salt), {
        alg: 'argon2id', memoryKiB: v.memoryKiB, iterations: v.iterations, parallelism: v.parallelism,
      });
      expect(toHex(key)).toBe(v.tag);
    });
  });
});
