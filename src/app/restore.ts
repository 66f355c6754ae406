// Restoring a backup on a phone with no vault (issue 13; docs/backup-format.md). The file is read
// in slices, never whole: the header first (a file that is not a backup, or is from a newer app,
// is refused before the rest is read), then the passphrase or recovery words, then record by
// record into the vault, whose header is written only once the whole file has checked out.
import { recoveryKeyFromWords, splitRecoveryWords, type SecretKey } from '../crypto/index';
import {
  BackupFileReader, backupVaultKey, decodeBackupHeader, type BackupHeader, type BodyValue,
} from '../share/index';
import { VaultRestorer, type VaultRecord } from '../vault/index';
import type { AppResult } from './result';
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

export interface Restored {
  rows: number;
  blobs: number;
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

/**
 * Restores onto a phone that has no vault. Any failure (a wrong secret, a damaged or cut file,
 * full storage, a cancel) removes every row written so far: the phone is left as it was.
 */
export async function restoreBackup(
  source: BackupSource, checked: CheckedBackup, secret: RestoreSecret,
  options: { now?: number; signal?: AbortSignal; onProgress?: (p: RestoreProgress) => void } = {},
): Promise<AppResult<Restored>> {
  const state = await currentVaultState();
  if (!state.ok) return state;
  if (state.value !== 'none') return { ok: false, error: 'vault-exists' };
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
  const reader = new BackupFileReader(vaultKey, checked.header, checked.headerBytes);

  // The manifest comes first and says whose vault it is; the restorer starts once it is read.
  let restorer: VaultRestorer | undefined;
  let manifest: { role: 'parent' | 'professional'; rows: number; blobs: number } | undefined;
  let ended = false;
  const counts = { rows: 0, blobs: 0 };
  let batch: VaultRecord[] = [];
  const flush = async (): Promise<AppResult<void>> => {
    if (batch.length === 0 || !restorer) return { ok: true, value: undefined };
    const saved = await restorer.addRecords(batch);
    batch = [];
    return saved;
  };
  const take = async (record: BodyValue): Promise<AppResult<void>> => {
    if (!isObject(record) || ended) return { ok: false, error: 'backup-malformed-record' };
    if (!manifest) {
      if (record.type !== 'manifest' || record.version !== 1 || (record.role !== 'parent' && record.role !== 'professional')
        || typeof record.rows !== 'number' || typeof record.blobs !== 'number') return { ok: false, error: 'backup-malformed-record' };
      manifest = { role: record.role, rows: record.rows, blobs: record.blobs };
      const begun = await VaultRestorer.begin(session.db('real'), { ...checked.header, vaultKey }, manifest.role);
      if (!begun.ok) return begun;
      restorer = begun.value;
      return { ok: true, value: undefined };
    }
    switch (record.type) {
      case 'row': {
        const row = record.record;
        if (!isObject(row) || typeof row.id !== 'string' || typeof row.kind !== 'string') return { ok: false, error: 'backup-malformed-record' };
        batch.push(row as unknown as VaultRecord);
        counts.rows++;
        return batch.length >= ROW_BATCH ? flush() : { ok: true, value: undefined };
      }
      case 'blob': {
        if (typeof record.id !== 'string' || !(record.bytes instanceof Uint8Array)) return { ok: false, error: 'backup-malformed-record' };
        counts.blobs++;
        return restorer!.addBlob(record.id, record.bytes);
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
    await restorer?.abort();
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
  if (!ended || !restorer || !manifest) return await fail('backup-truncated');
  const unlockedBy = 'passphrase' in secret ? 'passphrase' as const : 'recovery-key' as const;
  const done = await restorer.finish(options.now ?? Date.now(), unlockedBy);
  vaultKey.fill(0);
  if (!done.ok) {
    await restorer.abort();
    return done;
  }
  session.setVault(done.value);
  const loaded = await recordStore.load();
  if (!loaded.ok) return loaded;
  return { ok: true, value: { ...counts, mustChangePassphrase: done.value.mustChangePassphrase, role: manifest.role } };
}
