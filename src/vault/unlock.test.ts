import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { asSecretKey, randomKey } from '../crypto/index';
import { parseHeader } from './header';
import { createVault, completeSetup } from './setup';
import {
  expectOk, freshDb, makeTestVault, STRONGER_TEST_KDF, TEST_KDF, TEST_PASSPHRASE, TEST_UNLOCK,
} from './test-support';
import { changePassphrase, unlockWithPassphrase, unlockWithRecoveryKey } from './unlock';
import type { VaultDb } from './schema';

async function storedHeader(db: VaultDb) {
  const header = parseHeader((await db.meta.get('header'))?.value);
  if (header === undefined) throw new Error('no header');
  return header;
}

async function ciphertexts(db: VaultDb): Promise<string[]> {
  const rows = await db.records.orderBy('id').toArray();
  return rows.map((r) => `${r.id}:${Buffer.from(r.ciphertext).toString('hex')}`);
}

describe('unlockWithPassphrase', () => {
  it('opens with the right passphrase and the records read back', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.put({ id: 'obs1', kind: 'observation', text: 'Said "more" at snack time' }));
    vault.lock();
    const again = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
    expect(again.unlockedBy).toBe('passphrase');
    expect(again.mustChangePassphrase).toBe(false);
    expect(expectOk(await again.get('obs1'))).toEqual({ id: 'obs1', kind: 'observation', text: 'Said "more" at snack time' });
  });

  it('says wrong-passphrase for a wrong one, including a near miss', async () => {
    const { db } = await makeTestVault();
    for (const wrong of ['', 'correct horse battery stapl', 'Correct horse battery staple']) {
      const result = await unlockWithPassphrase(db, wrong, TEST_UNLOCK);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBe('wrong-passphrase');
    }
  });

  it('says no-vault when nothing was set up, damaged-header when the header is garbage', async () => {
    const db = freshDb();
    expect(await unlockWithPassphrase(db, 'x', TEST_UNLOCK)).toEqual({ ok: false, error: 'no-vault' });
    await db.meta.put({ key: 'header', value: 'not a header' });
    expect(await unlockWithPassphrase(db, 'x', TEST_UNLOCK)).toEqual({ ok: false, error: 'damaged-header' });
  });

  it('says damaged-header when the sealed profile was edited', async () => {
    const { db } = await makeTestVault();
    const header = await storedHeader(db);
    const edited = new Uint8Array(header.sealedProfile);
    edited[edited.length - 1] = (edited[edited.length - 1] ?? 0) ^ 1;
    await db.meta.put({ key: 'header', value: { ...header, sealedProfile: edited } });
    expect(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK)).toEqual({ ok: false, error: 'damaged-header' });
  });

  it('refuses a vault with weak params unless tests allow them', async () => {
    const { db } = await makeTestVault();
    expect(await unlockWithPassphrase(db, TEST_PASSPHRASE)).toEqual({ ok: false, error: 'weak-params' });
  });

  it.each([
    ['ASCII', 'correct horse battery staple'],
    ['accented', 'pǻsswörd café crème'],
    ['emoji', '😀password🙏'],
    ['Arabic', 'كلمة السر للعائلة'],
    ['Urdu', 'میرا خاندانی پاس ورڈ'],
  ])('round-trips a %s passphrase', async (_label, passphrase) => {
    const { db } = await makeTestVault(passphrase);
    expectOk(await unlockWithPassphrase(db, passphrase, TEST_UNLOCK));
  });

  it('opens with the same passphrase typed in NFD after it was set in NFC, and the reverse', async () => {
    const nfc = 'Zoë café ǻ'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const a = await makeTestVault(nfc);
    expectOk(await unlockWithPassphrase(a.db, nfd, TEST_UNLOCK));
    const b = await makeTestVault(nfd);
    expectOk(await unlockWithPassphrase(b.db, nfc, TEST_UNLOCK));
  });
});

describe('recovery key', () => {
  it('unlocks and then requires a new passphrase', async () => {
    const { db, vault, recoveryKey } = await makeTestVault();
    expectOk(await vault.put({ id: 'a', kind: 'observation', text: 'first steps' }));
    vault.lock();
    const recovered = expectOk(await unlockWithRecoveryKey(db, asSecretKey(new Uint8Array(recoveryKey))));
    expect(recovered.unlockedBy).toBe('recovery-key');
    expect(recovered.mustChangePassphrase).toBe(true);
    expectOk(await changePassphrase(recovered, 'a brand new passphrase', { kdfParams: TEST_KDF, allowWeakParamsForTests: true }));
    expect(recovered.mustChangePassphrase).toBe(false);
    expect(expectOk(await recovered.get('a'))).toMatchObject({ text: 'first steps' });
  });

  it('rejects a wrong recovery key, and a recovery key with one bit changed', async () => {
    const { db, recoveryKey } = await makeTestVault();
    expect(await unlockWithRecoveryKey(db, randomKey())).toEqual({ ok: false, error: 'wrong-recovery-key' });
    const flipped = new Uint8Array(recoveryKey);
    flipped[0] = (flipped[0] ?? 0) ^ 0x01;
    expect(await unlockWithRecoveryKey(db, asSecretKey(flipped))).toEqual({ ok: false, error: 'wrong-recovery-key' });
  });
});

describe('changePassphrase', () => {
  it('re-wraps the key only: record ciphertexts are byte-identical, the old passphrase stops working', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.putMany([
      { id: 'r1', kind: 'observation', text: 'one' },
      { id: 'r2', kind: 'growth', weightKg: 12.4 },
    ]));
    expectOk(await vault.putBlob('p1', new Uint8Array([9, 8, 7])));
    const recordsBefore = await ciphertexts(db);
    const blobBefore = (await db.blobs.get('p1'))?.ciphertext;
    const headerBefore = await storedHeader(db);

    expectOk(await changePassphrase(vault, 'new words for a new year', { kdfParams: TEST_KDF, allowWeakParamsForTests: true }));

    expect(await ciphertexts(db)).toEqual(recordsBefore);
    expect((await db.blobs.get('p1'))?.ciphertext).toEqual(blobBefore);
    const headerAfter = await storedHeader(db);
    expect(headerAfter.recoveryWrap).toEqual(headerBefore.recoveryWrap);
    expect(headerAfter.salt).not.toEqual(headerBefore.salt);
    const old = await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK);
    expect(old.ok ? 'ok' : old.error).toBe('wrong-passphrase');
    const reopened = expectOk(await unlockWithPassphrase(db, 'new words for a new year', TEST_UNLOCK));
    expect(expectOk(await reopened.all())).toHaveLength(2);
  });

  it('refuses weak params without the test flag, and a locked vault', async () => {
    const { vault } = await makeTestVault();
    expect(await changePassphrase(vault, 'x', { kdfParams: TEST_KDF })).toEqual({ ok: false, error: 'weak-params' });
    vault.lock();
    expect(await changePassphrase(vault, 'x', { kdfParams: TEST_KDF, allowWeakParamsForTests: true }))
      .toEqual({ ok: false, error: 'locked' });
  });
});

describe('KDF parameter upgrade', () => {
  it('re-wraps with stronger params after a good unlock, without touching records', async () => {
    const db = freshDb();
    const created = expectOk(await createVault(db, {
      passphrase: TEST_PASSPHRASE, role: 'parent', kdfParams: TEST_KDF, allowWeakParamsForTests: true,
    }));
    expectOk(await completeSetup(created.vault));
    expectOk(await created.vault.put({ id: 'r1', kind: 'observation', text: 'kept as is' }));
    const recordsBefore = await ciphertexts(db);
    const before = await storedHeader(db);

    const upgradeTo = { allowWeakParamsForTests: true, targetKdfParams: STRONGER_TEST_KDF };
    expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, upgradeTo));
    const after = await storedHeader(db);
    expect(after.kdf).toEqual(STRONGER_TEST_KDF);
    expect(after.salt).not.toEqual(before.salt);
    expect(after.passphraseWrap).not.toEqual(before.passphraseWrap);
    expect(after.recoveryWrap).toEqual(before.recoveryWrap);
    expect(await ciphertexts(db)).toEqual(recordsBefore);

    // The next unlock uses the new params and has nothing left to upgrade.
    const again = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, upgradeTo));
    expect((await storedHeader(db)).passphraseWrap).toEqual(after.passphraseWrap);
    expect(expectOk(await again.get('r1'))).toMatchObject({ text: 'kept as is' });
  });

  it('does not upgrade after a wrong passphrase', async () => {
    const { db } = await makeTestVault();
    const before = await storedHeader(db);
    await unlockWithPassphrase(db, 'wrong', { allowWeakParamsForTests: true, targetKdfParams: STRONGER_TEST_KDF });
    expect((await storedHeader(db)).kdf).toEqual(before.kdf);
  });
});
