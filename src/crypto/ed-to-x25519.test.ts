import { describe, expect, it } from 'vitest';
import nacl from 'tweetnacl';
import { edPublicKeyToX25519, edSeedToX25519Secret } from './ed-to-x25519';

describe('Ed25519 to X25519', () => {
  it('maps a signing key pair to a box key pair that belongs together (200 random keys)', () => {
    for (let i = 0; i < 200; i++) {
      const seed = nacl.randomBytes(32);
      const signing = nacl.sign.keyPair.fromSeed(seed);
      const secret = edSeedToX25519Secret(seed);
      expect(edPublicKeyToX25519(signing.publicKey)).toEqual(nacl.box.keyPair.fromSecretKey(secret).publicKey);
    }
  });

  it('a box made to the converted key opens with the converted secret, and with nothing else', () => {
    const seed = nacl.randomBytes(32);
    const to = edPublicKeyToX25519(nacl.sign.keyPair.fromSeed(seed).publicKey)!;
    const sender = nacl.box.keyPair();
    const nonce = nacl.randomBytes(24);
    const sealed = nacl.box(Uint8Array.from([1, 2, 3]), nonce, to, sender.secretKey);
    expect(nacl.box.open(sealed, nonce, sender.publicKey, edSeedToX25519Secret(seed))).toEqual(Uint8Array.from([1, 2, 3]));
    expect(nacl.box.open(sealed, nonce, sender.publicKey, edSeedToX25519Secret(nacl.randomBytes(32)))).toBeNull();
  });

  it('refuses a non-canonical y and the point y = 1', () => {
    expect(edPublicKeyToX25519(new Uint8Array(32).fill(0xff).map((b, i) => (i === 31 ? 0x7f : b)))).toBeUndefined();
    expect(edPublicKeyToX25519(Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 1 : 0)))).toBeUndefined();
    expect(edPublicKeyToX25519(new Uint8Array(31))).toBeUndefined();
  });
});
