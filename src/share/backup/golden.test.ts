// Golden vectors for the backup format, version 1 (tests/fixtures/backup/make-golden-backup.ts wrote
// them once). This test only reads them. If it fails, the change broke old backups: fix the code,
// not the files. docs/backup-format.md §7 says what a compatible reader does with them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asSecretKey, type SecretKey } from '../../crypto';
import { fromHex } from '../bytes';
import { readFixture } from '../testing/golden-read';
import type { BodyValue } from '../body/body';
import { BackupFileReader } from './file';
import { backupVaultKey, decodeBackupHeader } from './format';

const DIR = join(import.meta.dirname, '../../../tests/fixtures/backup/v1');
const golden = readFixture(DIR, 'backup.json') as {
  vaultKey: Uint8Array; recoveryKey: Uint8Array; passphrase: string; headerLength: number; chunkStarts: number[]; hex: string; records: BodyValue[];
};

function read(bytes: Uint8Array, key: SecretKey): { ok: true; value: BodyValue[] } | { ok: false; error: string } {
  const head = decodeBackupHeader(bytes.subarray(0, 512));
  if (!head.ok) return head;
  const reader = new BackupFileReader(key, head.value.header, bytes.subarray(0, head.value.length));
  const first = reader.push(bytes.subarray(head.value.length));
  if (!first.ok) return first;
  const last = reader.end();
  return last.ok ? { ok: true, value: [...first.value, ...last.value] } : last;
}

describe('backup golden vectors decode forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual(['backup.json', 'negative.json']);
  });

  it('the v1 backup opens with its passphrase and with its recovery key, and holds its records', async () => {
    const bytes = fromHex(golden.hex);
    const head = decodeBackupHeader(bytes.subarray(0, 512));
    if (!head.ok) throw new Error(head.error);
    expect(head.value.length).toBe(golden.headerLength);
    expect(head.value.header).toMatchObject({ version: 1, createdAt: Date.UTC(2026, 11, 4, 9), chunkBytes: 4096 });
    const byPassphrase = await backupVaultKey(head.value.header, { passphrase: golden.passphrase });
    const byRecovery = await backupVaultKey(head.value.header, { recoveryKey: asSecretKey(golden.recoveryKey) });
    expect(byPassphrase).toEqual({ ok: true, value: golden.vaultKey });
    expect(byRecovery).toEqual({ ok: true, value: golden.vaultKey });
    expect(read(bytes, asSecretKey(golden.vaultKey))).toEqual({ ok: true, value: golden.records });
    expect(golden.chunkStarts.length).toBe(3);
  });

  it('refuses every negative case with its error', () => {
    const negative = readFixture(DIR, 'negative.json') as { cases: { name: string; hex: string; error: string }[] };
    expect(negative.cases.length).toBe(9);
    for (const c of negative.cases) {
      expect(read(fromHex(c.hex), asSecretKey(golden.vaultKey)), c.name).toEqual({ ok: false, error: c.error });
    }
  });
});
