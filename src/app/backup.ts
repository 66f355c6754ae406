// Writing a whole-vault backup (docs/backup-format.md): every record and photo or document of the
// vault, sealed chunk by chunk, handed to a sink as the bytes are made, so a vault of hundreds of
// photos never sits in memory twice. Restoring is the next step of issue 13.
import { randomBytes } from '../crypto/index';
import { BACKUP_ID_BYTES, BackupFileWriter, type BackupHeader, type BodyValue } from '../share/index';
import { vaultWraps, type VaultRecord } from '../vault/index';
import type { AppResult } from './result';
import { session } from './session';
import { BACKUP_STATUS_ID, type BackupStatus } from './backup-status';
import { recordStore } from './record-store';

/** 256 KiB of plain bytes per chunk: small enough for a cheap phone, large enough to stream fast. */
export const BACKUP_CHUNK_BYTES = 256 * 1024;

export interface BackupProgress {
  /** Records and files written so far, of `total`. */
  done: number;
  total: number;
  bytes: number;
}

export interface BackupOptions {
  now?: number;
  signal?: AbortSignal;
  onProgress?: (p: BackupProgress) => void;
  /** Tests only. */
  chunkBytes?: number;
}

export interface BackupDone {
  rows: number;
  blobs: number;
  bytes: number;
  fileName: string;
}

/** The file name a backup is offered under: the day it was made, on this phone's calendar. */
export function backupFileName(now: number): string {
  const d = new Date(now);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `family-file-backup-${day}.familyfile`;
}

/**
 * Writes the backup to `sink`, header first. Records go in the order the vault lists them, then
 * every blob, read one at a time. On success the vault notes when (for the reminder); a cancel or
 * a failure notes nothing and the caller discards what the sink received.
 */
export async function writeBackup(sink: (bytes: Uint8Array) => Promise<void>, options: BackupOptions = {}): Promise<AppResult<BackupDone>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const now = options.now ?? Date.now();
  const wraps = await vaultWraps(vault);
  if (!wraps.ok) return wraps;
  const rows = await vault.all<VaultRecord>();
  if (!rows.ok) return rows;
  const blobIds = await vault.listBlobIds();
  if (!blobIds.ok) return blobIds;
  const records = rows.value.filter((r) => r.id !== BACKUP_STATUS_ID);
  const header: BackupHeader = {
    version: 1, createdAt: now, chunkBytes: options.chunkBytes ?? BACKUP_CHUNK_BYTES, backupId: randomBytes(BACKUP_ID_BYTES), ...wraps.value,
  };
  const writer = vault.withVaultKey((key) => new BackupFileWriter(key, header));
  if (!writer) return { ok: false, error: 'locked' };

  const progress: BackupProgress = { done: 0, total: records.length + blobIds.value.length, bytes: 0 };
  const emit = async (parts: Uint8Array[]) => {
    for (const part of parts) {
      await sink(part);
      progress.bytes += part.length;
    }
  };
  const cancelled = () => options.signal?.aborted === true;
  await emit([writer.headerBytes]);
  await emit(writer.add({
    type: 'manifest', version: 1, createdAt: new Date(now).toISOString(), role: vault.role,
    rows: records.length, blobs: blobIds.value.length,
  }));
  for (const record of records) {
    if (cancelled()) return { ok: false, error: 'cancelled' };
    await emit(writer.add({ type: 'row', record: record as unknown as BodyValue }));
    progress.done++;
    if (progress.done % 200 === 0) options.onProgress?.({ ...progress });
  }
  for (const id of blobIds.value) {
    if (cancelled()) return { ok: false, error: 'cancelled' };
    const bytes = await vault.getBlob(id);
    // A blob that cannot be read is left out and counted, never a reason to lose the rest.
    if (bytes.ok) await emit(writer.add({ type: 'blob', id, bytes: bytes.value }));
    progress.done++;
    options.onProgress?.({ ...progress });
  }
  await emit(writer.add({ type: 'end', rows: records.length, blobs: blobIds.value.length }));
  await emit(writer.end());
  options.onProgress?.({ ...progress });
  const status: BackupStatus = { id: BACKUP_STATUS_ID, kind: 'backup-status', lastBackupAt: now, recordsAtBackup: recordStore.allEntries().length };
  const noted = await vault.put(status);
  if (!noted.ok) return noted;
  return { ok: true, value: { rows: records.length, blobs: blobIds.value.length, bytes: progress.bytes, fileName: backupFileName(now) } };
}
