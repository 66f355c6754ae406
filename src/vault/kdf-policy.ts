// Which KDF parameters the vault accepts, and when stored ones should be raised.
import type { KdfParams } from '../crypto/index';

/** OWASP's floor for Argon2id: 19 MiB, two passes. Never raise this above what a shipped
 *  release wrote, or old vaults stop opening; raise DEFAULT_KDF_PARAMS (the upgrade target). */
export const KDF_MIN_PARAMS: Readonly<KdfParams> = Object.freeze({
  alg: 'argon2id', memoryKiB: 19456, iterations: 2, parallelism: 1,
});

// Caps for params read from disk: a tampered header must not freeze or crash the phone.
const MAX_MEMORY_KIB = 1024 * 1024;
const MAX_ITERATIONS = 64;
const MAX_PARALLELISM = 16;

function isIntIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** Checks params that came from outside; returns a clean copy, or undefined if unusable. */
export function parseKdfParams(raw: unknown): KdfParams | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { alg, memoryKiB, iterations, parallelism } = raw as Record<string, unknown>;
  if (alg !== 'argon2id') return undefined;
  if (!isIntIn(parallelism, 1, MAX_PARALLELISM) || !isIntIn(iterations, 1, MAX_ITERATIONS)) return undefined;
  // Argon2 needs at least 8 KiB per lane.
  if (!isIntIn(memoryKiB, 8 * parallelism, MAX_MEMORY_KIB)) return undefined;
  return { alg, memoryKiB, iterations, parallelism };
}

/** True when `p` is weaker than `floor` in memory or in passes. */
export function isWeakerThan(p: KdfParams, floor: Readonly<KdfParams>): boolean {
  return p.memoryKiB < floor.memoryKiB || p.iterations < floor.iterations;
}

/** Whether params may be used: valid, and at least KDF_MIN_PARAMS unless tests allow weak ones. */
export function kdfParamsAllowed(p: KdfParams, allowWeakParamsForTests: boolean): boolean {
  return allowWeakParamsForTests || !isWeakerThan(p, KDF_MIN_PARAMS);
}
