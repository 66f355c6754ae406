import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEnvelope, parseSingleQrText } from '../share/index';
import { createVault, completeSetup, unlockWithPassphrase } from '../vault/index';
import { expectOk, freshDb, TEST_KDF, TEST_PASSPHRASE, TEST_UNLOCK } from '../vault/test-support';
import { CONTACT_CARD_LIFETIME_MS, fingerprintWords, getOrCreateIdentity, makeContactCard, saveProfile, validateProfile } from './identity';
import { session } from './session';

async function professionalVault() {
  const db = freshDb();
  const created = expectOk(await createVault(db, { passphrase: TEST_PASSPHRASE, role: 'professional', kdfParams: TEST_KDF, allowWeakParamsForTests: true }));
  expectOk(await completeSetup(created.vault));
  session.setVault(created.vault);
  return db;
}

afterEach(() => session.lock('user'));

describe('identity', () => {
  it('is locked without a vault', async () => {
    expect(await getOrCreateIdentity()).toEqual({ ok: false, error: 'locked' });
  });

  it('makes keys once and reads the same keys back after locking and unlocking', async () => {
    const db = await professionalVault();
    const first = expectOk(await getOrCreateIdentity());
    expect(first.sign.publicKey).toHaveLength(32);
    expect(first.box.publicKey).toHaveLength(32);
    expect(first.profile).toEqual({ name: '', role: '' });
    const signSecret = first.sign.secretKey.slice();
    session.lock('user');
    session.setVault(expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK)));
    const again = expectOk(await getOrCreateIdentity());
    expect(again.sign.publicKey).toEqual(first.sign.publicKey);
    expect(again.sign.secretKey).toEqual(signSecret);
    expect(again.box.publicKey).toEqual(first.box.publicKey);
    expect(fingerprintWords(again.sign.publicKey)).toHaveLength(6);
  });

  it('wipes both secret keys when the vault locks, wherever a reference to them was kept', async () => {
    await professionalVault();
    const identity = expectOk(await getOrCreateIdentity());
    const sign = identity.sign.secretKey;
    const box = identity.box.secretKey;
    expect(sign.some((b) => b !== 0)).toBe(true);
    expect(box.some((b) => b !== 0)).toBe(true);
    session.lock('idle');
    expect(sign.every((b) => b === 0)).toBe(true);
    expect(box.every((b) => b === 0)).toBe(true);
    // The public halves stay (they are not secret), and nothing is cached for the next unlock.
    expect(identity.sign.publicKey.some((b) => b !== 0)).toBe(true);
    expect(await getOrCreateIdentity()).toEqual({ ok: false, error: 'locked' });
  });

  it('checks the profile: name for professionals, coded role, short fields', () => {
    expect(validateProfile({ name: ' ', role: 'gp' })).toEqual({ ok: false, error: 'profile-name-missing' });
    expect(validateProfile({ name: 'Dr Khan', role: 'wizard' })).toEqual({ ok: false, error: 'profile-role-unknown' });
    expect(validateProfile({ name: 'x'.repeat(121), role: 'gp' })).toEqual({ ok: false, error: 'profile-too-long' });
    expect(validateProfile({ name: '', role: 'parent' }).ok).toBe(true);
    expect(validateProfile({ name: ' Dr Khan ', role: 'gp', organisation: ' ', service: 'Riverside practice' }))
      .toEqual({ ok: true, value: { name: 'Dr Khan', role: 'gp', service: 'Riverside practice' } });
  });

  it('signs a contact card that decodes to the profile and the box key, valid for a year', async () => {
    await professionalVault();
    expect(await makeContactCard()).toEqual({ ok: false, error: 'profile-incomplete' });
    expectOk(await saveProfile({ name: 'Dr Aisha Khan', role: 'paediatrician', organisation: 'City Hospital' }));
    const now = Date.UTC(2025, 4, 1, 9);
    const card = expectOk(await makeContactCard(now));
    const identity = expectOk(await getOrCreateIdentity());
    expect(card.fingerprint).toEqual(fingerprintWords(identity.sign.publicKey));
    const parsed = parseSingleQrText(card.text);
    if (!parsed.ok) throw new Error(parsed.error);
    const decoded = decodeEnvelope(parsed.value.envelope, { now: now + 1000 });
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.header.type).toBe('contact-card');
    expect(decoded.value.header.expiresAt).toBe(now + CONTACT_CARD_LIFETIME_MS);
    expect(decoded.value.body).toEqual({ name: 'Dr Aisha Khan', role: 'paediatrician', organisation: 'City Hospital', boxKey: identity.box.publicKey });
    expect(decodeEnvelope(parsed.value.envelope, { now: now + CONTACT_CARD_LIFETIME_MS })).toEqual({ ok: false, error: 'expired' });
  });
});
