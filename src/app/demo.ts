// The demo family: a separate vault (its own database) filled with generated data, for
// learning the app and practising sharing. The parent's real vault is never opened or
// changed by it, and leaving the demo deletes the demo database.
import { isoDateTimeFromMs } from '../domain/index';
// Straight from its module, not the barrel: the generator loads only with the demo.
import { generateDemoFamily } from '../domain/demo/generate';
import { completeSetup, createVault, databaseExists, DEMO_DB_NAME, eraseEverything } from '../vault/index';
import { recordStore, type StoredChild } from './record-store';
import type { AppResult } from './result';
import { session } from './session';

/**
 * The demo vault is encrypted like any other, so it needs a passphrase. This one is not a
 * secret: the data is made up and the parent is never asked for it.
 */
export const DEMO_PASSPHRASE = 'family file demo: made-up data, not a secret';
export const DEMO_SEED = 20240611;
const DEFAULT_OBSERVATIONS = 60;
const MAX_OBSERVATIONS = 10_000;
const WRITE_BATCH = 500;

export interface OpenDemoOptions {
  /** Journal observations to generate (tests and benchmarks use thousands). */
  observations?: number;
  now?: number;
  seed?: number;
}

export interface OpenedDemo {
  children: StoredChild[];
}

/** True while the demo vault is the open one. */
export function inDemo(): boolean {
  return session.mode === 'demo' && session.vault !== undefined;
}

/** Clamps a requested size to something the generator and a phone can hold. */
export function demoSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_OBSERVATIONS;
  return Math.min(MAX_OBSERVATIONS, Math.max(1, Math.round(requested)));
}

/**
 * Creates a fresh demo vault, fills it and opens it. Any demo left behind (the tab was closed
 * mid-demo) is wiped first, so every demo starts the same.
 */
export async function openDemo(options: OpenDemoOptions = {}): Promise<AppResult<OpenedDemo>> {
  session.lock('user'); // whatever was open (the real vault included) is locked, not touched
  session.closeDb();
  const wiped = await eraseEverything([DEMO_DB_NAME]);
  if (!wiped.ok) return wiped;

  const now = options.now ?? Date.now();
  const family = generateDemoFamily({
    seed: options.seed ?? DEMO_SEED,
    observations: demoSize(options.observations),
    now: isoDateTimeFromMs(now),
  });
  const created = await createVault(session.db('demo'), { passphrase: DEMO_PASSPHRASE, role: 'parent' });
  if (!created.ok) return created;
  created.value.recoveryKey.fill(0); // a demo has nothing to recover
  const vault = created.value.vault;
  const children: StoredChild[] = family.children.map((c) => ({ ...c, kind: 'child' }));
  const records = [...children, ...family.entries];
  for (let i = 0; i < records.length; i += WRITE_BATCH) {
    const saved = await vault.putMany(records.slice(i, i + WRITE_BATCH));
    if (!saved.ok) return abandon(saved.error);
  }
  const done = await completeSetup(vault);
  if (!done.ok) return abandon(done.error);
  session.setVault(vault);
  const loaded = await recordStore.load();
  if (!loaded.ok) return abandon(loaded.error);
  return { ok: true, value: { children: recordStore.children() } };
}

async function abandon(error: string): Promise<AppResult<never>> {
  await leaveDemo();
  return { ok: false, error };
}

/** Locks the demo and deletes its database. The real vault stays as it was. */
export async function leaveDemo(): Promise<AppResult<void>> {
  if (session.mode === 'demo') {
    session.lock('user');
    session.closeDb();
  }
  return eraseEverything([DEMO_DB_NAME]);
}

/** Wipes a demo database left on disk when the app was closed during a demo. */
export async function discardLeftoverDemo(): Promise<AppResult<boolean>> {
  if (inDemo() || !(await databaseExists(DEMO_DB_NAME))) return { ok: true, value: false };
  const wiped = await eraseEverything([DEMO_DB_NAME]);
  return wiped.ok ? { ok: true, value: true } : wiped;
}
