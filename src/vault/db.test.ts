import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { eraseEverything, onClosed, onVersionChange, openVaultDb, type ClosedReason } from './db';
import { DEMO_DB_NAME, VAULT_DB_NAME } from './schema';
import { vaultState } from './setup';
import { expectOk, freshDb, makeTestVault, TEST_PASSPHRASE, TEST_UNLOCK } from './test-support';
import { unlockWithPassphrase } from './unlock';

/** Opens the same database with the raw API at a higher version, as a newer app in another tab would. */
function upgradeFromAnotherTab(name: string, version: number): Promise<'opened' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => {
      request.result.close();
      resolve('opened');
    };
    request.onerror = () => reject(request.error);
  });
}

describe('versionchange', () => {
  it('closes the handle, tells the app, and does not block the other tab', async () => {
    const { db, vault } = await makeTestVault();
    const versionChanges: string[] = [];
    const closes: ClosedReason[] = [];
    onVersionChange(db, (reason) => versionChanges.push(reason));
    const stop = onClosed(db, (reason) => closes.push(reason));

    expect(await upgradeFromAnotherTab(db.name, 1000)).toBe('opened');
    expect(versionChanges).toEqual(['upgrade']);
    expect(closes).toEqual(['upgrade']);
    expect(db.isOpen()).toBe(false);
    stop();

    // The closed handle stays closed: no silent reopen with the old schema.
    expect(await vault.put({ id: 'late', kind: 'observation' })).toEqual({ ok: false, error: 'storage-closed' });
    expect(await vault.get('late')).toEqual({ ok: false, error: 'storage-closed' });
    expect(await vaultState(db)).toEqual({ ok: false, error: 'storage-closed' });
  });

  it('unsubscribed callbacks are not called', async () => {
    const db = freshDb();
    await db.open();
    const calls: string[] = [];
    const stop = onVersionChange(db, (reason) => calls.push(reason));
    stop();
    expect(await upgradeFromAnotherTab(db.name, 1000)).toBe('opened');
    expect(calls).toEqual([]);
  });

  it('reports a plain close as closed', async () => {
    const db = freshDb();
    await db.open();
    const closes: ClosedReason[] = [];
    onClosed(db, (reason) => closes.push(reason));
    db.close();
    expect(closes).toEqual(['closed']);
  });
});

describe('eraseEverything and the demo vault', () => {
  // These tests use the real database names, so each starts from an empty browser.
  beforeEach(async () => {
    expectOk(await eraseEverything());
  });

  it('the demo database is separate from the real one', async () => {
    const real = openVaultDb(VAULT_DB_NAME);
    const demo = openVaultDb(DEMO_DB_NAME);
    await makeTestVault('demo passphrase', demo);
    expect(expectOk(await vaultState(real))).toBe('none');
    expect(expectOk(await vaultState(demo))).toBe('locked');
    real.close();
    demo.close();
  });

  it('deletes the real and demo databases, even with handles open in this tab', async () => {
    const { db: real } = await makeTestVault(TEST_PASSPHRASE, openVaultDb(VAULT_DB_NAME));
    const { db: demo } = await makeTestVault(TEST_PASSPHRASE, openVaultDb(DEMO_DB_NAME));
    const reasons: string[] = [];
    onVersionChange(real, (reason) => reasons.push(reason));
    expect(await Dexie.exists(VAULT_DB_NAME)).toBe(true);

    expectOk(await eraseEverything());
    expect(reasons).toEqual(['delete']);
    expect(await Dexie.exists(VAULT_DB_NAME)).toBe(false);
    expect(await Dexie.exists(DEMO_DB_NAME)).toBe(false);
    expect(demo.isOpen()).toBe(false);

    // After a relaunch there is simply no vault.
    const relaunched = openVaultDb(VAULT_DB_NAME);
    expect(expectOk(await vaultState(relaunched))).toBe('none');
    expect(await unlockWithPassphrase(relaunched, TEST_PASSPHRASE, TEST_UNLOCK)).toEqual({ ok: false, error: 'no-vault' });
    relaunched.close();
  });
});
