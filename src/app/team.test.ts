import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { lowOrderX25519Keys } from '../../tests/fixtures/crypto/ed25519-weak';
import { boxKeyPairFromSecret, signKeyPairFromSeed, toBase64Url } from '../crypto/index';
import { encodeEnvelope, singleQrText, type BodyValue } from '../share/index';
import { expectOk, makeTestVault } from '../vault/test-support';
import { fingerprintWords } from './identity';
import { session } from './session';
import { addByHand, addFromCard, listTeam, memberBoxKey, readContactCard, readContactCardText, removeMember, restoreMember } from './team';

const NOW = Date.UTC(2025, 4, 1, 9);
const pro = signKeyPairFromSeed(new Uint8Array(32).fill(7));
const proBox = boxKeyPairFromSecret(new Uint8Array(32).fill(8));

function card(body: BodyValue = { name: 'Dr Aisha Khan', role: 'paediatrician', organisation: 'City Hospital', boxKey: proBox.publicKey }, expiresAt = NOW + 86_400_000) {
  const made = encodeEnvelope({ type: 'contact-card', sender: pro, issuedAt: NOW, expiresAt, body });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

afterEach(() => session.lock('user'));

describe('reading a contact card', () => {
  it('gives name, role, keys and fingerprint words', () => {
    const read = expectOk(readContactCard(card(), NOW + 1000));
    expect(read).toMatchObject({ name: 'Dr Aisha Khan', role: 'paediatrician', organisation: 'City Hospital' });
    expect(read.boxKey).toBe(toBase64Url(proBox.publicKey));
    expect(read.signKey).toBe(toBase64Url(pro.publicKey));
    expect(read.fingerprint).toEqual(fingerprintWords(pro.publicKey));
    expect(expectOk(readContactCardText(`  ${singleQrText(card())}\n`, NOW))).toEqual(read);
  });

  it('refuses a card whose signature fails', () => {
    const bytes = card();
    bytes[bytes.length - 70] = bytes[bytes.length - 70]! ^ 1; // a body byte: the signature no longer holds
    expect(readContactCard(bytes, NOW)).toEqual({ ok: false, error: 'bad-signature' });
  });

  it('refuses an expired card, another kind of envelope, a damaged body and text that is not ours', () => {
    expect(readContactCard(card(undefined, NOW + 1000), NOW + 1000)).toEqual({ ok: false, error: 'expired' });
    const share = encodeEnvelope({ type: 'addressed-share', sender: pro, recipient: proBox.publicKey, issuedAt: NOW, expiresAt: NOW + 1e6, body: {} });
    if (!share.ok) throw new Error(share.error);
    expect(readContactCard(share.value, NOW)).toEqual({ ok: false, error: 'not-a-contact-card' });
    expect(readContactCard(card({ name: 'X', role: 'wizard', boxKey: proBox.publicKey }), NOW)).toEqual({ ok: false, error: 'contact-card-damaged' });
    expect(readContactCard(card({ name: 'X', role: 'gp' }), NOW)).toEqual({ ok: false, error: 'contact-card-damaged' });
    expect(readContactCardText('hello', NOW)).toEqual({ ok: false, error: 'not-ours' });
  });

  it('refuses a signed card whose box key is of small order (shares to it would be open to all)', () => {
    for (const weak of lowOrderX25519Keys()) {
      expect(readContactCard(card({ name: 'Dr Aisha Khan', role: 'paediatrician', boxKey: weak }), NOW)).toEqual({ ok: false, error: 'contact-card-weak-key' });
    }
  });
});

describe('the team', () => {
  it('adds from a card (verified), again replaces, by hand is not verified, remove and undo', async () => {
    session.setVault((await makeTestVault()).vault);
    const read = expectOk(readContactCard(card(), NOW));
    const added = expectOk(await addFromCard(read, NOW));
    expect(added.verified).toBe(true);
    expect(memberBoxKey(added)).toEqual(proBox.publicKey);
    for (const weak of lowOrderX25519Keys()) {
      expect(await addFromCard({ ...read, boxKey: toBase64Url(weak) }, NOW)).toEqual({ ok: false, error: 'contact-card-weak-key' });
      expect(memberBoxKey({ ...added, boxKey: toBase64Url(weak) })).toBeUndefined();
    }
    const renewed = expectOk(await addFromCard({ ...read, organisation: 'Children’s Centre' }, NOW + 5));
    expect(renewed.id).toBe(added.id);

    expect(await addByHand({ name: ' ', role: 'gp' })).toEqual({ ok: false, error: 'team-name-missing' });
    expect(await addByHand({ name: 'Jo', role: 'nurse?' })).toEqual({ ok: false, error: 'team-role-unknown' });
    const jo = expectOk(await addByHand({ name: ' Jo Smith ', role: 'health-visitor', organisation: '' }));
    expect(jo).toMatchObject({ name: 'Jo Smith', verified: false });
    expect(jo.organisation).toBeUndefined();
    expect(memberBoxKey(jo)).toBeUndefined();

    let team = expectOk(await listTeam());
    expect(team.map((m) => [m.name, m.organisation])).toEqual([['Dr Aisha Khan', 'Children’s Centre'], ['Jo Smith', undefined]]);
    const removed = expectOk(await removeMember(jo));
    expect(expectOk(await listTeam())).toHaveLength(1);
    expectOk(await restoreMember(removed));
    team = expectOk(await listTeam());
    expect(team).toHaveLength(2);
  });
});
