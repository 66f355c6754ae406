import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { asSecretKey, DEFAULT_KDF_PARAMS } from '../crypto/index';
import { openVaultDb } from './db';
import { KDF_MIN_PARAMS } from './kdf-policy';
import { completeSetup, createVault, discardIncompleteSetup, vaultState } from './setup';
import { expectOk, freshDb, makeTestVault, TEST_KDF, TEST_PASSPHRASE, TEST_UNLOCK } from './test-support';
import { rotateRecoveryKey, unlockWithPassphrase, unlockWithRecoveryKey } from './unlock';

const weakOk = { kdfParams: TEST_KDF, allowWeakParamsForTests: true } as const;

describe('createVault', () => {
  it('writes a header with setupComplete false, then completeSetup finishes it', async () => {
    const db = freshDb();
    expect(expectOk(await vaultState(db))).toBe('none');
    const created = expectOk(await createVault(db, { passphrase: TEST_PASSPHRASE, role: 'professional', ...weakOk }));
    expect(created.recoveryKey).toHaveLength(32);
    expect(created.vault.role).toBe('professional');
    expect(created.vault.unlockedBy).toBe('setup');
    expect(expectOk(await vaultState(db))).toBe('setup-incomplete');
    expectOk(await completeSetup(created.vault));
    expect(expectOk(await vaultState(db))).toBe('locked');
    const unlocked = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
    expect(unlocked.role).toBe('professional');
  });

  it('refuses params below KDF_MIN_PARAMS unless tests allow them', async () => {
    const db = freshDb();
    const refused = await createVault(db, { passphrase: 'p', role: 'parent', kdfParams: TEST_KDF });
    expect(refused).toEqual({ ok: false, error: 'weak-params' });
    const justBelow = { ...KDF_MIN_PARAMS, iterations: KDF_MIN_PARAMS.iterations - 1 };
    expect(await createVault(db, { passphrase: 'p', role: 'parent', kdfParams: justBelow }))
      .toEqual({ ok: false, error: 'weak-params' });
    expect(expectOk(await vaultState(db))).toBe('none');
  });

  it('uses DEFAULT_KDF_PARAMS, which are not weak, when none are given', () => {
    expect(DEFAULT_KDF_PARAMS.memoryKiB).toBeGreaterThanOrEqual(KDF_MIN_PARAMS.memoryKiB);
    expect(DEFAULT_KDF_PARAMS.iterations).toBeGreaterThanOrEqual(KDF_MIN_PARAMS.iterations);
  });

  it('throws on a bug: empty passphrase or malformed params', async () => {
    const db = freshDb();
    await expect(createVault(db, { passphrase: '', role: 'parent', ...weakOk })).rejects.toThrow(/^createVault:/);
    const broken = { ...TEST_KDF, memoryKiB: -1 };
    await expect(createVault(db, { passphrase: 'x', role: 'parent', kdfParams: broken, allowWeakParamsForTests: true }))
      .rejects.toThrow(/^createVault:/);
  });

  it('never overwrites an existing vault', async () => {
    const { db } = await makeTestVault();
    const again = await createVault(db, { passphrase: 'another', role: 'parent', ...weakOk });
    expect(again).toEqual({ ok: false, error: 'vault-exists' });
    expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
  });
});

describe('a setup interrupted by closing the browser', () => {
  it('is detected at the next launch and refuses a normal unlock', async () => {
    const first = freshDb();
    const created = expectOk(await createVault(first, { passphrase: TEST_PASSPHRASE, role: 'parent', ...weakOk }));
    expectOk(await created.vault.put({ id: 'identity', kind: 'identity', note: 'written during setup' }));
    first.close();

    const relaunched = openVaultDb(first.name);
    expect(expectOk(await vaultState(relaunched))).toBe('setup-incomplete');
    expect(await unlockWithPassphrase(relaunched, TEST_PASSPHRASE, TEST_UNLOCK))
      .toEqual({ ok: false, error: 'setup-incomplete' });
    expect(await unlockWithRecoveryKey(relaunched, asSecretKey(created.recoveryKey)))
      .toEqual({ ok: false, error: 'setup-incomplete' });
  });

  it('can be discarded cleanly, leaving no rows at all', async () => {
    const db = freshDb();
    const created = expectOk(await createVault(db, { passphrase: TEST_PASSPHRASE, role: 'parent', ...weakOk }));
    expectOk(await created.vault.put({ id: 'identity', kind: 'identity' }));
    expectOk(await created.vault.putBlob('photo1', new Uint8Array([1, 2, 3])));
    expectOk(await discardIncompleteSetup(db));
    expect(expectOk(await vaultState(db))).toBe('none');
    expect([await db.meta.count(), await db.records.count(), await db.blobs.count()]).toEqual([0, 0, 0]);
    // A fresh setup can start again.
    expectOk(await createVault(db, { passphrase: 'new start', role: 'parent', ...weakOk }));
  });

  it('can be resumed: unlock, a new recovery key, then complete', async () => {
    const db = freshDb();
    const created = expectOk(await createVault(db, { passphrase: TEST_PASSPHRASE, role: 'parent', ...weakOk }));
    const lostKey = new Uint8Array(created.recoveryKey);
    created.vault.lock();

    const resumed = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, { ...TEST_UNLOCK, resumeSetup: true }));
    const newKey = expectOk(await rotateRecoveryKey(resumed));
    expectOk(await completeSetup(resumed));
    expect(expectOk(await vaultState(db))).toBe('locked');
    expect(await unlockWithRecoveryKey(db, asSecretKey(lostKey))).toEqual({ ok: false, error: 'wrong-recovery-key' });
    expectOk(await unlockWithRecoveryKey(db, newKey));
  });

  it('discard refuses to touch a finished vault or an unreadable header', async () => {
    const { db } = await makeTestVault();
    expect(await discardIncompleteSetup(db)).toEqual({ ok: false, error: 'setup-complete' });
    await db.meta.put({ key: 'header', value: { formatVersion: 99 } });
    expect(expectOk(await vaultState(db))).toBe('locked');
    expect(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK)).toEqual({ ok: false, error: 'damaged-header' });
    expect(await discardIncompleteSetup(db)).toEqual({ ok: false, error: 'damaged-header' });
    expect(await db.meta.count()).toBe(1);
  });

  it('completeSetup on a locked vault says locked', async () => {
    const { vault } = await makeTestVault();
    vault.lock();
    expect(await completeSetup(vault)).toEqual({ ok: false, error: 'locked' });
  });
});
