import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDateTimeFromMs, type Entry } from '../domain/index';
import { generateDemoFamily } from '../domain/demo/generate';
import { BackupFileReader, backupVaultKey, decodeBackupHeader, type BodyValue } from '../share/index';
import { expectOk, makeTestVault, TEST_PASSPHRASE } from '../vault/test-support';
import { backupFileName, writeBackup } from './backup';
import { backupReminder, backupReminderFor } from './backup-status';
import { recordStore } from './record-store';
import { session } from './session';

const NOW = Date.UTC(2026, 11, 4, 9);
const DAY = 86_400_000;
let recoveryKey: Uint8Array;

beforeEach(async () => {
  const made = await makeTestVault();
  recoveryKey = made.recoveryKey;
  session.setVault(made.vault);
  const family = generateDemoFamily({ seed: 3, observations: 30, now: isoDateTimeFromMs(NOW) });
  const entries: Entry[] = [...family.entries];
  expectOk(await session.vault!.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries]));
  expectOk(await session.vault!.putBlob('photo-1', Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7) & 255)));
  expectOk(await session.vault!.putBlob('photo-2', Uint8Array.from({ length: 9_000 }, (_, i) => (i * 3) & 255)));
  expectOk(await recordStore.load());
});
afterEach(() => session.lock('user'));

async function backup(options: Parameters<typeof writeBackup>[1] = {}) {
  const parts: Uint8Array[] = [];
  const done = await writeBackup(async (b) => { parts.push(b.slice()); }, { now: NOW, chunkBytes: 8192, ...options });
  const file = Uint8Array.from(parts.flatMap((p) => [...p]));
  return { done, file, parts };
}

async function readBack(file: Uint8Array, secret: Parameters<typeof backupVaultKey>[1]): Promise<BodyValue[]> {
  const head = decodeBackupHeader(file.subarray(0, 512));
  if (!head.ok) throw new Error(head.error);
  const key = await backupVaultKey(head.value.header, secret);
  if (!key.ok) throw new Error(key.error);
  const reader = new BackupFileReader(key.value, head.value.header, file.subarray(0, head.value.length));
  const a = reader.push(file.subarray(head.value.length));
  const b = reader.end();
  if (!a.ok) throw new Error(a.error);
  if (!b.ok) throw new Error(b.error);
  return [...a.value, ...b.value];
}

describe('writing a backup', () => {
  it('holds every record and every file of the vault, and opens with the passphrase or the recovery key', async () => {
    const { done, file, parts } = await backup();
    const ok = expectOk(done);
    expect(parts.length).toBeGreaterThan(5);
    const all = expectOk(await session.vault!.all());
    const stored = all.filter((r) => r.id !== 'backup-status');
    expect(ok.rows).toBe(stored.length);
    expect(ok.blobs).toBe(2);
    expect(ok.bytes).toBe(file.length);
    for (const secret of [{ passphrase: TEST_PASSPHRASE }, { recoveryKey: recoveryKey as never }]) {
      const records = await readBack(file, secret);
      expect(records[0]).toMatchObject({ type: 'manifest', version: 1, rows: stored.length, blobs: 2, role: 'parent' });
      expect(records.at(-1)).toEqual({ type: 'end', rows: stored.length, blobs: 2 });
      const rows = records.filter((r) => (r as { type: string }).type === 'row').map((r) => (r as { record: { id: string } }).record);
      expect(rows.map((r) => r.id).sort()).toEqual(stored.map((r) => r.id).sort());
      expect(rows.find((r) => r.id === stored[5]!.id)).toEqual(stored[5]);
      const blobs = records.filter((r) => (r as { type: string }).type === 'blob') as { id: string; bytes: Uint8Array }[];
      expect(blobs.map((b) => b.id).sort()).toEqual(['photo-1', 'photo-2']);
      expect(blobs.find((b) => b.id === 'photo-1')!.bytes).toEqual(Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7) & 255));
    }
    expect(await readBack(file, { passphrase: 'not the passphrase' }).catch((e: Error) => e.message)).toBe('wrong-secret');
  });

  it('stops when cancelled, and notes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const { done } = await backup({ signal: controller.signal });
    expect(done).toEqual({ ok: false, error: 'cancelled' });
    expect(await backupReminder(NOW)).toMatchObject({ due: true, reason: 'never' });
  });

  it('remembers when, for a gentle reminder after 30 days or 50 new entries', async () => {
    expect(await backupReminder(NOW)).toMatchObject({ due: true, reason: 'never' });
    expectOk((await backup()).done);
    expect(await backupReminder(NOW + DAY)).toEqual({ due: false, lastBackupAt: NOW });
    expect(await backupReminder(NOW + 31 * DAY)).toEqual({ due: true, reason: 'old', lastBackupAt: NOW });
    const status = { id: 'backup-status', kind: 'backup-status', lastBackupAt: NOW, recordsAtBackup: 100 } as const;
    expect(backupReminderFor(status, 149, NOW + DAY)).toEqual({ due: false, lastBackupAt: NOW });
    expect(backupReminderFor(status, 150, NOW + DAY)).toEqual({ due: true, reason: 'many', lastBackupAt: NOW });
    expect(backupReminderFor(undefined, 9, NOW)).toEqual({ due: false });
  });

  it('names the file by the day on this phone’s calendar', () => {
    expect(backupFileName(new Date(2026, 11, 4, 23, 30).getTime())).toBe('family-file-backup-2026-12-04.familyfile');
  });
});
