import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoveryKeyToWords } from '../crypto/index';
import { isoDateTimeFromMs, type Entry } from '../domain/index';
import { generateDemoFamily } from '../domain/demo/generate';
import { eraseEverything, vaultState, VaultRestorer, type VaultRecord } from '../vault/index';
import { expectOk, makeTestVault, TEST_PASSPHRASE } from '../vault/test-support';
import { writeBackup } from './backup';
import { recordStore } from './record-store';
import { checkBackupFile, restoreBackup, type BackupSource } from './restore';
import { session } from './session';

const NOW = Date.UTC(2026, 11, 4, 9);
const PHOTO = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 13 + 5) & 255);
let file: Uint8Array;
let words: string;
let original: VaultRecord[];

const blobOf = (bytes: Uint8Array): BackupSource => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** A parent's vault elsewhere (its own database), backed up; then this phone starts empty. */
beforeEach(async () => {
  await eraseEverything();
  session.closeDb();
  const made = await makeTestVault();
  words = recoveryKeyToWords(made.recoveryKey.slice() as never).join(' ');
  session.setVault(made.vault);
  const family = generateDemoFamily({ seed: 5, observations: 40, now: isoDateTimeFromMs(NOW) });
  const entries: Entry[] = [...family.entries];
  expectOk(await made.vault.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries]));
  expectOk(await made.vault.putBlob('photo-1', PHOTO));
  expectOk(await recordStore.load());
  const parts: Uint8Array[] = [];
  expectOk(await writeBackup(async (b) => { parts.push(b.slice()); }, { now: NOW, chunkBytes: 8192 }));
  file = Uint8Array.from(parts.flatMap((p) => [...p]));
  original = expectOk(await made.vault.all()).filter((r) => r.id !== 'backup-status');
  session.lock('user');
  recordStore.clear();
});
afterEach(async () => {
  session.lock('user');
  session.closeDb();
  await eraseEverything();
});

const byId = (rows: VaultRecord[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function restore(bytes: Uint8Array, secret: Parameters<typeof restoreBackup>[2]) {
  const checked = await checkBackupFile(blobOf(bytes));
  if (!checked.ok) return checked;
  return restoreBackup(blobOf(bytes), checked.value, secret, { now: NOW + 1000 });
}

async function nothingStored() {
  const state = expectOk(await vaultState(session.db('real')));
  const rows = await session.db('real').records.count();
  const blobs = await session.db('real').blobs.count();
  return state === 'none' && rows === 0 && blobs === 0;
}

describe('restoring a backup on a new phone', () => {
  it('with the passphrase: every record the same, the photo byte for byte, unlocked', async () => {
    const done = expectOk(await restore(file, { passphrase: TEST_PASSPHRASE }));
    expect(done).toMatchObject({ rows: original.length, blobs: 1, mustChangePassphrase: false, role: 'parent' });
    const vault = session.vault!;
    expect(byId(expectOk(await vault.all()))).toEqual(byId(original));
    expect(expectOk(await vault.getBlob('photo-1'))).toEqual(PHOTO);
    expect(recordStore.children().map((c) => c.name).sort()).toEqual(['Maya Rahman', 'Yusuf Rahman']);
    expect(expectOk(await vaultState(session.db('real')))).toBe('locked');
  });

  it('with the recovery words: restored, and a new passphrase is asked for', async () => {
    const done = expectOk(await restore(file, { words }));
    expect(done.mustChangePassphrase).toBe(true);
    expect(session.vault?.unlockedBy).toBe('recovery-key');
  });

  it('a wrong passphrase or wrong words: a clear code, nothing stored', async () => {
    expect(await restore(file, { passphrase: 'not it at all' })).toEqual({ ok: false, error: 'backup-wrong-passphrase' });
    expect(await nothingStored()).toBe(true);
    const wrong = words.split(' ').reverse().join(' ');
    const result = await restore(file, { words: wrong });
    expect(result.ok).toBe(false);
    expect(await nothingStored()).toBe(true);
  });

  it('a tampered, cut or random file: refused, and whatever was written is gone', async () => {
    const tampered = file.slice(); tampered[file.length - 2000]! ^= 1;
    expect(await restore(tampered, { passphrase: TEST_PASSPHRASE })).toEqual({ ok: false, error: 'backup-tampered' });
    expect(await nothingStored()).toBe(true);
    expect(await restore(file.subarray(0, file.length - 8192 - 16 - 100), { passphrase: TEST_PASSPHRASE })).toMatchObject({ ok: false });
    expect(await nothingStored()).toBe(true);
    expect(await checkBackupFile(blobOf(Uint8Array.from({ length: 4000 }, (_, i) => i & 255)))).toEqual({ ok: false, error: 'backup-bad-magic' });
    const newer = file.slice(); newer[3] = 2;
    expect(await checkBackupFile(blobOf(newer))).toEqual({ ok: false, error: 'backup-newer-version' });
  });

  it('a restore stopped half way (a reload) leaves no vault, and the next restore completes', async () => {
    // Rows written, header not: what a reload in the middle leaves behind.
    const keys = { kdf: { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const, salt: new Uint8Array(16), passphraseWrap: new Uint8Array(72), recoveryWrap: new Uint8Array(72), vaultKey: new Uint8Array(32).fill(4) as never };
    const half = expectOk(await VaultRestorer.begin(session.db('real'), keys, 'parent'));
    expectOk(await half.addRecords(original.slice(0, 10)));
    expect(await session.db('real').records.count()).toBe(10);
    expect(expectOk(await vaultState(session.db('real')))).toBe('none');
    // The next restore clears them and completes.
    expectOk(await restore(file, { passphrase: TEST_PASSPHRASE }));
    expect(byId(expectOk(await session.vault!.all()))).toEqual(byId(original));
  });

  it('a cancelled restore stores nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const checked = expectOk(await checkBackupFile(blobOf(file)));
    expect(await restoreBackup(blobOf(file), checked, { passphrase: TEST_PASSPHRASE }, { signal: controller.signal })).toEqual({ ok: false, error: 'cancelled' });
    expect(await nothingStored()).toBe(true);
  });

  it('onto a phone that already has a vault: refused for now, and that vault is untouched', async () => {
    expectOk(await restore(file, { passphrase: TEST_PASSPHRASE }));
    session.lock('user');
    const rowsBefore = await session.db('real').records.count();
    expect(await restore(file, { passphrase: TEST_PASSPHRASE })).toEqual({ ok: false, error: 'vault-exists' });
    expect(await session.db('real').records.count()).toBe(rowsBefore);
  });
});
