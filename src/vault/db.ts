// Opening, watching and erasing vault databases. The database name is a parameter so the
// demo vault (DEMO_DB_NAME) lives beside the real one without touching it.
import { Dexie } from 'dexie';
import { fail, ok, type StorageError, type VaultResult } from './errors';
import { DEMO_DB_NAME, VAULT_DB_NAME, VaultDb } from './schema';
import { VAULT_DB_NAMES, VAULT_POINTER_DB_NAME } from './pointer';
import { storageErrorCode } from './storage-errors';

/** Why another connection asked us to close: a newer app version, or an erase. */
export type VersionChangeReason = 'upgrade' | 'delete';
/** Why the database closed: another connection's upgrade or erase, or a plain close (ours or the browser's). */
export type ClosedReason = VersionChangeReason | 'closed';

interface Listeners {
  versionChange: Set<(reason: VersionChangeReason) => void>;
  closed: Set<(reason: ClosedReason) => void>;
}

const listeners = new WeakMap<VaultDb, Listeners>();

function listenersOf(db: VaultDb): Listeners {
  let found = listeners.get(db);
  if (!found) {
    found = { versionChange: new Set(), closed: new Set() };
    listeners.set(db, found);
  }
  return found;
}

/**
 * Creates a handle on a vault database (opened on first use). When another tab upgrades or
 * deletes it, the handle closes for good instead of blocking that tab or silently reopening
 * with an old schema; later calls fail with 'storage-closed'.
 */
export function openVaultDb(name: string = VAULT_DB_NAME): VaultDb {
  const db = new VaultDb(name);
  const own = listenersOf(db);
  let versionChangeReason: VersionChangeReason | undefined;
  // Returning false stops Dexie's default handler, which would allow a silent reopen.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    versionChangeReason = event.newVersion ? 'upgrade' : 'delete';
    db.close({ disableAutoOpen: true });
    for (const cb of own.versionChange) cb(versionChangeReason);
    return false;
  });
  // Dexie fires 'close' for every close, including the one above.
  db.on('close', () => {
    const reason: ClosedReason = versionChangeReason ?? 'closed';
    for (const cb of own.closed) cb(reason);
  });
  return db;
}

/** Calls back when another connection upgrades or deletes the database. Returns an unsubscribe. */
export function onVersionChange(db: VaultDb, cb: (reason: VersionChangeReason) => void): () => void {
  const set = listenersOf(db).versionChange;
  set.add(cb);
  return () => set.delete(cb);
}

/** Calls back whenever the handle closes, with the reason. Returns an unsubscribe. */
export function onClosed(db: VaultDb, cb: (reason: ClosedReason) => void): () => void {
  const set = listenersOf(db).closed;
  set.add(cb);
  return () => set.delete(cb);
}

/**
 * Deletes the vault databases (real and demo by default). Open handles in this tab and others
 * close themselves on the resulting versionchange. The UI clears caches separately.
 */
export async function eraseEverything(
  names: readonly string[] = [...VAULT_DB_NAMES, DEMO_DB_NAME, VAULT_POINTER_DB_NAME],
): Promise<VaultResult<void, StorageError>> {
  for (const name of names) {
    try {
      await Dexie.delete(name);
    } catch (error) {
      const code = storageErrorCode(error);
      if (code === undefined) throw error;
      return fail(code);
    }
  }
  return ok(undefined);
}

/** Whether the database exists at all, without creating it (opening would). */
export async function databaseExists(name: string = VAULT_DB_NAME): Promise<boolean> {
  try {
    return await Dexie.exists(name);
  } catch {
    return true; // cannot tell: let the normal open path report any storage error
  }
}
