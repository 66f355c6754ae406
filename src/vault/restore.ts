// Restoring a backup onto a phone with no vault (docs/backup-format.md). Rows and blobs are written
// first, under the backup's own vault key; the header, which is what makes a vault exist, is
// written last, in one transaction, only after the caller has checked everything. Until then the
// database holds rows without a header: no vault at all, which a later restore or setup clears
// (createVault does). So a reload in the middle leaves no vault, never half of one.
import { asSecretKey, type KdfParams, type SecretKey } from '../crypto/index';
import { fail, ok, type StorageError, type VaultResult } from './errors';
import { HEADER_FORMAT_VERSION, META_HEADER, sealProfile, type VaultHeader, type VaultRole } from './header';
import { parseKdfParams } from './kdf-policy';
import type { VaultRecord } from './record-codec';
import type { VaultDb } from './schema';
import type { Table } from 'dexie';
import { guardStorage } from './storage-errors';
import { UnlockedVault, type UnlockMethod } from './unlocked-vault';

export interface RestoreKeys {
  kdf: KdfParams;
  salt: Uint8Array;
  passphraseWrap: Uint8Array;
  recoveryWrap: Uint8Array;
  /** The backup's vault key (opened from a wrap by the caller); the restorer takes its own copy. */
  vaultKey: SecretKey;
}

export type RestoreError = 'vault-exists' | 'locked' | 'bad-kdf-params' | StorageError;

export class VaultRestorer {
  readonly #db: VaultDb;
  readonly #keys: RestoreKeys;
  readonly #role: VaultRole;
  #writer: UnlockedVault | undefined;

  private constructor(db: VaultDb, keys: RestoreKeys, role: VaultRole) {
    this.#db = db;
    this.#keys = keys;
    this.#role = role;
    // A handle of its own, under the backup's key: seals rows and keys their ids as the vault will.
    this.#writer = new UnlockedVault(db, asSecretKey(keys.vaultKey.slice()), { profile: { role }, unlockedBy: 'setup' });
  }

  /** Starts on a database with no vault; rows left by an earlier restore that never finished are cleared. */
  static async begin(db: VaultDb, keys: RestoreKeys, role: VaultRole): Promise<VaultResult<VaultRestorer, RestoreError>> {
    if (parseKdfParams(keys.kdf) === undefined) return fail('bad-kdf-params');
    const cleared = await guardStorage(() => db.transaction('rw', db.meta, db.records, db.blobs, async () => {
      if ((await db.meta.get(META_HEADER)) !== undefined) return false;
      await Promise.all([db.meta.clear(), db.records.clear(), db.blobs.clear()]);
      return true;
    }));
    if (!cleared.ok) return cleared;
    if (!cleared.value) return fail('vault-exists');
    return ok(new VaultRestorer(db, keys, role));
  }

  async addRecords(records: readonly VaultRecord[]): Promise<VaultResult<void, RestoreError>> {
    if (!this.#writer) return fail('locked');
    return this.#writer.putMany(records);
  }

  async addBlob(id: string, bytes: Uint8Array): Promise<VaultResult<void, RestoreError>> {
    if (!this.#writer) return fail('locked');
    return this.#writer.putBlob(id, bytes);
  }

  /**
   * Writes the header: the vault now exists, finished, with the backup's passphrase and recovery
   * wraps. Returns it unlocked; after the recovery words, the caller asks for a new passphrase.
   */
  async finish(now: number, unlockedBy: Extract<UnlockMethod, 'passphrase' | 'recovery-key'>): Promise<VaultResult<UnlockedVault, RestoreError>> {
    if (!this.#writer) return fail('locked');
    const { kdf, salt, passphraseWrap, recoveryWrap, vaultKey } = this.#keys;
    const header: VaultHeader = {
      formatVersion: HEADER_FORMAT_VERSION, createdAt: now, setupComplete: true, kdf, salt, passphraseWrap, recoveryWrap,
      sealedProfile: sealProfile(vaultKey, { role: this.#role }),
    };
    const written = await guardStorage(() => this.#db.transaction('rw', this.#db.meta, async () => {
      if ((await this.#db.meta.get(META_HEADER)) !== undefined) return false;
      await this.#db.meta.put({ key: META_HEADER, value: header });
      return true;
    }));
    this.#writer.lock();
    this.#writer = undefined;
    if (!written.ok) return written;
    if (!written.value) return fail('vault-exists');
    return ok(new UnlockedVault(this.#db, asSecretKey(vaultKey.slice()), {
      profile: { role: this.#role }, unlockedBy, mustChangePassphrase: unlockedBy === 'recovery-key',
    }));
  }

  /** Gives up: every row written so far is removed (there is still no header, so no vault was ever there). */
  async abort(): Promise<VaultResult<void, StorageError>> {
    this.#writer?.lock();
    this.#writer = undefined;
    return guardStorage(() => this.#db.transaction('rw', this.#db.meta, this.#db.records, this.#db.blobs, async () => {
      if ((await this.#db.meta.get(META_HEADER)) !== undefined) return;
      await Promise.all([this.#db.meta.clear(), this.#db.records.clear(), this.#db.blobs.clear()]);
    }));
  }
}

/** Rows copied per read while copying a vault database. Blobs go a few at a time: each may be megabytes. */
const RECORD_PAGE = 500;
const BLOB_PAGE = 8;

async function copyTable<R>(from: Table<R, string>, to: Table<R, string>, page: number, keyOf: (row: R) => string): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows = after === undefined ? await from.orderBy(':id').limit(page).toArray() : await from.where(':id').above(after).limit(page).toArray();
    if (rows.length === 0) return;
    await to.bulkPut(rows);
    after = keyOf(rows[rows.length - 1]!);
  }
}

/**
 * Copies every row of one vault database into another, as stored (still sealed: nothing is
 * opened). A merge starts from this copy, so the vault in use is only ever read.
 */
export function copyVaultDb(from: VaultDb, to: VaultDb): Promise<VaultResult<void, StorageError>> {
  return guardStorage(async () => {
    await copyTable(from.meta, to.meta, RECORD_PAGE, (r) => r.key);
    await copyTable(from.records, to.records, RECORD_PAGE, (r) => r.id);
    await copyTable(from.blobs, to.blobs, BLOB_PAGE, (r) => r.id);
  });
}
