import { argon2id } from 'hash-wasm';
import { CryptoUsageError } from './errors';
import { SECRET_KEY_BYTES, type SecretKey } from './keys';
import { utf8 } from './encoding';

export interface KdfParams { alg: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number }

/**
 * 64 MiB keeps within what a mid-range phone's browser will give a wasm module; time cost
 * is then raised to land near half a second. Measured on the 2-core dev box, node 20 +
 * hash-wasm 4.13 (same V8/wasm engine as Chromium): 64 MiB costs ~86 ms per pass when idle
 * (t=3 ≈ 260 ms, t=5 ≈ 430 ms); t=5 rose to 600–1330 ms while other test suites shared
 * the cores. So t=5 stays inside the 250–1500 ms target both idle and busy.
 */
export const DEFAULT_KDF_PARAMS: Readonly<KdfParams> = Object.freeze({
  alg: 'argon2id', memoryKiB: 65536, iterations: 5, parallelism: 1,
});

/** OWASP's minimum for Argon2id (19 MiB, t=2, p=1). Stored params below this should be upgraded. */
export const KDF_MIN_PARAMS: Readonly<KdfParams> = Object.freeze({
  alg: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1,
});

/** Random salt length used for new vaults (Argon2 allows 8 bytes; 16 is the usual recommendation). */
export const KDF_SALT_BYTES = 16;
const MIN_SALT_BYTES = 8;

// Sanity caps: stored params come from disk and may be tampered with to freeze or crash the app.
const MAX_MEMORY_KIB = 1024 * 1024; // 1 GiB
const MAX_ITERATIONS = 64;
const MAX_PARALLELISM = 16;

export type KdfParamsError = 'invalid-kdf-params';

/** Checks params read from outside (disk, a file); returns a clean copy or a code. */
export function parseKdfParams(raw: unknown): { ok: true; value: KdfParams } | { ok: false; error: KdfParamsError } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'invalid-kdf-params' };
  const r = raw as Record<string, unknown>;
  const { alg, memoryKiB, iterations, parallelism } = r;
  if (alg !== 'argon2id') return { ok: false, error: 'invalid-kdf-params' };
  if (!isIntIn(parallelism, 1, MAX_PARALLELISM)) return { ok: false, error: 'invalid-kdf-params' };
  if (!isIntIn(iterations, 1, MAX_ITERATIONS)) return { ok: false, error: 'invalid-kdf-params' };
  // Argon2 needs at least 8 KiB per lane.
  if (!isIntIn(memoryKiB, 8 * parallelism, MAX_MEMORY_KIB)) return { ok: false, error: 'invalid-kdf-params' };
  return { ok: true, value: { alg, memoryKiB, iterations, parallelism } };
}

/** True when params are valid and at least as strong as KDF_MIN_PARAMS in memory and time. */
export function kdfParamsAreAcceptable(p: KdfParams): boolean {
  if (!parseKdfParams(p).ok) return false;
  return p.memoryKiB >= KDF_MIN_PARAMS.memoryKiB && p.iterations >= KDF_MIN_PARAMS.iterations;
}

/**
 * Argon2id(passphrase, salt) → 32-byte key. The passphrase is NFC-normalised first so the
 * same words typed on keyboards that compose accents differently give the same key.
 * Throws on invalid params: callers validate stored params with parseKdfParams first.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<SecretKey> {
  if (typeof passphrase !== 'string') throw new CryptoUsageError('deriveKey: passphrase must be a string');
  if (!(salt instanceof Uint8Array) || salt.length < MIN_SALT_BYTES) {
    throw new CryptoUsageError(`deriveKey: salt must be at least ${MIN_SALT_BYTES} bytes`);
  }
  const checked = parseKdfParams(params);
  if (!checked.ok) throw new CryptoUsageError(`deriveKey: invalid KDF params ${JSON.stringify(params)}`);
  const password = utf8(passphrase.normalize('NFC'));
  const out = await argon2id({
    password,
    salt,
    iterations: checked.value.iterations,
    parallelism: checked.value.parallelism,
    memorySize: checked.value.memoryKiB,
    hashLength: SECRET_KEY_BYTES,
    outputType: 'binary',
  });
  password.fill(0);
  return out as SecretKey;
}

function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}
