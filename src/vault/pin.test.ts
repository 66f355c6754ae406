import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { disablePin, enablePin, hasPin, MAX_PIN_ATTEMPTS, unlockWithPin } from './pin';
import { expectOk, freshDb, makeTestVault, STRONGER_TEST_KDF, TEST_KDF, TEST_PASSPHRASE, TEST_UNLOCK } from './test-support';
import { unlockWithPassphrase } from './unlock';
import { deriveKey, randomBytes } from '../crypto/index';
import { SALT_BYTES } from './header';
import { writePin } from './meta-store';

const pinKdf = { kdfParams: TEST_KDF, allowWeakParamsForTests: true } as const;

describe('quick unlock PIN', () => {
  it('unlocks with the right PIN and reads records', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.put({ id: 'n1', kind: 'private-note', text: 'tired today' }));
    expect(expectOk(await hasPin(db))).toBe(false);
    expectOk(await enablePin(vault, '258046', pinKdf));
    expect(expectOk(await hasPin(db))).toBe(true);
    vault.lock();
    const opened = expectOk(await unlockWithPin(db, '258046', TEST_UNLOCK));
    expect(opened.unlockedBy).toBe('pin');
    expect(expectOk(await opened.get('n1'))).toMatchObject({ text: 'tired today' });
  });

  it('says pin-not-set when none was enabled, pin-too-short for fewer than 6 characters', async () => {
    const { db, vault } = await makeTestVault();
    expect(await unlockWithPin(db, '1234', TEST_UNLOCK)).toEqual({ ok: false, error: 'pin-not-set' });
    expect(await enablePin(vault, '123', pinKdf)).toEqual({ ok: false, error: 'pin-too-short' });
    expect(await enablePin(vault, '12345', pinKdf)).toEqual({ ok: false, error: 'pin-too-short' });
    expect(await enablePin(vault, '123456', { kdfParams: TEST_KDF })).toEqual({ ok: false, error: 'weak-params' });
    vault.lock();
    expect(await enablePin(vault, '123456', pinKdf)).toEqual({ ok: false, error: 'locked' });
    expect(await unlockWithPin(freshDb(), '1234', TEST_UNLOCK)).toEqual({ ok: false, error: 'no-vault' });
  });

  it('does not spend a try on an entry too short to be a PIN', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await enablePin(vault, '258046', pinKdf));
    expect(await unlockWithPin(db, '', TEST_UNLOCK)).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 5 });
    expect(await unlockWithPin(db, '25', TEST_UNLOCK)).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 5 });
    expect(await unlockWithPin(db, '2581', TEST_UNLOCK)).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 4 });
  });

  it('counts down wrong PINs, and a right PIN resets the count', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await enablePin(vault, '258046', pinKdf));
    const left: number[] = [];
    for (let i = 0; i < MAX_PIN_ATTEMPTS - 1; i += 1) {
      const r = await unlockWithPin(db, '0000', TEST_UNLOCK);
      if (r.ok || r.error !== 'wrong-pin') throw new Error('expected wrong-pin');
      left.push(r.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expectOk(await unlockWithPin(db, '258046', TEST_UNLOCK));
    const next = await unlockWithPin(db, '0000', TEST_UNLOCK);
    expect(next).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 4 });
  });

  it('deletes the PIN wrap after five wrong PINs; then only the passphrase opens', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await enablePin(vault, '258046', pinKdf));
    const errors: string[] = [];
    for (let i = 0; i < MAX_PIN_ATTEMPTS; i += 1) {
      const r = await unlockWithPin(db, '1111', TEST_UNLOCK);
      errors.push(r.ok ? 'ok' : r.error);
    }
    expect(errors).toEqual(['wrong-pin', 'wrong-pin', 'wrong-pin', 'wrong-pin', 'pin-disabled']);
    expect(await db.meta.get('pin')).toBeUndefined();
    expect(expectOk(await hasPin(db))).toBe(false);
    expect(await unlockWithPin(db, '258046', TEST_UNLOCK)).toEqual({ ok: false, error: 'pin-not-set' });
    expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
  });

  it('treats a damaged PIN row as disabled and removes it', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await enablePin(vault, '258046', pinKdf));
    await db.meta.put({ key: 'pin', value: { wrap: 'nonsense' } });
    expect(await unlockWithPin(db, '258046', TEST_UNLOCK)).toEqual({ ok: false, error: 'pin-disabled' });
    expect(await db.meta.get('pin')).toBeUndefined();
  });

  it('disablePin removes it; the PIN wrap is upgraded like the passphrase wrap', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await enablePin(vault, '258046', pinKdf));
    expectOk(await unlockWithPin(db, '258046', { allowWeakParamsForTests: true, targetKdfParams: STRONGER_TEST_KDF }));
    expect((await db.meta.get('pin'))?.value).toMatchObject({ kdf: STRONGER_TEST_KDF, failedAttempts: 0 });
    expectOk(await unlockWithPin(db, '258046', TEST_UNLOCK));
    expectOk(await disablePin(db));
    expect(expectOk(await hasPin(db))).toBe(false);
  });

  it('a four-digit PIN set before the minimum rose still opens the vault', async () => {
    const { db, vault } = await makeTestVault();
    // Written as the older build wrote it: the same wrap, only shorter.
    const salt = randomBytes(SALT_BYTES);
    const kek = await deriveKey('2580', salt, TEST_KDF);
    expectOk(await writePin(db, { kdf: TEST_KDF, salt, wrap: vault.wrapVaultKey(kek)!, failedAttempts: 0 }));
    vault.lock();
    expect(expectOk(await unlockWithPin(db, '2580', TEST_UNLOCK)).unlockedBy).toBe('pin');
  });
});
