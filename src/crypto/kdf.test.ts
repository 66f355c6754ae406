import { describe, expect, it } from 'vitest';
import { argon2id } from 'hash-wasm';
import { toHex } from '../../tests/fixtures/crypto/hex';
import {
  CryptoUsageError, DEFAULT_KDF_PARAMS, KDF_MIN_PARAMS, KDF_SALT_BYTES, deriveKey, kdfParamsAreAcceptable,
  parseKdfParams, randomBytes, utf8, type KdfParams,
} from './index';

// Small params keep these fast; the vectors and the DEFAULT test below cover real sizes.
const FAST: KdfParams = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 };
const salt = new Uint8Array(16).fill(0x5a);

const passphrases = [
  { name: 'ASCII', text: 'correct horse battery staple' },
  { name: 'accented UTF-8', text: 'pǻssword' },
  { name: 'emoji', text: '😀password🙏' },
  { name: 'Polish', text: 'zażółć gęślą jaźń' },
  { name: 'Arabic', text: 'كلمة سر طويلة' },
  { name: 'Urdu', text: 'ہمارا بچہ ۓ' },
];

describe('deriveKey', () => {
  passphrases.forEach(({ name, text }) => {
    it(`${name}: derives the same 32-byte key every time, equal to Argon2id over the NFC UTF-8 bytes`, async () => {
      const a = await deriveKey(text, salt, FAST);
      const b = await deriveKey(text, salt, FAST);
      expect(a.length).toBe(32);
      expect(toHex(a)).toBe(toHex(b));
      const reference = await argon2id({
        password: utf8(text.normalize('NFC')), salt, iterations: 2, parallelism: 1, memorySize: 256, hashLength: 32,
        outputType: 'hex',
      });
      expect(toHex(a)).toBe(reference);
    });

    it(`${name}: typed in NFD (decomposed accents) unlocks the same as NFC`, async () => {
      const nfc = text.normalize('NFC');
      const nfd = text.normalize('NFD');
      const fromNfc = await deriveKey(nfc, salt, FAST);
      const fromNfd = await deriveKey(nfd, salt, FAST);
      expect(toHex(fromNfd)).toBe(toHex(fromNfc));
    });
  });

  it('NFD really differs from NFC for the accented, Polish and Urdu samples (so the test above means something)', () => {
    for (const text of ['pǻssword', 'zażółć gęślą jaźń', 'ہمارا بچہ ۓ']) {
      expect(text.normalize('NFD')).not.toBe(text.normalize('NFC'));
    }
  });

  it('gives different keys for different passphrases, salts and params', async () => {
    const base = toHex(await deriveKey('pǻssword', salt, FAST));
    expect(toHex(await deriveKey('password', salt, FAST))).not.toBe(base);
    expect(toHex(await deriveKey('pǻssword', new Uint8Array(16).fill(0x5b), FAST))).not.toBe(base);
    expect(toHex(await deriveKey('pǻssword', salt, { ...FAST, iterations: 3 }))).not.toBe(base);
  });

  it('does not trim or case-fold: spaces and capitals are part of the passphrase', async () => {
    const base = toHex(await deriveKey('Blue tractor', salt, FAST));
    expect(toHex(await deriveKey('blue tractor', salt, FAST))).not.toBe(base);
    expect(toHex(await deriveKey('Blue tractor ', salt, FAST))).not.toBe(base);
  });

  it('throws CryptoUsageError for a salt shorter than 8 bytes or invalid params', async () => {
    await expect(deriveKey('x', new Uint8Array(7), FAST)).rejects.toThrow(CryptoUsageError);
    await expect(deriveKey('x', new Uint8Array(7), FAST)).rejects.toThrow(/^deriveKey: salt/);
    await expect(deriveKey('x', salt, { ...FAST, memoryKiB: 2 * 1024 * 1024 })).rejects.toThrow(/^deriveKey: invalid KDF params/);
  });

  it(`at DEFAULT_KDF_PARAMS (${DEFAULT_KDF_PARAMS.memoryKiB} KiB, t=${DEFAULT_KDF_PARAMS.iterations}) derives a key`, async () => {
    const started = performance.now();
    const key = await deriveKey('😀password🙏', randomBytes(KDF_SALT_BYTES), DEFAULT_KDF_PARAMS);
    const ms = Math.round(performance.now() - started);
    console.info(`deriveKey at DEFAULT_KDF_PARAMS took ${ms} ms`);
    expect(key.length).toBe(32); // its time is the benchmark's to judge (vault.kdf_ms)
  });
});

describe('KDF params', () => {
  it('defaults are at or above the OWASP minimum (19 MiB, t=2, p=1)', () => {
    expect(DEFAULT_KDF_PARAMS.alg).toBe('argon2id');
    expect(DEFAULT_KDF_PARAMS.memoryKiB).toBeGreaterThanOrEqual(19456);
    expect(DEFAULT_KDF_PARAMS.iterations).toBeGreaterThanOrEqual(2);
    expect(DEFAULT_KDF_PARAMS.parallelism).toBe(1);
    expect(KDF_MIN_PARAMS).toEqual({ alg: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1 });
  });

  it('kdfParamsAreAcceptable: default and minimum pass; anything weaker or invalid fails', () => {
    expect(kdfParamsAreAcceptable(DEFAULT_KDF_PARAMS)).toBe(true);
    expect(kdfParamsAreAcceptable(KDF_MIN_PARAMS)).toBe(true);
    expect(kdfParamsAreAcceptable({ ...KDF_MIN_PARAMS, memoryKiB: 19455 })).toBe(false);
    expect(kdfParamsAreAcceptable({ ...KDF_MIN_PARAMS, iterations: 1 })).toBe(false);
    expect(kdfParamsAreAcceptable(FAST)).toBe(false);
    expect(kdfParamsAreAcceptable({ ...DEFAULT_KDF_PARAMS, memoryKiB: 4 * 1024 * 1024 })).toBe(false);
  });

  it('parseKdfParams accepts valid params and drops unknown fields', () => {
    expect(parseKdfParams({ ...DEFAULT_KDF_PARAMS, extra: 'ignored' })).toEqual({ ok: true, value: { ...DEFAULT_KDF_PARAMS } });
    expect(parseKdfParams(FAST)).toEqual({ ok: true, value: FAST });
  });

  const tampered: [string, unknown][] = [
    ['null', null],
    ['a string', 'argon2id'],
    ['an empty object', {}],
    ['another algorithm', { ...FAST, alg: 'scrypt' }],
    ['memory over 1 GiB', { ...FAST, memoryKiB: 1024 * 1024 + 1 }],
    ['memory below 8 KiB per lane', { ...FAST, memoryKiB: 15, parallelism: 2 }],
    ['fractional memory', { ...FAST, memoryKiB: 256.5 }],
    ['memory as a string', { ...FAST, memoryKiB: '65536' }],
    ['NaN iterations', { ...FAST, iterations: Number.NaN }],
    ['zero iterations', { ...FAST, iterations: 0 }],
    ['absurd iterations', { ...FAST, iterations: 1_000_000 }],
    ['zero lanes', { ...FAST, parallelism: 0 }],
    ['negative lanes', { ...FAST, parallelism: -1 }],
    ['too many lanes', { ...FAST, memoryKiB: 65536, parallelism: 64 }],
    ['infinite memory', { ...FAST, memoryKiB: Number.POSITIVE_INFINITY }],
  ];
  tampered.forEach(([name, raw]) => {
    it(`parseKdfParams rejects ${name} with invalid-kdf-params`, () => {
      expect(parseKdfParams(raw)).toEqual({ ok: false, error: 'invalid-kdf-params' });
    });
  });
});
