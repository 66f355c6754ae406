// When the family last made a backup, and whether to remind them: a gentle banner once the last
// backup is over 30 days old or 50 entries ago (or, never having made one, once there are 10
// entries worth keeping). Light: the home screen loads it, not the backup code.
import { recordStore } from './record-store';
import { session } from './session';

export const BACKUP_STATUS_ID = 'backup-status';
export const REMIND_AFTER_DAYS = 30;
export const REMIND_AFTER_ENTRIES = 50;
const WORTH_KEEPING = 10;

export interface BackupStatus {
  id: typeof BACKUP_STATUS_ID;
  kind: 'backup-status';
  lastBackupAt: number;
  /** How many entries the record held then. */
  recordsAtBackup: number;
}

export type BackupReminder =
  | { due: false; lastBackupAt?: number }
  | { due: true; reason: 'never' | 'old' | 'many'; lastBackupAt?: number };

export function backupReminderFor(status: BackupStatus | undefined, entries: number, now: number): BackupReminder {
  if (!status) return entries >= WORTH_KEEPING ? { due: true, reason: 'never' } : { due: false };
  const { lastBackupAt } = status;
  if (now - lastBackupAt > REMIND_AFTER_DAYS * 86_400_000) return { due: true, reason: 'old', lastBackupAt };
  if (entries - status.recordsAtBackup >= REMIND_AFTER_ENTRIES) return { due: true, reason: 'many', lastBackupAt };
  return { due: false, lastBackupAt };
}

export async function backupReminder(now = Date.now()): Promise<BackupReminder> {
  const vault = session.vault;
  if (!vault) return { due: false };
  const read = await vault.get<BackupStatus>(BACKUP_STATUS_ID);
  return backupReminderFor(read.ok ? read.value : undefined, recordStore.allEntries().length, now);
}
