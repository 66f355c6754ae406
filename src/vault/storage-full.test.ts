import 'fake-indexeddb/auto';
import { Dexie, type DBCore, type DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from './db';
import type { VaultDb } from './schema';
import { completeSetup, createVault } from './setup';
import { isQuotaExceeded, storageErrorCode } from './storage-errors';
import { expectOk, freshDbName, TEST_KDF, TEST_PASSPHRASE, TEST_UNLOCK } from './test-support';
import { changePassphrase, unlockWithPassphrase } from './unlock';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * A database whose writes to `table` fail like a full disk once `disk.full` is set. Half the
 * rows of a failing batch really reach IndexedDB first, so rollback is what keeps them out.
 */
function dbWithFullDisk(table: string): { db: VaultDb; disk: { full: boolean } } {
  const disk = { full: false };
  const db = openVaultDb(freshDbName());
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        if (name !== table) return inner;
        return {
          ...inner,
          mutate: async (req: DBCoreMutateRequest) => {
            if (!disk.full || (req.type !== 'put' && req.type !== 'add')) return inner.mutate(req);
            const half = Math.floor(req.values.length / 2);
            if (half > 0) {
              await inner.mutate({ ...req, values: req.values.slice(0, half), keys: req.keys?.slice(0, half) });
            }
            throw quotaError();
          },
        };
      },
    }),
  });
  return { db, disk };
}

async function setUp(db: VaultDb) {
  const created = expectOk(await createVault(db, {
    passphrase: TEST_PASSPHRASE, role: 'parent', kdfParams: TEST_KDF, allowWeakParamsForTests: true,
  }));
  expectOk(await completeSetup(created.vault));
  return created.vault;
}

describe('a full disk', () => {
  it('putMany fails with storage-full and keeps nothing from the batch', async () => {
    const { db, disk } = dbWithFullDisk('records');
    const vault = await setUp(db);
    expectOk(await vault.put({ id: 'before', kind: 'observation', text: 'saved earlier' }));
    disk.full = true;
    const batch = Array.from({ length: 6 }, (_, i) => ({ id: `new${i}`, kind: 'observation', text: `entry ${i}` }));
    expect(await vault.putMany(batch)).toEqual({ ok: false, error: 'storage-full' });
    disk.full = false;
    expect((await db.records.toCollection().primaryKeys()).sort()).toEqual([vault.storedId('before')]);
    expect(expectOk(await vault.get('before'))).toMatchObject({ text: 'saved earlier' });
    // Once space is free again the same batch saves.
    expectOk(await vault.putMany(batch));
    expect(await db.records.count()).toBe(7);
  });

  it('put and putBlob fail with storage-full and leave the old value', async () => {
    const records = dbWithFullDisk('records');
    const vault = await setUp(records.db);
    expectOk(await vault.put({ id: 'a', kind: 'observation', text: 'old' }));
    records.disk.full = true;
    expect(await vault.put({ id: 'a', kind: 'observation', text: 'new' })).toEqual({ ok: false, error: 'storage-full' });
    records.disk.full = false;
    expect(expectOk(await vault.get('a'))).toMatchObject({ text: 'old' });

    const blobs = dbWithFullDisk('blobs');
    const blobVault = await setUp(blobs.db);
    blobs.disk.full = true;
    expect(await blobVault.putBlob('p', new Uint8Array(100))).toEqual({ ok: false, error: 'storage-full' });
    expect(await blobs.db.blobs.count()).toBe(0);
  });

  it('createVault fails with storage-full and leaves no half vault', async () => {
    const { db, disk } = dbWithFullDisk('meta');
    disk.full = true;
    const result = await createVault(db, {
      passphrase: TEST_PASSPHRASE, role: 'parent', kdfParams: TEST_KDF, allowWeakParamsForTests: true,
    });
    expect(result).toEqual({ ok: false, error: 'storage-full' });
    expect(await db.meta.count()).toBe(0);
  });

  it('changePassphrase fails with storage-full and the old passphrase still opens', async () => {
    const { db, disk } = dbWithFullDisk('meta');
    const vault = await setUp(db);
    disk.full = true;
    expect(await changePassphrase(vault, 'something new', { kdfParams: TEST_KDF, allowWeakParamsForTests: true }))
      .toEqual({ ok: false, error: 'storage-full' });
    // The wrong-try counter cannot be written either, yet the parent still gets in.
    expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
    disk.full = false;
    expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
  });
});

describe('isQuotaExceeded', () => {
  it.each([
    ['a plain DOMException', quotaError()],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full')],
    ['an AbortError wrapping it as inner', new Dexie.AbortError('aborted', quotaError())],
    ['a BulkError listing it', new Dexie.BulkError('bulk failed', [quotaError()])],
    ['an Error with it as cause', new Error('write failed', { cause: quotaError() })],
  ])('finds %s', (_label, error) => {
    expect(isQuotaExceeded(error)).toBe(true);
    expect(storageErrorCode(error)).toBe('storage-full');
  });

  it('does not mistake other errors for a full disk', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaExceeded(new Error('bug'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    expect(storageErrorCode(new Dexie.DatabaseClosedError())).toBe('storage-closed');
    expect(storageErrorCode(new Dexie.ConstraintError('dup'))).toBe('storage-failed');
    expect(storageErrorCode(new TypeError('bug'))).toBeUndefined();
  });
});
