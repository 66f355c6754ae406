// backup.write_mb_s (issue 13), inside Chromium against real IndexedDB: the app's own writeBackup
// over a vault of 5,000 entries and 500 photos of 300 KB (about 150 MB), to a sink that counts the
// bytes as a file writer would take them. bench/backup.mjs drives it and samples the JS heap.
import { isoDateTimeFromMs, type Entry } from '../../src/domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../../src/domain/demo/generate';
import { writeBackup } from '../../src/app/backup';
import { recordStore } from '../../src/app/record-store';
import { session } from '../../src/app/session';
import { completeSetup, createVault, openVaultDb } from '../../src/vault/index';

export interface BackupBenchOptions {
  entries: number;
  photos: number;
  photoBytes: number;
}

declare global {
  interface Window {
    prepareBackupBench: (o: BackupBenchOptions) => Promise<{ rows: number; blobs: number }>;
    runBackupBench: () => Promise<{ ms: number; bytes: number; rows: number; blobs: number }>;
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

window.prepareBackupBench = async ({ entries: wanted, photos, photoBytes }) => {
  const now = Date.now();
  const db = openVaultDb(`ff-backup-bench-${now}`);
  const created = expectOk('createVault', await createVault(db, { passphrase: 'bench passphrase for backup', role: 'parent' }));
  expectOk('completeSetup', await completeSetup(created.vault));
  session.setVault(created.vault);
  const family = generateDemoFamily({ seed: 20261204, observations: wanted, now: isoDateTimeFromMs(now) });
  const entries = family.entries.map((e) => ({ ...e, childId: DEMO_CHILD_IDS.older }) as Entry).slice(0, wanted);
  const rows = [...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries];
  for (let i = 0; i < rows.length; i += 500) expectOk('putMany', await created.vault.putMany(rows.slice(i, i + 500)));
  for (let i = 0; i < photos; i++) expectOk('putBlob', await created.vault.putBlob(`bench-photo-${i}`, photo(i + 1, photoBytes)));
  expectOk('load', await recordStore.load());
  return { rows: rows.length, blobs: photos };
};

window.runBackupBench = async () => {
  let bytes = 0;
  const t0 = performance.now();
  const done = expectOk('writeBackup', await writeBackup(async (part) => { bytes += part.length; }));
  const ms = performance.now() - t0;
  return { ms, bytes, rows: done.rows, blobs: done.blobs };
};
document.body.dataset.ready = 'true';
