import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nacl from 'tweetnacl';
import { lowOrderX25519Keys } from '../../tests/fixtures/crypto/ed25519-weak';
import { flipped } from '../../tests/fixtures/crypto/hex';
import {
  BOX_OVERHEAD, BOX_PUBLIC_KEY_BYTES, NONCE_BYTES, asNonce, boxKeyPair, boxKeyPairFromSecret, boxTo, isLowOrderBoxKey, openBox, utf8,
} from './index';

const recipient = boxKeyPairFromSecret(new Uint8Array(32).fill(0x42));
const stranger = boxKeyPairFromSecret(new Uint8Array(32).fill(0x43));
const plaintext = utf8('Health visitor: please read the About me section first.');
const sealed = boxTo(recipient.publicKey, plaintext);

const MAC_START = BOX_PUBLIC_KEY_BYTES + NONCE_BYTES;
const regions = [
  { name: 'ephemeral public key', at: [0, BOX_PUBLIC_KEY_BYTES - 1] },
  { name: 'nonce', at: [BOX_PUBLIC_KEY_BYTES, MAC_START - 1] },
  { name: 'MAC', at: [MAC_START, BOX_OVERHEAD - 1] },
  { name: 'ciphertext', at: [BOX_OVERHEAD, sealed.length - 1] },
];

describe('boxTo/openBox', () => {
  it('round-trips to the recipient and has the documented length', () => {
    expect(sealed.length).toBe(plaintext.length + BOX_OVERHEAD);
    expect(openBox(recipient.secretKey, sealed)).toEqual({ ok: true, value: plaintext });
  });

  it('uses a fresh sender key and nonce each time', () => {
    const again = boxTo(recipient.publicKey, plaintext);
    expect(again.subarray(0, BOX_PUBLIC_KEY_BYTES)).not.toEqual(sealed.subarray(0, BOX_PUBLIC_KEY_BYTES));
    expect(again.subarray(BOX_PUBLIC_KEY_BYTES, MAC_START)).not.toEqual(sealed.subarray(BOX_PUBLIC_KEY_BYTES, MAC_START));
  });

  it('is deterministic when a test fixes the ephemeral pair and nonce', () => {
    const opts = { ephemeral: boxKeyPairFromSecret(new Uint8Array(32).fill(9)), nonce: asNonce(new Uint8Array(24).fill(5)) };
    expect(boxTo(recipient.publicKey, plaintext, opts)).toEqual(boxTo(recipient.publicKey, plaintext, opts));
  });

  regions.forEach(({ name, at }) => {
    at.forEach((index) => {
      it(`rejects a flipped byte in the ${name} (offset ${index}) with decrypt-failed`, () => {
        expect(openBox(recipient.secretKey, flipped(sealed, index))).toEqual({ ok: false, error: 'decrypt-failed' });
      });
    });
  });

  it('rejects the wrong recipient key with decrypt-failed', () => {
    expect(openBox(stranger.secretKey, sealed)).toEqual({ ok: false, error: 'decrypt-failed' });
  });

  it('reports inputs shorter than key + nonce + MAC as truncated', () => {
    for (const length of [0, BOX_PUBLIC_KEY_BYTES, MAC_START, BOX_OVERHEAD - 1]) {
      expect(openBox(recipient.secretKey, sealed.subarray(0, length))).toEqual({ ok: false, error: 'truncated' });
    }
  });

  it('throws naming the function for a recipient key of the wrong length', () => {
    expect(() => boxTo(new Uint8Array(16) as typeof recipient.publicKey, plaintext)).toThrow(/^boxTo: recipient key/);
    expect(() => openBox(new Uint8Array(64) as typeof recipient.secretKey, sealed)).toThrow(/^openBox: recipient key/);
  });

  it('round-trips random plaintexts to random recipients (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }), (data) => {
        const pair = boxKeyPair();
        const result = openBox(pair.secretKey, boxTo(pair.publicKey, data));
        return result.ok && Buffer.from(result.value).equals(Buffer.from(data));
      }),
      { seed: 31337, numRuns: 40 },
    );
  });
});

describe('isLowOrderBoxKey', () => {
  it('names every small-order X25519 key, whose shared secret anyone can compute', () => {
    const a = boxKeyPairFromSecret(new Uint8Array(32).fill(0x11));
    const b = boxKeyPairFromSecret(new Uint8Array(32).fill(0x22));
    for (const weak of lowOrderX25519Keys()) {
      expect(isLowOrderBoxKey(weak)).toBe(true);
      // Why it matters: two unrelated key pairs agree on the "secret" shared with such a key.
      expect(nacl.box.before(weak, a.secretKey)).toEqual(nacl.box.before(weak, b.secretKey));
    }
  });

  it('accepts real keys, and treats anything that is not 32 bytes as unusable', () => {
    for (let i = 0; i < 20; i++) expect(isLowOrderBoxKey(boxKeyPair().publicKey)).toBe(false);
    expect(isLowOrderBoxKey(recipient.publicKey)).toBe(false);
    expect(isLowOrderBoxKey(new Uint8Array(31))).toBe(true);
    expect(isLowOrderBoxKey('key' as unknown as Uint8Array)).toBe(true);
  });
});
