// Restoring a backup (issue 13; docs/backup-format.md). The file is read in slices, never whole:
// the header first (a file that is not a backup, or is from a newer app, is refused before the rest
// is read), then the passphrase or recovery words, then record by record. The vault in use is never
// written: the restore builds a whole vault in the other database (vault/pointer.ts), and only
// when the file has checked out to its last byte does the pointer move to it, in one step. A
// reload before then finds the old vault as it was; after, the new one, complete.
import { recoveryKeyFromWords, splitRecoveryWords, type SecretKey } from '../crypto/index';
import {
  BACKUP_MAGIC, BackupFileReader, backupVaultKey, decodeBackupHeader, type BackupHeader, type BodyValue,
} from '../share/index';
import {
  copyVaultDb, eraseEverything, openVaultDb, otherVaultDbName, pointVaultAt, VaultRestorer, type UnlockedVault, type VaultDb, type VaultRecord,
} from '../vault/index';
import { toHex, type ConsentLogEntry } from '../domain/index';
import type { AppResult } from './result';
import { CONSENT_ARCHIVE_KIND, type ConsentArchiveRecord } from './consent-kept';
import { recordStore } from './record-store';
import { session } from './session';
import { currentVaultState, RECOVERY_QR_PREFIX } from './setup';

/** What the reader needs of a file: its size and any slice of it (a File or Blob). */
export interface BackupSource {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface CheckedBackup {
  header: BackupHeader;
  headerBytes: Uint8Array;
}

const HEADER_PEEK = 512;
const SLICE_BYTES = 1024 * 1024;
const ROW_BATCH = 1000;

async function read(source: BackupSource, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await source.slice(start, Math.min(end, source.size)).arrayBuffer());
}

/** Whether a file starts like a backup (docs/backup-format.md §2), of any version: three bytes read. */
export async function startsLikeBackup(source: BackupSource): Promise<boolean> {
  try {
    const head = await read(source, 0, BACKUP_MAGIC.length);
    return BACKUP_MAGIC.every((b, i) => head[i] === b);
  } catch {
    return false;
  }
}

/** Looks at the first bytes only: a backup this version reads, or why not. */
export async function checkBackupFile(source: BackupSource): Promise<AppResult<CheckedBackup>> {
  let first: Uint8Array;
  try {
    first = await read(source, 0, HEADER_PEEK);
  } catch {
    return { ok: false, error: 'file-unreadable' };
  }
  const head = decodeBackupHeader(first);
  if (!head.ok) return { ok: false, error: `backup-${head.error}` };
  return { ok: true, value: { header: head.value.header, headerBytes: first.slice(0, head.value.length) } };
}

export type RestoreSecret = { passphrase: string } | { words: string };

export interface RestoreProgress {
  bytes: number;
  total: number;
}

/**
 * - `new`: a phone with no vault (the first screen's "I have a backup").
 * - `replace`: the backup takes the place of the vault on this phone, which must be open.
 * - `merge`: what the backup has and this phone does not is added to the open vault (docs/backup-format.md §7).
 */
export type RestoreMode = 'new' | 'replace' | 'merge';

export interface Restored {
  mode: RestoreMode;
  /** Rows and files read from the backup. */
  rows: number;
  blobs: number;
  /** Merge only: rows and files added or brought up to date; 0 and 0 means nothing changed. */
  added: number;
  addedBlobs: number;
  /** Merge only: the backup's consent record, kept beside this phone's as a second chain. */
  consentChainKept: boolean;
  /** True after the recovery words: the app then asks for a new passphrase. */
  mustChangePassphrase: boolean;
  role: 'parent' | 'professional';
}

function keyFromWords(text: string): AppResult<SecretKey> {
  const cleaned = text.startsWith(RECOVERY_QR_PREFIX) ? text.slice(RECOVERY_QR_PREFIX.length) : text;
  const key = recoveryKeyFromWords(splitRecoveryWords(cleaned));
  return key.ok ? key : { ok: false, error: `words-${key.error}`, ...(key.index !== undefined ? { index: key.index } : {}) };
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** Records that belong to one phone's vault and are never taken from a backup in a merge. */
const PHONE_ONLY_KINDS = new Set(['identity', 'settings', 'setup-progress', 'backup-status', 'consent-head', 'share-log']);

const stampOf = (r: VaultRecord | undefined): string | undefined => {
  const at = (r as { updatedAt?: unknown } | undefined)?.updatedAt;
  return typeof at === 'string' ? at : undefined;
};

/**
 * Merge by id: a record this phone does not have is added; one it has is replaced only when the
 * backup's copy was changed later (both carry `updatedAt`). Everything else stays as the phone has it.
 */
function mergeTakes(mine: VaultRecord | undefined, theirs: VaultRecord): boolean {
  if (PHONE_ONLY_KINDS.has(theirs.kind)) return false;
  if (!mine) return true;
  const [a, b] = [stampOf(mine), stampOf(theirs)];
  return a !== undefined && b !== undefined && b > a;
}

/** Where the rows of a restore go: a fresh vault for `new` and `replace`, a copy of this one for `merge`. */
interface Target {
  addRecords(records: VaultRecord[]): Promise<AppResult<void>>;
  addBlob(id: string, bytes: Uint8Array): Promise<AppResult<void>>;
  /** Whether the backup's row (or file) is to be written at all. */
  wants(record: VaultRecord): boolean;
  wantsBlob(id: string): boolean;
  /** The backup's consent record, met row by row. */
  consent(record: VaultRecord): void;
  finish(): Promise<AppResult<{ vault: UnlockedVault; changed: boolean }>>;
  abort(): Promise<void>;
}

async function freshStaging(): Promise<AppResult<VaultDb>> {
  const name = otherVaultDbName(session.realDbName);
  const cleared = await eraseEverything([name]); // left by a restore that never finished
  if (!cleared.ok) return cleared;
  return { ok: true, value: openVaultDb(name) };
}

async function dropStaging(db: VaultDb): Promise<void> {
  db.close();
  await eraseEverything([db.name]);
}

/** `new` and `replace`: the backup's vault, whole, in a fresh database; its header goes in last. */
function freshVaultTarget(
  staging: VaultDb, restorer: VaultRestorer, now: number, unlockedBy: 'passphrase' | 'recovery-key',
): Target {
  return {
    addRecords: (records) => restorer.addRecords(records),
    addBlob: (id, bytes) => restorer.addBlob(id, bytes),
    wants: () => true,
    wantsBlob: () => true,
    consent: () => undefined,
    finish: async () => {
      const done = await restorer.finish(now, unlockedBy);
      return done.ok ? { ok: true, value: { vault: done.value, changed: true } } : done;
    },
    abort: async () => {
      await restorer.abort();
      await dropStaging(staging);
    },
  };
}

const logOrder = (a: VaultRecord, b: VaultRecord) => a.id.localeCompare(b.id);

/** `merge`: a copy of this phone's vault (still sealed), with what the backup adds sealed in under this vault's key. */
async function mergeTarget(current: UnlockedVault, staging: VaultDb, backup: BackupHeader): Promise<AppResult<Target & { counts: { added: number; addedBlobs: number; archived: boolean } }>> {
  const [mine, blobIds] = await Promise.all([current.all(), current.listBlobIds()]);
  if (!mine.ok) return mine;
  if (!blobIds.ok) return blobIds;
  const copied = await copyVaultDb(current.db, staging);
  if (!copied.ok) return copied;
  const writer = current.onDatabase(staging);
  if (!writer) return { ok: false, error: 'locked' };
  const existing = new Map(mine.value.map((r) => [r.id, r]));
  const haveBlobs = new Set(blobIds.value);
  const theirLog: VaultRecord[] = [];
  let theirHead: { count: number; hash: string } | undefined;
  const counts = { added: 0, addedBlobs: 0, archived: false };
  const archiveId = `${CONSENT_ARCHIVE_KIND}-${toHex(backup.backupId)}`;

  /** The backup's chain is kept unless it is this phone's own chain, or the start of it, or already kept. */
  const archive = (): ConsentArchiveRecord | undefined => {
    if (theirLog.length === 0 || existing.has(archiveId)) return undefined;
    const ours = mine.value.filter((r) => r.kind === 'share-log').sort(logOrder);
    const theirs = theirLog.sort(logOrder);
    const lastHash = (rows: VaultRecord[], at: number) => (rows[at] as { entry?: { hash?: unknown } } | undefined)?.entry?.hash;
    const at = theirs.length - 1;
    if (ours.length >= theirs.length && lastHash(ours, at) !== undefined && lastHash(ours, at) === lastHash(theirs, at)) return undefined;
    return {
      id: archiveId, kind: CONSENT_ARCHIVE_KIND, backupCreatedAt: backup.createdAt,
      entries: theirs.map((r) => (r as unknown as { entry: ConsentLogEntry }).entry), ...(theirHead ? { head: theirHead } : {}),
    };
  };

  return {
    ok: true,
    value: {
      counts,
      addRecords: async (records) => {
        counts.added += records.length;
        return writer.putMany(records);
      },
      addBlob: async (id, bytes) => {
        counts.addedBlobs++;
        return writer.putBlob(id, bytes);
      },
      wants: (record) => mergeTakes(existing.get(record.id), record),
      wantsBlob: (id) => !haveBlobs.has(id),
      consent: (record) => {
        if (record.kind === 'share-log') theirLog.push(record);
        if (record.kind === 'consent-head') {
          const { count, hash: h } = record as unknown as { count?: unknown; hash?: unknown };
          if (typeof count === 'number' && typeof h === 'string') theirHead = { count, hash: h };
        }
      },
      finish: async () => {
        const kept = archive();
        if (kept) {
          const saved = await writer.put(kept);
          if (!saved.ok) return saved;
          counts.archived = true;
        }
        const changed = counts.added > 0 || counts.addedBlobs > 0 || counts.archived;
        if (!changed) {
          writer.lock();
          await dropStaging(staging);
        }
        return { ok: true, value: { vault: changed ? writer : current, changed } };
      },
      abort: async () => {
        writer.lock();
        await dropStaging(staging);
      },
    },
  };
}

/**
 * Restores a backup: onto a phone with no vault (`new`), in place of this phone's vault
 * (`replace`), or into it (`merge`). Any failure (a wrong secret, a damaged or cut file, full
 * storage, a cancel) drops the database being built: the phone is left exactly as it was.
 */
export async function restoreBackup(
  source: BackupSource, checked: CheckedBackup, secret: RestoreSecret,
  options: { mode?: RestoreMode; now?: number; signal?: AbortSignal; onProgress?: (p: RestoreProgress) => void } = {},
): Promise<AppResult<Restored>> {
  const mode = options.mode ?? 'new';
  const state = await currentVaultState();
  if (!state.ok) return state;
  if (mode === 'new' && state.value !== 'none') return { ok: false, error: 'vault-exists' };
  const current = session.vault;
  if (mode !== 'new' && (!current || session.mode !== 'real')) return { ok: false, error: 'locked' };
  let opened;
  if ('passphrase' in secret) {
    opened = await backupVaultKey(checked.header, { passphrase: secret.passphrase });
  } else {
    const key = keyFromWords(secret.words);
    if (!key.ok) return key;
    opened = await backupVaultKey(checked.header, { recoveryKey: key.value });
    key.value.fill(0);
  }
  if (!opened.ok) return { ok: false, error: 'passphrase' in secret ? 'backup-wrong-passphrase' : 'backup-wrong-words' };
  const vaultKey = opened.value;
  const staging = await freshStaging();
  if (!staging.ok) {
    vaultKey.fill(0);
    return staging;
  }
  const reader = new BackupFileReader(vaultKey, checked.header, checked.headerBytes);
  const unlockedBy = 'passphrase' in secret ? 'passphrase' as const : 'recovery-key' as const;
  const now = options.now ?? Date.now();

  // The manifest comes first and says whose vault it is; the target is made once it is read.
  let target: Target | undefined;
  let merged: { added: number; addedBlobs: number; archived: boolean } | undefined;
  let manifest: { role: 'parent' | 'professional'; rows: number; blobs: number } | undefined;
  let ended = false;
  const counts = { rows: 0, blobs: 0 };
  let batch: VaultRecord[] = [];
  const flush = async (): Promise<AppResult<void>> => {
    if (batch.length === 0 || !target) return { ok: true, value: undefined };
    const saved = await target.addRecords(batch);
    batch = [];
    return saved;
  };
  const begin = async (role: 'parent' | 'professional'): Promise<AppResult<Target>> => {
    if (mode === 'merge') {
      if (role !== current!.role) return { ok: false, error: 'backup-other-role' };
      const made = await mergeTarget(current!, staging.value, checked.header);
      if (made.ok) merged = made.value.counts;
      return made;
    }
    const begun = await VaultRestorer.begin(staging.value, { ...checked.header, vaultKey }, role);
    return begun.ok ? { ok: true, value: freshVaultTarget(staging.value, begun.value, now, unlockedBy) } : begun;
  };
  const take = async (record: BodyValue): Promise<AppResult<void>> => {
    if (!isObject(record) || ended) return { ok: false, error: 'backup-malformed-record' };
    if (!manifest) {
      if (record.type !== 'manifest' || record.version !== 1 || (record.role !== 'parent' && record.role !== 'professional')
        || typeof record.rows !== 'number' || typeof record.blobs !== 'number') return { ok: false, error: 'backup-malformed-record' };
      manifest = { role: record.role, rows: record.rows, blobs: record.blobs };
      const made = await begin(manifest.role);
      if (!made.ok) return made;
      target = made.value;
      return { ok: true, value: undefined };
    }
    switch (record.type) {
      case 'row': {
        const row = record.record;
        if (!isObject(row) || typeof row.id !== 'string' || typeof row.kind !== 'string') return { ok: false, error: 'backup-malformed-record' };
        const vaultRow = row as unknown as VaultRecord;
        counts.rows++;
        target!.consent(vaultRow);
        if (target!.wants(vaultRow)) batch.push(vaultRow);
        return batch.length >= ROW_BATCH ? flush() : { ok: true, value: undefined };
      }
      case 'blob': {
        if (typeof record.id !== 'string' || !(record.bytes instanceof Uint8Array)) return { ok: false, error: 'backup-malformed-record' };
        counts.blobs++;
        return target!.wantsBlob(record.id) ? target!.addBlob(record.id, record.bytes) : { ok: true, value: undefined };
      }
      case 'end':
        ended = true;
        if (record.rows !== counts.rows || record.blobs !== counts.blobs) return { ok: false, error: 'backup-malformed-record' };
        return flush();
      default:
        // A later version may add record types this one does not know; they are skipped, not trusted.
        return { ok: true, value: undefined };
    }
  };

  const fail = async (error: string, extra: Loose = {}): Promise<AppResult<Restored>> => {
    if (target) await target.abort();
    else await dropStaging(staging.value);
    vaultKey.fill(0);
    return { ok: false, error, ...extra };
  };
  try {
    for (let at = checked.headerBytes.length; at < source.size; at += SLICE_BYTES) {
      if (options.signal?.aborted) return await fail('cancelled');
      const got = reader.push(await read(source, at, at + SLICE_BYTES));
      if (!got.ok) return await fail(`backup-${got.error}`);
      for (const record of got.value) {
        const taken = await take(record);
        if (!taken.ok) return await fail(taken.error);
      }
      options.onProgress?.({ bytes: Math.min(at + SLICE_BYTES, source.size), total: source.size });
    }
    const last = reader.end();
    if (!last.ok) return await fail(`backup-${last.error}`);
    for (const record of last.value) {
      const taken = await take(record);
      if (!taken.ok) return await fail(taken.error);
    }
  } catch {
    return await fail('file-unreadable');
  }
  if (!ended || !target || !manifest) return await fail('backup-truncated');
  const done = await target.finish();
  if (!done.ok) return await fail(done.error);
  vaultKey.fill(0);
  const { vault, changed } = done.value;
  if (changed) {
    // The one step that makes the restore real: from this commit on, the vault is the new one.
    const pointed = await pointVaultAt(staging.value.name);
    if (!pointed.ok) {
      vault.lock();
      await dropStaging(staging.value);
      return pointed;
    }
    const before = session.realDbName;
    session.moveRealDb(staging.value, vault);
    await eraseEverything([before]); // no longer pointed at; if this fails, the next restore clears it
    const loaded = await recordStore.load();
    if (!loaded.ok) return loaded;
  }
  return {
    ok: true,
    value: {
      mode, ...counts, added: merged?.added ?? counts.rows, addedBlobs: merged?.addedBlobs ?? counts.blobs,
      consentChainKept: merged?.archived ?? false,
      mustChangePassphrase: vault.mustChangePassphrase, role: manifest.role,
    },
  };
}
