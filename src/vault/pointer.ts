// Which database holds the vault. A restore never writes into the vault in use: it builds a whole
// new vault in the other database, checks it, and only then moves this pointer, in one
// IndexedDB transaction. A reload before the move finds the old vault as it was; after it, the
// new one, complete. The pointer names a database and nothing else: no record data.
import { Dexie, type Table } from 'dexie';
import type { StorageError, VaultResult } from './errors';
import { VAULT_DB_NAME } from './schema';
import { guardStorage } from './storage-errors';

export const VAULT_POINTER_DB_NAME = 'familyfile-pointer';
/** The two databases a vault lives in, in turn: a restore builds in the one not in use. */
export const VAULT_DB_NAMES = [VAULT_DB_NAME, `${VAULT_DB_NAME}-2`] as const;
const CURRENT = 'current';

interface PointerRow {
  key: string;
  name: string;
}

class PointerDb extends Dexie {
  pointer!: Table<PointerRow, string>;

  constructor() {
    super(VAULT_POINTER_DB_NAME);
    this.version(1).stores({ pointer: 'key' });
  }
}

async function withPointerDb<T>(use: (db: PointerDb) => Promise<T>): Promise<T> {
  const db = new PointerDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

const isVaultName = (name: unknown): name is string => typeof name === 'string' && (VAULT_DB_NAMES as readonly string[]).includes(name);

/** The database the vault is in now. A phone that never restored has no pointer: the first name. */
export async function currentVaultDbName(): Promise<string> {
  try {
    if (!(await Dexie.exists(VAULT_POINTER_DB_NAME))) return VAULT_DB_NAME;
    const row = await withPointerDb((db) => db.pointer.get(CURRENT));
    return isVaultName(row?.name) ? row.name : VAULT_DB_NAME;
  } catch {
    return VAULT_DB_NAME; // cannot tell: the first name, whose open reports any storage error
  }
}

/** The database a restore builds in while `current` is in use. */
export function otherVaultDbName(current: string): string {
  return current === VAULT_DB_NAMES[0] ? VAULT_DB_NAMES[1] : VAULT_DB_NAMES[0];
}

/** Moves the pointer: from this commit on, the vault is the one in `name`. */
export async function pointVaultAt(name: string): Promise<VaultResult<void, StorageError>> {
  if (!isVaultName(name)) throw new Error(`pointVaultAt: not a vault database: ${name}`);
  return guardStorage(() => withPointerDb((db) => db.pointer.put({ key: CURRENT, name }).then(() => undefined)));
}
