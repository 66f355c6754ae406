import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoveryKeyToWords } from '../crypto/index';
import { asChildId, isoDateTimeFromMs, type Entry } from '../domain/index';
import { generateDemoFamily } from '../domain/demo/generate';
import {
  completeSetup, createVault, databaseExists, eraseEverything, openVaultDb, otherVaultDbName, unlockWithPassphrase, vaultState, VaultRestorer, type UnlockedVault, type VaultRecord,
} from '../vault/index';
import { expectOk, fillDiskOf, freshDb, makeTestVault, TEST_KDF, TEST_PASSPHRASE, TEST_UNLOCK } from '../vault/test-support';
import { writeBackup } from './backup';
import { appendConsentEvent, readConsentLog } from './consent-log';
import { readKeptConsentChains } from './consent-kept';
import { recordStore } from './record-store';
import { checkBackupFile, restoreBackup, type BackupSource, type RestoreMode } from './restore';
import { session } from './session';

const NOW = Date.UTC(2026, 11, 4, 9);
const PHOTO = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 13 + 5) & 255);
let file: Uint8Array;
let words: string;
let original: VaultRecord[];

const blobOf = (bytes: Uint8Array): BackupSource => new Blob([bytes as Uint8Array<ArrayBuffer>]);

/** The session's vault as a backup file, in 8 KiB chunks (many chunks for a small vault). */
async function backupBytes(chunkBytes = 8192): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  expectOk(await writeBackup(async (b) => { parts.push(b.slice()); }, { now: NOW, chunkBytes }));
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

/** The vault that was backed up: its rows, and this test no longer holding it open. */
async function putAway(vault: UnlockedVault): Promise<VaultRecord[]> {
  const rows = expectOk(await vault.all()).filter((r) => r.id !== 'backup-status');
  session.lock('user');
  recordStore.clear();
  return rows;
}

/** A parent's vault elsewhere (its own database), backed up; then this phone starts empty. */
beforeEach(async () => {
  await eraseEverything();
  session.closeDb();
  await session.findRealDb();
  const made = await makeTestVault();
  words = recoveryKeyToWords(made.recoveryKey.slice() as never).join(' ');
  session.setVault(made.vault);
  const family = generateDemoFamily({ seed: 5, observations: 40, now: isoDateTimeFromMs(NOW) });
  const entries: Entry[] = [...family.entries];
  expectOk(await made.vault.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries]));
  expectOk(await made.vault.putBlob('photo-1', PHOTO));
  expectOk(await recordStore.load());
  file = await backupBytes();
  original = await putAway(made.vault);
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

  it('onto a phone that already has a vault, from the first screen: refused, and that vault is untouched', async () => {
    expectOk(await restore(file, { passphrase: TEST_PASSPHRASE }));
    session.lock('user');
    const rowsBefore = await session.db('real').records.count();
    expect(await restore(file, { passphrase: TEST_PASSPHRASE })).toEqual({ ok: false, error: 'vault-exists' });
    expect(await session.db('real').records.count()).toBe(rowsBefore);
  });

  it('a 2 GB file is refused after reading only its start: random bytes at the header, a real header over garbage at the first chunk', async () => {
    const GB2 = 2 * 1024 ** 3;
    /** A 2 GB "file" that makes up its bytes as they are asked for, and counts them. */
    const huge = (start: Uint8Array) => {
      const source = {
        size: GB2, read: 0,
        slice(from: number, to: number) {
          source.read += to - from;
          return { arrayBuffer: async () => Uint8Array.from({ length: to - from }, (_, i) => (from + i < start.length ? start[from + i]! : ((from + i) * 131 + 7) & 255)).buffer };
        },
      };
      return source;
    };
    const random = huge(new Uint8Array(0));
    expect(await checkBackupFile(random)).toEqual({ ok: false, error: 'backup-bad-magic' });
    expect(random.read).toBeLessThanOrEqual(512);

    const headerOnly = huge(file.subarray(0, expectOk(await checkBackupFile(blobOf(file))).headerBytes.length));
    const checked = expectOk(await checkBackupFile(headerOnly));
    expect(await restoreBackup(headerOnly, checked, { passphrase: TEST_PASSPHRASE }, { now: NOW })).toEqual({ ok: false, error: 'backup-tampered' });
    expect(headerOnly.read).toBeLessThanOrEqual(512 + 1024 * 1024); // the header, then one slice: the first chunk failed to open
    expect(await nothingStored()).toBe(true);
  });

  it('leaves no second database behind after a failure', async () => {
    expect((await restore(file, { passphrase: 'not it at all' })).ok).toBe(false);
    const tampered = file.slice(); tampered[file.length - 2000]! ^= 1;
    expect((await restore(tampered, { passphrase: TEST_PASSPHRASE })).ok).toBe(false);
    expect(await databaseExists('familyfile-2')).toBe(false);
    expect(await databaseExists('familyfile')).toBe(false);
  });
});

describe('property: any vault, backed up and restored', () => {
  it('comes back the same: every record deep-equal, every file byte-equal, the consent chain whole', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 30 }),
      fc.array(fc.uint8Array({ minLength: 0, maxLength: 40_000 }), { maxLength: 3 }), fc.integer({ min: 0, max: 4 }),
      fc.constantFrom(4096, 8192, 65_536),
      async (seed, observations, files, grants, chunkBytes) => {
        await eraseEverything();
        session.closeDb();
        await session.findRealDb();
        const made = await makeTestVault();
        session.setVault(made.vault);
        const family = generateDemoFamily({ seed, observations, now: isoDateTimeFromMs(NOW) });
        expectOk(await made.vault.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...family.entries]));
        for (const [i, bytes] of files.entries()) expectOk(await made.vault.putBlob(`file-${i}`, bytes));
        for (let i = 0; i < grants; i++) {
          expectOk(await appendConsentEvent({
            type: 'grant', at: isoDateTimeFromMs(NOW + i), childId: asChildId(family.children[0]!.id), sections: ['about-me'], to: { name: `Member ${i}`, verified: i % 2 === 0 },
          }));
        }
        expectOk(await recordStore.load());
        const bytes = await backupBytes(chunkBytes);
        const before = byId(expectOk(await made.vault.all()).filter((r) => r.id !== 'backup-status'));
        const useWords = seed % 2 === 0;
        const secret = useWords ? { words: recoveryKeyToWords(made.recoveryKey.slice() as never).join(' ') } : { passphrase: TEST_PASSPHRASE };
        session.lock('user');
        recordStore.clear();

        expectOk(await restore(bytes, secret));
        expect(byId(expectOk(await session.vault!.all()))).toEqual(before);
        for (const [i, file] of files.entries()) expect(expectOk(await session.vault!.getBlob(`file-${i}`))).toEqual(file);
        const log = expectOk(await readConsentLog());
        expect(log.entries).toHaveLength(grants);
        expect(log.brokenAt).toBeUndefined();
        session.lock('user');
        session.closeDb();
      },
    ), { numRuns: 12 });
  });
});

/** This phone: its own vault, set up and open, with one child of its own and two consent entries. */
async function phoneWithItsOwnVault() {
  await session.findRealDb();
  const created = expectOk(await createVault(session.db('real'), { passphrase: PHONE_PASSPHRASE, role: 'parent', kdfParams: TEST_KDF, allowWeakParamsForTests: true }));
  expectOk(await completeSetup(created.vault));
  session.setVault(created.vault);
  const child = { id: 'phone-child-1', kind: 'child', name: 'Zara Ahmed', dateOfBirth: '2025-01-02', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
  expectOk(await created.vault.put(child as unknown as VaultRecord));
  expectOk(await created.vault.putBlob('phone-photo', Uint8Array.of(1, 2, 3)));
  for (const sections of [['about-me'], ['about-me', 'health']] as const) {
    expectOk(await appendConsentEvent({
      type: 'grant', at: isoDateTimeFromMs(NOW), childId: asChildId('phone-child-1'), sections: [...sections],
      to: { name: 'Nurse Ann', verified: true, memberId: 'm-1' },
    }));
  }
  expectOk(await recordStore.load());
  return created.vault;
}

const PHONE_PASSPHRASE = 'a different phone passphrase here';

async function allRows() {
  return byId(expectOk(await session.vault!.all()));
}

/** A reload: every handle dropped, and the vault found again from the pointer. */
async function reload() {
  session.lock('user');
  session.closeDb();
  recordStore.clear();
  await session.findRealDb();
}

describe('restoring onto a phone that already has a vault', () => {
  beforeEach(async () => {
    // The backup above carries a consent record of its own.
    const made = await makeTestVault();
    words = recoveryKeyToWords(made.recoveryKey.slice() as never).join(' ');
    session.setVault(made.vault);
    const family = generateDemoFamily({ seed: 5, observations: 40, now: isoDateTimeFromMs(NOW) });
    expectOk(await made.vault.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...family.entries]));
    expectOk(await made.vault.putBlob('photo-1', PHOTO));
    for (let i = 0; i < 3; i++) {
      expectOk(await appendConsentEvent({
        type: 'grant', at: isoDateTimeFromMs(NOW), childId: asChildId('other'), sections: ['about-me'], to: { name: `GP ${i}`, verified: false },
      }));
    }
    expectOk(await recordStore.load());
    file = await backupBytes();
    original = await putAway(made.vault);
  });

  const restoreAs = async (mode: RestoreMode, bytes = file, secret: Parameters<typeof restoreBackup>[2] = { passphrase: TEST_PASSPHRASE }) => {
    const checked = expectOk(await checkBackupFile(blobOf(bytes)));
    return restoreBackup(blobOf(bytes), checked, secret, { mode, now: NOW + 1000 });
  };

  it("replace: the backup takes the phone's place whole; after a reload it opens with the backup's passphrase", async () => {
    await phoneWithItsOwnVault();
    const done = expectOk(await restoreAs('replace'));
    expect(done).toMatchObject({ mode: 'replace', rows: original.length, blobs: 1 });
    expect(await allRows()).toEqual(byId(original));
    expect(session.realDbName).toBe('familyfile-2');
    expect(await databaseExists('familyfile')).toBe(false); // the old vault is gone, not left readable
    await reload();
    expect(session.realDbName).toBe('familyfile-2');
    expect(expectOk(await vaultState(session.db('real')))).toBe('locked');
    expect((await unlockWithPassphrase(session.db('real'), PHONE_PASSPHRASE, TEST_UNLOCK)).ok).toBe(false);
    const vault = expectOk(await unlockWithPassphrase(session.db('real'), TEST_PASSPHRASE, TEST_UNLOCK));
    session.setVault(vault);
    expect(await allRows()).toEqual(byId(original));
    expect(expectOk(await vault.getBlob('photo-1'))).toEqual(PHOTO);
  });

  it("merge: what the backup adds joins the phone's record, nothing is duplicated, and both consent chains check out", async () => {
    await phoneWithItsOwnVault();
    const before = await allRows();
    const done = expectOk(await restoreAs('merge'));
    expect(done).toMatchObject({ mode: 'merge', consentChainKept: true, addedBlobs: 1 });
    const after = await allRows();
    // Every row the phone had is still there as it was; every record of the backup is there once.
    for (const row of before) expect(after).toContainEqual(row);
    const ids = after.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of original.filter((r) => !['identity', 'settings', 'share-log', 'consent-head'].includes(r.kind))) {
      expect(ids).toContain(row.id);
    }
    expect(recordStore.children().map((c) => c.name).sort()).toEqual(['Maya Rahman', 'Yusuf Rahman', 'Zara Ahmed']);
    expect(expectOk(await session.vault!.getBlob('phone-photo'))).toEqual(Uint8Array.of(1, 2, 3));
    expect(expectOk(await session.vault!.getBlob('photo-1'))).toEqual(PHOTO);
    // The phone's own chain: unchanged, still whole. The backup's: kept beside it, whole.
    const log = expectOk(await readConsentLog());
    expect(log.entries.length).toBe(2);
    expect(log.brokenAt).toBeUndefined();
    const kept = expectOk(await readKeptConsentChains());
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ backupCreatedAt: NOW });
    expect(kept[0]!.entries).toHaveLength(3);
    expect(kept[0]!.brokenAt).toBeUndefined();
    // The phone's passphrase still opens it after a reload; the backup's does not.
    await reload();
    expect((await unlockWithPassphrase(session.db('real'), TEST_PASSPHRASE, TEST_UNLOCK)).ok).toBe(false);
    session.setVault(expectOk(await unlockWithPassphrase(session.db('real'), PHONE_PASSPHRASE, TEST_UNLOCK)));
    expect(await allRows()).toEqual(after);
  });

  it('merge twice: the second changes nothing at all', async () => {
    await phoneWithItsOwnVault();
    expectOk(await restoreAs('merge'));
    const name = session.realDbName;
    const rows = await allRows();
    const stored = await session.db('real').records.toArray();
    const again = expectOk(await restoreAs('merge', file, { words }));
    expect(again).toMatchObject({ added: 0, addedBlobs: 0, consentChainKept: false });
    expect(session.realDbName).toBe(name);
    expect(await allRows()).toEqual(rows);
    expect(await session.db('real').records.toArray()).toEqual(stored); // not even re-sealed
    expect(await databaseExists(otherVaultDbName(name))).toBe(false);
  });

  it("merge takes the backup's copy of a record only when it was changed later", async () => {
    const vault = await phoneWithItsOwnVault();
    const child = original.find((r) => r.kind === 'child')! as VaultRecord & { name: string; updatedAt: string };
    const older = { ...child, name: 'Older name', updatedAt: '2000-01-01T00:00:00.000Z' };
    const sibling = original.filter((r) => r.kind === 'child')[1]! as VaultRecord & { name: string; updatedAt: string };
    const newer = { ...sibling, name: 'Newer name', updatedAt: '2999-01-01T00:00:00.000Z' };
    expectOk(await vault.putMany([older, newer]));
    expectOk(await restoreAs('merge'));
    expect(expectOk(await session.vault!.get(child.id))).toMatchObject({ name: child.name });
    expect(expectOk(await session.vault!.get(sibling.id))).toMatchObject({ name: 'Newer name' });
  });

  it('a backup of this very vault, merged back, adds no second consent chain', async () => {
    await phoneWithItsOwnVault();
    const own = await backupBytes();
    const done = expectOk(await restoreAs('merge', own, { passphrase: PHONE_PASSPHRASE }));
    expect(done).toMatchObject({ added: 0, consentChainKept: false });
  });

  it("a professional's backup is not merged into a parent's vault", async () => {
    await phoneWithItsOwnVault();
    const pro = await makeTestVault(TEST_PASSPHRASE, freshDb(), 'professional');
    session.setVault(pro.vault);
    const proFile = await backupBytes();
    session.lock('user');
    session.closeDb();
    await session.findRealDb();
    session.setVault(expectOk(await unlockWithPassphrase(session.db('real'), PHONE_PASSPHRASE, TEST_UNLOCK)));
    const before = await allRows();
    expect(await restoreAs('merge', proFile)).toEqual({ ok: false, error: 'backup-other-role' });
    expect(await allRows()).toEqual(before);
  });

  it("replace or merge needs the phone's vault open", async () => {
    await phoneWithItsOwnVault();
    session.lock('user');
    expect(await restoreAs('replace')).toEqual({ ok: false, error: 'locked' });
    expect(await restoreAs('merge')).toEqual({ ok: false, error: 'locked' });
  });

  for (const mode of ['replace', 'merge'] as const) {
    it(`${mode}: a wrong secret, a damaged file, full storage or a cancel leave the phone's vault exactly as it was`, async () => {
      await phoneWithItsOwnVault();
      const name = session.realDbName;
      const stored = await session.db('real').records.toArray();
      const rows = await allRows();
      expect(await restoreAs(mode, file, { passphrase: 'wrong wrong wrong' })).toEqual({ ok: false, error: 'backup-wrong-passphrase' });
      const tampered = file.slice(); tampered[file.length - 2000]! ^= 1;
      expect(await restoreAs(mode, tampered)).toEqual({ ok: false, error: 'backup-tampered' });
      expect((await restoreAs(mode, file.subarray(0, file.length - 9000))).ok).toBe(false);
      // The disk fills while the new vault is being built.
      const full = fillDiskOf(otherVaultDbName(name));
      try {
        expect(await restoreAs(mode)).toEqual({ ok: false, error: 'storage-full' });
      } finally {
        full.release();
      }
      const controller = new AbortController();
      controller.abort();
      const checked = expectOk(await checkBackupFile(blobOf(file)));
      expect(await restoreBackup(blobOf(file), checked, { passphrase: TEST_PASSPHRASE }, { mode, signal: controller.signal })).toEqual({ ok: false, error: 'cancelled' });
      expect(session.realDbName).toBe(name);
      expect(await session.db('real').records.toArray()).toEqual(stored);
      expect(await allRows()).toEqual(rows);
      expect(await databaseExists(otherVaultDbName(name))).toBe(false);
    });
  }

  it('a reload after the new vault was built but before the switch finds the old vault as it was', async () => {
    await phoneWithItsOwnVault();
    const rows = await allRows();
    // What a restore leaves if the phone dies just before the pointer moves: a finished vault, unused.
    const other = openVaultDb(otherVaultDbName(session.realDbName));
    const keys = { kdf: TEST_KDF, salt: new Uint8Array(16), passphraseWrap: new Uint8Array(72), recoveryWrap: new Uint8Array(72), vaultKey: new Uint8Array(32).fill(4) as never };
    const built = expectOk(await VaultRestorer.begin(other, keys, 'parent'));
    expectOk(await built.addRecords(original.slice(0, 5)));
    expectOk(await built.finish(NOW, 'passphrase')).lock();
    other.close();
    await reload();
    expect(session.realDbName).toBe('familyfile');
    session.setVault(expectOk(await unlockWithPassphrase(session.db('real'), PHONE_PASSPHRASE, TEST_UNLOCK)));
    expect(await allRows()).toEqual(rows);
    // The next restore builds over the leftover.
    expectOk(await restoreAs('merge'));
    expect(recordStore.children().map((c) => c.name)).toContain('Zara Ahmed');
  });
});
