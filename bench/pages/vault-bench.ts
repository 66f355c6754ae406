// Vault benchmarks, run inside Chromium against real IndexedDB (bench/vault.mjs drives them).
// Each step is a separate call so the driver can give it a fresh page or browser context.
import { DEFAULT_KDF_PARAMS, deriveKey, KDF_SALT_BYTES, randomBytes, utf8 } from '../../src/crypto/index';
import type { ObservationEntry } from '../../src/domain/index';
import { completeSetup, createVault, openVaultDb, unlockWithPassphrase, type UnlockedVault, type VaultDb } from '../../src/vault/index';
import { decodeSplit } from './decode-split';
import { journalEntries, newestFirst } from './journal-fixture';
import { openPlainDb } from './plain-db';

const PASSPHRASE = 'kettle orchard seven lanterns 🌙';
const SEED_BATCH = 500;

export type VaultBenchStep =
  | { step: 'kdf'; runs: number }
  | { step: 'seed'; db: string; count: number }
  | { step: 'unlock'; db: string }
  | { step: 'overhead'; count: number; runs: number }
  | { step: 'write'; count: number };

declare global {
  interface Window {
    runVaultBench: (step: VaultBenchStep) => Promise<Record<string, number | number[] | Record<string, number>>>;
  }
}

function expectOk<T>(what: string, result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`runVaultBench: ${what} failed with '${result.error}'`);
  return result.value;
}

async function timed<T>(step: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await step();
  return [value, performance.now() - t0];
}

/** A finished vault at DEFAULT_KDF_PARAMS, as the app's setup leaves it. */
async function newVault(db: VaultDb): Promise<UnlockedVault> {
  const created = expectOk('createVault', await createVault(db, { passphrase: PASSPHRASE, role: 'parent' }));
  created.recoveryKey.fill(0);
  expectOk('completeSetup', await completeSetup(created.vault));
  return created.vault;
}

async function seedVault(vault: UnlockedVault, entries: readonly ObservationEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += SEED_BATCH) {
    expectOk('putMany', await vault.putMany(entries.slice(i, i + SEED_BATCH)));
  }
}

async function kdf(runs: number): Promise<Record<string, number[]>> {
  const kdfMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const salt = randomBytes(KDF_SALT_BYTES);
    const [key, ms] = await timed(() => deriveKey(PASSPHRASE, salt, DEFAULT_KDF_PARAMS));
    key.fill(0);
    kdfMs.push(ms);
  }
  return { kdfMs };
}

async function seed(name: string, count: number): Promise<Record<string, number>> {
  const db = openVaultDb(name);
  const entries = journalEntries(count);
  const [, seedMs] = await timed(async () => seedVault(await newVault(db), entries));
  const bytes = entries.reduce((sum, e) => sum + utf8(JSON.stringify(e)).length, 0);
  db.close();
  return { seedMs, avgEntryBytes: bytes / count };
}

/**
 * From the passphrase to the journal screen's data: unlock (KDF included), then what
 * src/app/journal.ts listJournal does: read and decrypt every observation, sort newest first.
 * Run on a freshly loaded page so nothing is warm but the browser itself.
 */
async function unlock(name: string): Promise<Record<string, number>> {
  const db = openVaultDb(name);
  const t0 = performance.now();
  const vault = expectOk('unlockWithPassphrase', await unlockWithPassphrase(db, PASSPHRASE));
  const t1 = performance.now();
  const read = expectOk('allWithDamage', await vault.allWithDamage<ObservationEntry>('observation'));
  const t2 = performance.now();
  const timeline = read.records.sort(newestFirst);
  const t3 = performance.now();
  if (read.damaged.length > 0) throw new Error(`runVaultBench: ${read.damaged.length} records damaged`);
  // Diagnostics only: the same rows read again without decrypting, to split read from decrypt.
  const [rows, rawReadMs] = await timed(() => db.records.toArray());
  vault.lock();
  db.close();
  return {
    totalMs: t3 - t0, unlockMs: t1 - t0, decryptAllMs: t2 - t1, sortMs: t3 - t2, rawReadMs,
    count: timeline.length, rows: rows.length,
  };
}

/**
 * The same entries in the vault and as plain objects in a plain Dexie table, read in
 * alternation on one page so both see the same browser state.
 */
async function overhead(count: number, runs: number): Promise<Record<string, number[] | Record<string, number>>> {
  const entries = journalEntries(count);
  const db = openVaultDb('bench-overhead-vault');
  const vault = await newVault(db);
  await seedVault(vault, entries);
  const plain = openPlainDb('bench-overhead-plain');
  await plain.entries.bulkPut(entries);
  const vaultMs: number[] = [];
  const plainMs: number[] = [];
  // One untimed round first: opening the databases and first-call compilation are not reads.
  for (let i = -1; i < runs; i++) {
    const [read, v] = await timed(() => vault.allWithDamage<ObservationEntry>());
    const [rows, p] = await timed(() => plain.entries.toArray());
    const opened = expectOk('allWithDamage', read);
    if (opened.records.length !== count || rows.length !== count) throw new Error('runVaultBench: wrong row count');
    if (i >= 0) { vaultMs.push(v); plainMs.push(p); }
  }
  vault.lock();
  db.close();
  plain.close();
  return { vaultMs, plainMs, split: decodeSplit(entries) };
}

/** Entries saved one at a time, each its own transaction, as the journal screen saves them. */
async function write(count: number): Promise<Record<string, number>> {
  const db = openVaultDb('bench-write');
  const vault = await newVault(db);
  const entries = journalEntries(count, 7);
  const [, writeMs] = await timed(async () => {
    for (const entry of entries) expectOk('put', await vault.put(entry));
  });
  const stored = await db.records.count();
  if (stored !== count) throw new Error(`runVaultBench: ${stored} rows after ${count} puts`);
  vault.lock();
  db.close();
  return { writeMs };
}

window.runVaultBench = async (step) => {
  switch (step.step) {
    case 'kdf': return kdf(step.runs);
    case 'seed': return seed(step.db, step.count);
    case 'unlock': return unlock(step.db);
    case 'overhead': return overhead(step.count, step.runs);
    case 'write': return write(step.count);
  }
};
document.body.dataset.ready = 'true';
