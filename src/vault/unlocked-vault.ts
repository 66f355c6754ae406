// An unlocked vault: the vault key in memory, and a typed repository over the encrypted tables.
import { asSecretKey, seal, type SecretKey } from '../crypto/index';
import { fail, ok, type StorageError, type VaultResult } from './errors';
import type { VaultProfile, VaultRole } from './header';
import { deriveKindTagKey, KindTags } from './kind-tag';
import { decodeBlob, decodeRecord, encodeBlob, encodeRecord, type VaultRecord } from './record-codec';
import type { RecordRow, VaultDb } from './schema';
import { guardStorage } from './storage-errors';

export type UnlockMethod = 'setup' | 'passphrase' | 'recovery-key' | 'pin' | 'passkey';
export type RepositoryError = 'locked' | StorageError;
export type ReadError = RepositoryError | 'not-found' | 'damaged';

/** A row that failed to open or parse. `kind` is known only if this session met that kind. */
export interface DamagedRecord {
  id: string;
  kind?: string;
}

export interface RecordsWithDamage<T> {
  records: T[];
  damaged: DamagedRecord[];
}

export interface UnlockedVaultOptions {
  profile: VaultProfile;
  unlockedBy: UnlockMethod;
  mustChangePassphrase?: boolean;
}

const LOCKED = fail('locked');
/** What a keyed row id looks like (kind-tag.ts rowIdOf); record ids are 24 hex characters or names. */
const KEYED_ROW_ID = /^[0-9a-f]{32}$/;
/** Rows per IndexedDB read when opening everything. */
const READ_PAGE = 500;

export class UnlockedVault {
  #key: SecretKey | undefined;
  #tags: KindTags;
  /** Blobs this handle wrote: their record may not be saved yet, so a sweep must spare them. */
  #blobsWritten = new Set<string>();
  readonly db: VaultDb;
  readonly role: VaultRole;
  readonly unlockedBy: UnlockMethod;
  /** True after a recovery-key unlock, until changePassphrase succeeds. */
  mustChangePassphrase: boolean;
  /**
   * Whether rows from before keyed row ids may still be stored under their readable ids: not in
   * a vault made by this build, nor after migrateRowIds has run. While true, a save also clears
   * the record's old row; after, saves write one row only.
   */
  #mayHoldLegacyRows: boolean;

  /** Takes ownership of `vaultKey`: lock() overwrites those very bytes. */
  constructor(db: VaultDb, vaultKey: SecretKey, options: UnlockedVaultOptions) {
    this.db = db;
    this.#key = vaultKey;
    this.#tags = new KindTags(deriveKindTagKey(vaultKey));
    this.role = options.profile.role;
    this.unlockedBy = options.unlockedBy;
    this.mustChangePassphrase = options.mustChangePassphrase ?? false;
    this.#mayHoldLegacyRows = options.unlockedBy !== 'setup';
  }

  get isLocked(): boolean {
    return this.#key === undefined;
  }

  /** Overwrites the key bytes and forgets kind tags; every later call returns 'locked'. */
  lock(): void {
    this.#key?.fill(0);
    this.#key = undefined;
    this.#tags.forget();
    this.#blobsWritten.clear();
  }

  /** seal(wrappingKey, vaultKey) for the lifecycle functions; undefined once locked. */
  wrapVaultKey(wrappingKey: SecretKey): Uint8Array | undefined {
    return this.#key === undefined ? undefined : seal(wrappingKey, this.#key);
  }

  /**
   * Lends the vault key to `use` for as long as the call lasts (deriving a backup's file key, say);
   * `use` must not keep it. Undefined once locked.
   */
  withVaultKey<T>(use: (vaultKey: SecretKey) => T): T | undefined {
    return this.#key === undefined ? undefined : use(this.#key);
  }

  /**
   * The same vault on another database (a copy being merged into, before it takes this one's
   * place): a handle of its own, with its own copy of the key. Undefined once locked.
   */
  onDatabase(db: VaultDb, unlockedBy: UnlockMethod = this.unlockedBy): UnlockedVault | undefined {
    if (this.#key === undefined) return undefined;
    return new UnlockedVault(db, asSecretKey(this.#key.slice()), { profile: { role: this.role }, unlockedBy, mustChangePassphrase: this.mustChangePassphrase });
  }

  /** The key a record id is stored under (keyed, issue 11); undefined once locked. For tests and repairs. */
  storedId(id: string): string | undefined {
    return this.#key === undefined ? undefined : this.#tags.rowIdOf(id);
  }

  async put<T extends VaultRecord>(record: T): Promise<VaultResult<void, RepositoryError>> {
    return this.putMany([record]);
  }

  /**
   * Saves all records in one transaction: after any failure none of them is stored. A record
   * still stored under its old, readable id (before keyed ids) leaves that row in the same step.
   */
  async putMany<T extends VaultRecord>(records: readonly T[]): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const key = this.#key;
    const rows = records.map((r) => encodeRecord(key, this.#tags, r));
    const legacy = this.#mayHoldLegacyRows ? records.map((r) => r.id).filter((id, i) => id !== rows[i]?.id) : [];
    const saved = await guardStorage(() =>
      this.db.transaction('rw', this.db.records, async () => {
        if (legacy.length > 0) await this.db.records.bulkDelete(legacy);
        await this.db.records.bulkPut(rows);
      }));
    return saved.ok ? ok(undefined) : saved;
  }

  async get<T extends VaultRecord = VaultRecord>(id: string): Promise<VaultResult<T, ReadError>> {
    if (this.#key === undefined) return LOCKED;
    const keyed = this.#tags.rowIdOf(id);
    // Under its keyed id, or (a vault not yet migrated) under the id itself.
    const read = await guardStorage(async () => (await this.db.records.get(keyed)) ?? (keyed !== id ? this.db.records.get(id) : undefined));
    if (!read.ok) return read;
    // The vault may have locked while the read was in flight.
    if (this.#key === undefined) return LOCKED;
    if (read.value === undefined) return fail('not-found');
    const record = decodeRecord(this.#key, this.#tags, read.value, id);
    return record === undefined ? fail('damaged') : ok(record as T);
  }

  async delete(id: string): Promise<VaultResult<void, RepositoryError>> {
    return this.deleteMany([id]);
  }

  /**
   * Deletes records by id: the keyed row, and a row under the id itself (not yet migrated, or a
   * damaged row reported by its stored key).
   */
  async deleteMany(ids: readonly string[]): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const rows = [...new Set(ids.flatMap((id) => [this.#tags.rowIdOf(id), id]))];
    const done = await guardStorage(() => this.db.records.bulkDelete(rows));
    return done.ok ? ok(undefined) : done;
  }

  /**
   * Moves every row still stored under its readable id (written before keyed ids) to its keyed
   * id, in one transaction: a crash leaves all rows where they were or all moved, never both or
   * neither. Ciphertexts are not touched (the id inside them stays the same). Returns how many moved.
   */
  async migrateRowIds(): Promise<VaultResult<number, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const key = this.#key;
    const moved = await guardStorage(() =>
      this.db.transaction('rw', this.db.records, async () => {
        const oldIds: string[] = [];
        const moved: RecordRow[] = [];
        // Keys only first: after the move, an unlock reads no row twice.
        const keys = (await this.db.records.toCollection().primaryKeys()).map(String);
        const legacyKeys = keys.filter((k) => !KEYED_ROW_ID.test(k));
        const rows = legacyKeys.length === 0 ? [] : await this.db.records.bulkGet(legacyKeys);
        for (const row of rows) {
          if (row === undefined) continue;
          // A legacy row opens with its own stored key as its inner id.
          const record = decodeRecord(key, this.#tags, row, row.id);
          if (record === undefined) continue;
          const keyed = this.#tags.rowIdOf(record.id);
          if (keyed === row.id) continue;
          oldIds.push(row.id);
          moved.push({ ...row, id: keyed });
        }
        if (moved.length === 0) return 0;
        await this.db.records.bulkDelete(oldIds);
        await this.db.records.bulkPut(moved);
        return moved.length;
      }));
    if (moved.ok) this.#mayHoldLegacyRows = false;
    return moved;
  }

  /** Every record that opens, optionally of one kind. Damaged rows are left out: use allWithDamage to show them. */
  async all<T extends VaultRecord = VaultRecord>(kind?: string): Promise<VaultResult<T[], RepositoryError>> {
    const read = await this.allWithDamage<T>(kind);
    return read.ok ? ok(read.value.records) : read;
  }

  /** Opens every row it can; rows that fail to open or parse are listed, never thrown. */
  async allWithDamage<T extends VaultRecord = VaultRecord>(
    kind?: string,
  ): Promise<VaultResult<RecordsWithDamage<T>, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const tag = kind === undefined ? undefined : this.#tags.tagOf(kind);
    const records: T[] = [];
    const damagedRows: RecordRow[] = [];
    const seen = new Set<string>();
    // Pages by primary key, asking IndexedDB for the next page before decrypting this
    // one, so the storage read and the decryption overlap (unlock reads everything).
    const fetchPage = (after: string | undefined): Promise<VaultResult<RecordRow[], StorageError>> =>
      guardStorage<RecordRow[]>(() => {
        if (tag !== undefined) return this.db.records.where('kind').equals(tag).toArray();
        const from = after === undefined ? this.db.records.orderBy(':id') : this.db.records.where(':id').above(after);
        return from.limit(READ_PAGE).toArray();
      });
    let pending: Promise<VaultResult<RecordRow[], StorageError>> | undefined = fetchPage(undefined);
    while (pending) {
      const read: VaultResult<RecordRow[], StorageError> = await pending;
      if (!read.ok) return read;
      const rows: RecordRow[] = read.value;
      const last = rows[rows.length - 1];
      pending = tag === undefined && rows.length === READ_PAGE && last ? fetchPage(last.id) : undefined;
      const key = this.#key;
      if (key === undefined) return LOCKED;
      for (const row of rows) {
        const record = decodeRecord(key, this.#tags, row);
        if (record === undefined) damagedRows.push(row);
        // A ciphertext copied under a second key by someone editing storage opens twice: once is enough.
        else if (seen.has(record.id)) damagedRows.push(row);
        else {
          seen.add(record.id);
          records.push(record as T);
        }
      }
    }
    // Resolved after the loop so kinds met anywhere in this read can name the damaged rows.
    const damaged = damagedRows.map((row): DamagedRecord => {
      const known = this.#tags.kindOf(row.kind);
      return known === undefined ? { id: row.id } : { id: row.id, kind: known };
    });
    return ok({ records, damaged });
  }

  async putBlob(id: string, bytes: Uint8Array): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const row = encodeBlob(this.#key, id, bytes);
    // Noted before the write starts, so a sweep running meanwhile already spares it.
    this.#blobsWritten.add(id);
    const saved = await guardStorage(() => this.db.blobs.put(row));
    return saved.ok ? ok(undefined) : saved;
  }

  async getBlob(id: string): Promise<VaultResult<Uint8Array, ReadError>> {
    if (this.#key === undefined) return LOCKED;
    const read = await guardStorage(() => this.db.blobs.get(id));
    if (!read.ok) return read;
    if (this.#key === undefined) return LOCKED;
    if (read.value === undefined) return fail('not-found');
    const bytes = decodeBlob(this.#key, read.value);
    return bytes === undefined ? fail('damaged') : ok(bytes);
  }

  /** Ids of every stored blob, read from the keys alone (nothing is decrypted). */
  async listBlobIds(): Promise<VaultResult<string[], RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const read = await guardStorage(() => this.db.blobs.toCollection().primaryKeys());
    return read.ok ? ok(read.value) : read;
  }

  /** Blob ids written through this handle since unlock (kept until lock; ids only). */
  get blobsWritten(): ReadonlySet<string> {
    return this.#blobsWritten;
  }

  async deleteBlob(id: string): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const done = await guardStorage(() => this.db.blobs.delete(id));
    return done.ok ? ok(undefined) : done;
  }
}
