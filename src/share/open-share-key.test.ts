import { describe, expect, it } from 'vitest';
import { asSecretKey, type KdfParams } from '../crypto';
import { ByteWriter } from './bytes';
import { decodeKeyToken, encodeKeyToken, keyFromToken, wrapKeyWithPasscode } from './open-share-key';

// Cheap parameters keep the test fast; the format carries them, so nothing else changes.
const FAST: KdfParams = { alg: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const key = asSecretKey(new Uint8Array(32).fill(7));
const salt = new Uint8Array(16).fill(3);

describe('open-share key token', () => {
  it('plain: 33 bytes, round trip, and the passcode is ignored', async () => {
    const bytes = encodeKeyToken({ kind: 'plain', key });
    expect(bytes.length).toBe(33);
    const token = decodeKeyToken(bytes);
    expect(token).toEqual({ ok: true, value: { kind: 'plain', key } });
    if (token.ok) expect(await keyFromToken(token.value, 'anything')).toEqual({ ok: true, value: key });
  });

  for (const passcode of ['4821', 'pǻssword', '😀password🙏']) {
    it(`passcode ${JSON.stringify(passcode)}: unwraps with it and refuses another`, async () => {
      const bytes = encodeKeyToken(await wrapKeyWithPasscode(key, passcode, FAST, salt));
      const token = decodeKeyToken(bytes);
      expect(token.ok).toBe(true);
      if (!token.ok) return;
      expect(await keyFromToken(token.value, passcode)).toEqual({ ok: true, value: key });
      expect(await keyFromToken(token.value, passcode + '1')).toEqual({ ok: false, error: 'wrong-passcode' });
    });
  }

  it('matches the passcode after NFC normalisation (a composed and a decomposed accent)', async () => {
    const token = await wrapKeyWithPasscode(key, 'caf\u00e9', FAST, salt);
    expect(await keyFromToken(token, 'cafe\u0301')).toEqual({ ok: true, value: key });
  });

  const bad: [string, Uint8Array][] = [
    ['empty', new Uint8Array(0)],
    ['unknown kind', Uint8Array.from([2, ...new Uint8Array(32)])],
    ['short plain key', Uint8Array.from([0, 1, 2])],
    ['plain key with a trailing byte', Uint8Array.from([0, ...new Uint8Array(33)])],
    ['memory beyond the reader cap', new ByteWriter().u8(1).varint(4 * 1024 * 1024).varint(1).varint(1).bytes(new Uint8Array(64)).finish()],
    ['zero iterations', new ByteWriter().u8(1).varint(64).varint(0).varint(1).bytes(new Uint8Array(64)).finish()],
    ['a cut sealed key', new ByteWriter().u8(1).varint(64).varint(1).varint(1).bytes(new Uint8Array(40)).finish()],
  ];
  bad.forEach(([what, bytes]) => {
    it(`refuses ${what}`, () => {
      expect(decodeKeyToken(bytes)).toEqual({ ok: false, error: 'bad-key-token' });
    });
  });
});
