// An unlocked vault: the vault key in memory, and a typed repository over the encrypted tables.
import { seal, type SecretKey } from '../crypto/index';
import { fail, ok, type StorageError, type VaultResult } from './errors';
import type { VaultProfile, VaultRole } from './header';
import { deriveKindTagKey, KindTags } from './kind-tag';
import { decodeBlob, decodeRecord, encodeBlob, encodeRecord, type VaultRecord } from './record-codec';
import type { RecordRow, VaultDb } from './schema';
import { guardStorage } from './storage-errors';

export type UnlockMethod = 'setup' | 'passphrase' | 'recovery-key' | 'pin';
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

  /** Takes ownership of `vaultKey`: lock() overwrites those very bytes. */
  constructor(db: VaultDb, vaultKey: SecretKey, options: UnlockedVaultOptions) {
    this.db = db;
    this.#key = vaultKey;
    this.#tags = new KindTags(deriveKindTagKey(vaultKey));
    this.role = options.profile.role;
    this.unlockedBy = options.unlockedBy;
    this.mustChangePassphrase = options.mustChangePassphrase ?? false;
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

  async put<T extends VaultRecord>(record: T): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const row = encodeRecord(this.#key, this.#tags, record);
    const saved = await guardStorage(() => this.db.records.put(row));
    return saved.ok ? ok(undefined) : saved;
  }

  /** Saves all records in one transaction: after any failure none of them is stored. */
  async putMany<T extends VaultRecord>(records: readonly T[]): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const key = this.#key;
    const rows = records.map((r) => encodeRecord(key, this.#tags, r));
    const saved = await guardStorage(() =>
      this.db.transaction('rw', this.db.records, () => this.db.records.bulkPut(rows)));
    return saved.ok ? ok(undefined) : saved;
  }

  async get<T extends VaultRecord = VaultRecord>(id: string): Promise<VaultResult<T, ReadError>> {
    if (this.#key === undefined) return LOCKED;
    const read = await guardStorage(() => this.db.records.get(id));
    if (!read.ok) return read;
    // The vault may have locked while the read was in flight.
    if (this.#key === undefined) return LOCKED;
    if (read.value === undefined) return fail('not-found');
    const record = decodeRecord(this.#key, this.#tags, read.value);
    return record === undefined ? fail('damaged') : ok(record as T);
  }

  async delete(id: string): Promise<VaultResult<void, RepositoryError>> {
    return this.deleteMany([id]);
  }

  async deleteMany(ids: readonly string[]): Promise<VaultResult<void, RepositoryError>> {
    if (this.#key === undefined) return LOCKED;
    const done = await guardStorage(() => this.db.records.bulkDelete([...ids]));
    return done.ok ? ok(undefined) : done;
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
        else records.push(record as T);
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
