// Helpers shared by the vault tests (not imported by app code).
import type { KdfParams } from '../crypto/index';
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { openVaultDb } from './db';
import type { VaultRole } from './header';
import type { VaultDb } from './schema';
import { completeSetup, createVault } from './setup';
import type { UnlockedVault } from './unlocked-vault';

/** Tiny Argon2id params so each test derivation takes milliseconds. Never used by the app. */
export const TEST_KDF: KdfParams = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 };
export const STRONGER_TEST_KDF: KdfParams = { alg: 'argon2id', memoryKiB: 2048, iterations: 2, parallelism: 1 };
export const TEST_PASSPHRASE = 'correct horse battery staple';

let dbCounter = 0;

/** A database name no other test in this worker uses. */
export function freshDbName(): string {
  dbCounter += 1;
  return `vault-test-${dbCounter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function freshDb(): VaultDb {
  return openVaultDb(freshDbName());
}

/** Unwraps a result, failing the test with the error code if it is not ok. */
export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected ok, got error '${result.error}'`);
  return result.value;
}

export interface TestVault {
  db: VaultDb;
  vault: UnlockedVault;
  recoveryKey: Uint8Array;
}

/** A finished vault with test KDF params. */
export async function makeTestVault(passphrase = TEST_PASSPHRASE, db = freshDb(), role: VaultRole = 'parent'): Promise<TestVault> {
  const created = expectOk(await createVault(db, {
    passphrase, role, kdfParams: TEST_KDF, allowWeakParamsForTests: true,
  }));
  expectOk(await completeSetup(created.vault));
  return { db, vault: created.vault, recoveryKey: created.recoveryKey };
}

/** Options every unlock in tests passes: weak params allowed, and no upgrade beyond them. */
export const TEST_UNLOCK = { allowWeakParamsForTests: true, targetKdfParams: TEST_KDF } as const;

/** A controllable clock for wrong-try delays. */
export function fakeClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

/** JSON form of stored rows: Uint8Array values become { $bytes: base64url } so fixtures stay text. */
export function rowsToJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64url') };
  if (Array.isArray(value)) return value.map(rowsToJson);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rowsToJson(v)]));
  }
  return value;
}

export function rowsFromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rowsFromJson);
  if (typeof value === 'object' && value !== null) {
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64url'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rowsFromJson(v)]));
  }
  return value;
}

/** Writes to the named database fail like a full disk, after half of each batch went in, until released. */
export function fillDiskOf(name: string): { release: () => void } {
  const addon = (db: Dexie) => {
    if (db.name !== name) return;
    db.use({
      stack: 'dbcore', name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (table) => {
          const inner = down.table(table);
          return {
            ...inner,
            mutate: async (req: DBCoreMutateRequest) => {
              if (!active || (req.type !== 'put' && req.type !== 'add') || table === 'meta') return inner.mutate(req);
              const half = Math.floor(req.values.length / 2);
              if (half > 0) await inner.mutate({ ...req, values: req.values.slice(0, half), keys: req.keys?.slice(0, half) });
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            },
          };
        },
      }),
    });
  };
  let active = true;
  Dexie.addons.push(addon);
  return {
    release: () => {
      active = false;
      Dexie.addons.splice(Dexie.addons.indexOf(addon), 1);
    },
  };
}
