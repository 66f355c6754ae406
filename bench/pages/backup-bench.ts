// Backup and restore benchmarks (issue 13), inside Chromium against real IndexedDB, with the app's
// own writeBackup and restoreBackup. bench/backup.mjs drives the phases and samples the JS heap:
// 1. roundtrip: a vault of 5,000 entries and no photos, backed up and restored into an empty app
//    database, timed together;
// 2. write: the same vault plus 500 photos of 300 KB (about 150 MB), backed up to a sink that
//    counts the bytes as a file writer would take them;
// 3. restore: that backup (gathered in a Blob, as the download path does) restored into an empty
//    app database.
import { isoDateTimeFromMs, type Entry } from '../../src/domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../../src/domain/demo/generate';
import { writeBackup } from '../../src/app/backup';
import { checkBackupFile, restoreBackup } from '../../src/app/restore';
import { recordStore } from '../../src/app/record-store';
import { session } from '../../src/app/session';
import { completeSetup, createVault, eraseEverything, openVaultDb, unlockWithPassphrase, type VaultDb } from '../../src/vault/index';

const PASSPHRASE = 'bench passphrase for backup';

export interface BackupBenchOptions {
  entries: number;
  photos: number;
  photoBytes: number;
}

declare global {
  interface Window {
    prepareBackupBench: (o: BackupBenchOptions) => Promise<{ rows: number }>;
    roundtripBackupBench: () => Promise<{ ms: number; bytes: number; rows: number }>;
    addPhotosBackupBench: (o: BackupBenchOptions) => Promise<{ blobs: number }>;
    writeBackupBench: () => Promise<{ ms: number; bytes: number; rows: number; blobs: number }>;
    gatherBackupBench: () => Promise<{ bytes: number }>;
    restoreBackupBench: () => Promise<{ ms: number; bytes: number; rows: number; blobs: number }>;
  }
}

function expectOk<T>(what: string, result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`backup bench: ${what} failed with '${result.error}'`);
  return result.value;
}

/** Photo-like bytes: varied, so nothing along the way can shrink them. */
function photo(seed: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed * 2654435761 >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 255;
  }
  return out;
}

let source: VaultDb;
let gathered = new Blob([]);

/** The bench's vault is the session's again (a restore made the restored one current). */
async function useSource(): Promise<void> {
  if (session.vault?.db === source) return;
  session.lock('user');
  session.setVault(expectOk('unlock', await unlockWithPassphrase(source, PASSPHRASE)));
  expectOk('load', await recordStore.load());
}

/** Backs up the session's vault into a Blob, as the download path does. */
async function backupToBlob(): Promise<number> {
  gathered = new Blob([]);
  const done = expectOk('writeBackup', await writeBackup(async (part) => { gathered = new Blob([gathered, part as Uint8Array<ArrayBuffer>]); }));
  return done.bytes;
}

/** Restores the gathered Blob into the app's own (emptied) database, then empties it again. */
async function restoreGathered(): Promise<{ ms: number; rows: number; blobs: number }> {
  session.lock('user');
  session.closeDb();
  // Every vault database and the pointer: a restore leaves the vault in the second database.
  expectOk('erase', await eraseEverything());
  await session.findRealDb();
  const t0 = performance.now();
  const checked = expectOk('check', await checkBackupFile(gathered));
  const restored = expectOk('restore', await restoreBackup(gathered, checked, { passphrase: PASSPHRASE }));
  const ms = performance.now() - t0;
  session.lock('user');
  session.closeDb();
  expectOk('erase', await eraseEverything());
  await session.findRealDb();
  return { ms, rows: restored.rows, blobs: restored.blobs };
}

window.prepareBackupBench = async ({ entries: wanted }) => {
  const now = Date.now();
  source = openVaultDb(`ff-backup-bench-${now}`);
  const created = expectOk('createVault', await createVault(source, { passphrase: PASSPHRASE, role: 'parent' }));
  expectOk('completeSetup', await completeSetup(created.vault));
  session.setVault(created.vault);
  const family = generateDemoFamily({ seed: 20261204, observations: wanted, now: isoDateTimeFromMs(now) });
  const entries = family.entries.map((e) => ({ ...e, childId: DEMO_CHILD_IDS.older }) as Entry).slice(0, wanted);
  const rows = [...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries];
  for (let i = 0; i < rows.length; i += 500) expectOk('putMany', await created.vault.putMany(rows.slice(i, i + 500)));
  expectOk('load', await recordStore.load());
  return { rows: rows.length };
};

window.roundtripBackupBench = async () => {
  await useSource();
  const t0 = performance.now();
  const bytes = await backupToBlob();
  const restored = await restoreGathered();
  return { ms: performance.now() - t0, bytes, rows: restored.rows };
};

window.addPhotosBackupBench = async ({ photos, photoBytes }) => {
  await useSource();
  for (let i = 0; i < photos; i++) expectOk('putBlob', await session.vault!.putBlob(`bench-photo-${i}`, photo(i + 1, photoBytes)));
  return { blobs: photos };
};

window.writeBackupBench = async () => {
  await useSource();
  let bytes = 0;
  const t0 = performance.now();
  const done = expectOk('writeBackup', await writeBackup(async (part) => { bytes += part.length; }));
  return { ms: performance.now() - t0, bytes, rows: done.rows, blobs: done.blobs };
};

window.gatherBackupBench = async () => {
  await useSource();
  return { bytes: await backupToBlob() };
};

window.restoreBackupBench = async () => {
  const restored = await restoreGathered();
  return { ...restored, bytes: gathered.size };
};
document.body.dataset.ready = 'true';
