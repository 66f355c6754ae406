// The one open vault of this tab, and what must happen when it locks.
import { currentVaultDbName, DEMO_DB_NAME, VAULT_DB_NAME, onVersionChange, openVaultDb, type UnlockedVault, type VaultDb } from '../vault/index';

export type VaultMode = 'real' | 'demo';
export type LockReason = 'user' | 'idle' | 'hidden' | 'other-tab' | 'version-change' | 'erased';

type LockListener = (reason: LockReason) => void;

class Session {
  #db: VaultDb | undefined;
  #realName: string = VAULT_DB_NAME;
  #mode: VaultMode = 'real';
  #vault: UnlockedVault | undefined;
  #objectUrls = new Set<string>();
  #lockListeners = new Set<LockListener>();
  #closedListeners = new Set<() => void>();

  get mode(): VaultMode {
    return this.#mode;
  }

  db(mode: VaultMode = this.#mode): VaultDb {
    if (this.#db && this.#mode === mode) return this.#db;
    this.#db?.close();
    this.#mode = mode;
    return this.#attach(openVaultDb(mode === 'demo' ? DEMO_DB_NAME : this.#realName));
  }

  #attach(db: VaultDb): VaultDb {
    this.#db = db;
    // Another tab upgraded or erased the database: let go so it is not blocked.
    onVersionChange(db, () => {
      if (this.#db !== db) return;
      this.lock('version-change');
      this.#db = undefined;
      for (const cb of this.#closedListeners) cb();
    });
    return db;
  }

  /** The database the real vault is in now (it moves at each restore; see vault/pointer.ts). */
  get realDbName(): string {
    return this.#realName;
  }

  /** Reads where the real vault is. Called before the first look at it, and by nothing else. */
  async findRealDb(): Promise<string> {
    const name = await currentVaultDbName();
    if (name !== this.#realName) {
      if (this.#mode === 'real') this.closeDb();
      this.#realName = name;
    }
    return name;
  }

  /**
   * After a restore has moved the pointer: the real vault is now `vault`, on `db`. The old handle
   * closes without a lock event (nothing was lost: the screen goes on with the new vault).
   */
  moveRealDb(db: VaultDb, vault: UnlockedVault): void {
    if (this.#db !== db) this.#db?.close();
    this.#mode = 'real';
    this.#realName = db.name;
    this.#attach(db);
    this.setVault(vault);
  }

  get vault(): UnlockedVault | undefined {
    return this.#vault && !this.#vault.isLocked ? this.#vault : undefined;
  }

  setVault(vault: UnlockedVault): void {
    if (this.#vault && this.#vault !== vault) this.#vault.lock();
    this.#vault = vault;
  }

  /** Object URLs of decrypted photos; all are revoked on lock. */
  trackObjectUrl(url: string): string {
    this.#objectUrls.add(url);
    return url;
  }

  objectUrlCount(): number {
    return this.#objectUrls.size;
  }

  /** Decrypted caches register here so that locking empties them. */
  onLock(listener: LockListener): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }

  onDatabaseClosed(listener: () => void): () => void {
    this.#closedListeners.add(listener);
    return () => this.#closedListeners.delete(listener);
  }

  /** Drops the key (the vault zeroes it), every decrypted cache and photo URL. */
  lock(reason: LockReason): void {
    const wasUnlocked = this.vault !== undefined;
    this.#vault?.lock();
    this.#vault = undefined;
    for (const url of this.#objectUrls) URL.revokeObjectURL(url);
    this.#objectUrls.clear();
    if (wasUnlocked || reason === 'erased') for (const listener of this.#lockListeners) listener(reason);
  }

  closeDb(): void {
    this.#db?.close();
    this.#db = undefined;
  }
}

export const session = new Session();
