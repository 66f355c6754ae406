import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  boxKeyPair, keyId, randomKey, signKeyPairFromSeed, toBase64Url, type BoxKeyPair,
} from '../crypto/index';
import type { BodyValue } from '../share/index';
import {
  encodeEnvelope, encodeKeyToken, encodeScanMessage, wrapKeyWithPasscode,
} from '../share/index';
import { completeSetup, createVault } from '../vault/index';
import { freshDb } from '../vault/test-support';
import { getOrCreateIdentity } from './identity';
import {
  keepReceivedShare, listReceived, openOpenShare, openShareFromFragment, purgeExpiredShares, readReceived,
  entriesBySection, readScannedMessage, receiveOpenShare, receiveScan, receivedShare, receivedShares, sharedContentFromBody,
  type OpenedShare,
} from './receive';
import { session } from './session';
import { join } from 'node:path';
import { boxKeyPairFromSecret } from '../crypto/index';
import { fromHex, toHex } from '../domain/index';
import { FIXTURES, readFixture } from '../share/testing/golden-read';

const NOW = Date.UTC(2025, 2, 3, 10, 0, 0);
const HOUR = 3_600_000;
const parent = signKeyPairFromSeed(new Uint8Array(32).fill(3));
const CHEAP_KDF = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

const passportBody: BodyValue = {
  child: { name: 'Amira Khan', preferredName: 'Mimi', dob: '2022-03-14' },
  sections: ['about-me'],
  entries: [{
    id: 'e1', childId: 'c1', kind: 'passport', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
    homeLanguages: ['ur', 'en'], communication: ['speech', 'signs'], importantPeople: [],
    likes: { text: 'Trains and bubbles', lang: 'en' },
  }],
};

function addressed(to: BoxKeyPair, opts: { body?: BodyValue; expiresAt?: number; issuedAt?: number } = {}): Uint8Array {
  const r = encodeEnvelope({
    type: 'addressed-share', sender: parent, recipient: to.publicKey, issuedAt: opts.issuedAt ?? NOW,
    expiresAt: opts.expiresAt ?? NOW + 24 * HOUR, body: opts.body ?? passportBody,
  });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function openShare(key = randomKey(), passcodeProtected = false, expiresAt = NOW + HOUR): Uint8Array {
  const r = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, passcodeProtected, issuedAt: NOW, expiresAt, body: passportBody });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function professionalVault() {
  const made = await createVault(freshDb(), {
    passphrase: 'a professional passphrase', role: 'professional', kdfParams: CHEAP_KDF, allowWeakParamsForTests: true,
  });
  if (!made.ok) throw new Error(made.error);
  await completeSetup(made.value.vault);
  return made.value.vault;
}

function mustOpen(bytes: Uint8Array, me: BoxKeyPair, now = NOW): OpenedShare {
  const r = readScannedMessage(bytes, me, now);
  if (!r.ok || r.value.kind !== 'addressed') throw new Error(`expected an addressed share, got ${JSON.stringify(r)}`);
  return r.value.share;
}

afterEach(() => session.lock('user'));

describe('reading a scanned share', () => {
  const me = boxKeyPair();

  it('opens a share addressed to me: sender fingerprint, times and content', () => {
    const share = mustOpen(addressed(me), me);
    expect(share.type).toBe('addressed-share');
    expect(share.senderKey).toBe(toBase64Url(parent.publicKey));
    expect(share.fingerprint).toHaveLength(6);
    expect(share.expiresAt).toBe(NOW + 24 * HOUR);
    expect(share.content.child.name).toBe('Amira Khan');
    expect(share.content.sections).toEqual(['about-me']);
    expect(share.content.entries[0]).toMatchObject({ kind: 'passport', likes: { text: 'Trains and bubbles', lang: 'en' } });
  });

  it('gives a distinct code for each way a share is refused', () => {
    const someoneElse = boxKeyPair();
    expect(readScannedMessage(addressed(someoneElse), me, NOW)).toEqual({ ok: false, error: 'not-for-me' });
    expect(readScannedMessage(addressed(me, { expiresAt: NOW + HOUR }), me, NOW + HOUR)).toEqual({ ok: false, error: 'expired' });
    expect(readScannedMessage(addressed(me, { issuedAt: NOW + HOUR }), me, NOW)).toEqual({ ok: false, error: 'not-yet-valid' });
    const tampered = addressed(me);
    tampered[30] = (tampered[30] ?? 0) ^ 1; // a byte of the sender key
    expect(readScannedMessage(tampered, me, NOW)).toEqual({ ok: false, error: 'bad-signature' });
    expect(readScannedMessage(new TextEncoder().encode('hello'), me, NOW)).toEqual({ ok: false, error: 'not-ours' });
    const card = encodeEnvelope({ type: 'contact-card', sender: parent, issuedAt: NOW, expiresAt: NOW + HOUR, body: { name: 'x' } });
    expect(card.ok && readScannedMessage(card.value, me, NOW)).toEqual({ ok: false, error: 'wrong-kind' });
    expect(readScannedMessage(addressed(me, { body: { child: 'nope' } }), me, NOW)).toEqual({ ok: false, error: 'malformed-body' });
  });

  it('refuses bodies that are not a share, and any private note', () => {
    const withPrivate = { ...(passportBody as object), entries: [{ kind: 'private-note', text: { text: 'mine', lang: 'en' } }] };
    expect(sharedContentFromBody(withPrivate as BodyValue)).toEqual({ ok: false, error: 'malformed-body' });
    expect(sharedContentFromBody({ ...(passportBody as object), sections: ['private'] }).ok).toBe(false);
    expect(sharedContentFromBody({ ...(passportBody as object), entries: [{ kind: 'spaceship' }] }).ok).toBe(false);
    expect(sharedContentFromBody([]).ok).toBe(false);
    expect(sharedContentFromBody(passportBody).ok).toBe(true);
  });

  it('says which sections were summarised, keeping only sections the share carries', () => {
    const withHealth = { ...(passportBody as object), sections: ['about-me', 'health'] };
    const summarised = sharedContentFromBody({ ...withHealth, summary: ['health'] });
    expect(summarised.ok && summarised.value.summarised).toEqual(['health']);
    const full = sharedContentFromBody(withHealth);
    expect(full.ok && 'summarised' in full.value).toBe(false);
    // A newer sender's section name, or one the share does not carry, is not claimed.
    const odd = sharedContentFromBody({ ...withHealth, summary: ['health', 'dev-communication', 'wellbeing', 7] });
    expect(odd.ok && odd.value.summarised).toEqual(['health']);
    expect(sharedContentFromBody({ ...withHealth, summary: 'health' })).toEqual({ ok: false, error: 'malformed-body' });
  });

  it('leaves an open share (key bundle) unopened: it needs its key token, maybe a passcode', () => {
    const token = encodeKeyToken({ kind: 'plain', key: randomKey() });
    const envelope = openShare();
    const r = readScannedMessage(encodeScanMessage({ envelope, keyToken: token }), me, NOW);
    expect(r).toEqual({ ok: true, value: { kind: 'open', envelope, keyToken: token } });
  });
});

describe('open shares', () => {
  it('opens a plain open share, and refuses it once expired', async () => {
    const key = randomKey();
    const envelope = openShare(key);
    const token = encodeKeyToken({ kind: 'plain', key });
    const opened = await openOpenShare(envelope, token, NOW);
    expect(opened.ok && opened.value.content.child.name).toBe('Amira Khan');
    expect(await openOpenShare(envelope, token, NOW + HOUR)).toEqual({ ok: false, error: 'expired' });
  });

  it('checks signature and expiry before asking for a passcode, then checks the passcode', async () => {
    const key = randomKey();
    const envelope = openShare(key, true);
    const token = encodeKeyToken(await wrapKeyWithPasscode(key, '4821', CHEAP_KDF));
    expect(await openOpenShare(envelope, token, NOW)).toEqual({ ok: false, error: 'passcode-needed' });
    expect(await openOpenShare(envelope, token, NOW + 2 * HOUR)).toEqual({ ok: false, error: 'expired' });
    expect(await openOpenShare(envelope, token, NOW, '1111')).toEqual({ ok: false, error: 'wrong-passcode' });
    const opened = await openOpenShare(envelope, token, NOW, '4821');
    expect(opened.ok).toBe(true);
  });

  it('opens a word passcode however it is typed; a wrong word is refused', async () => {
    const key = randomKey();
    const envelope = openShare(key, true);
    const words = 'badger banana barley beach';
    const token = encodeKeyToken(await wrapKeyWithPasscode(key, words, CHEAP_KDF));
    expect(await openOpenShare(envelope, token, NOW, 'badger banana barley beard')).toEqual({ ok: false, error: 'wrong-passcode' });
    expect((await openOpenShare(envelope, token, NOW, '  BADGER, banana\nbarley   beac ')).ok).toBe(true);
    expect((await openOpenShare(envelope, token, NOW, words)).ok).toBe(true);
  });

  it('reads the consent head of the golden vector, and opens its word passcode typed loosely', async () => {
    const addressed = readFixture(join(FIXTURES, 'v1-consent'), 'addressed-share.json');
    const keys = addressed.keys as Record<string, string>;
    const me = boxKeyPairFromSecret(fromHex(keys.proBoxSecret!));
    const read = readScannedMessage(fromHex(addressed.hex as string), me, addressed.now as number);
    if (!read.ok || read.value.kind !== 'addressed') throw new Error(JSON.stringify(read));
    const expectedHead = toHex((addressed.expect as { body: { consentHead: Uint8Array } }).body.consentHead);
    expect(read.value.share.content.consentHead).toBe(expectedHead);
    const words = readFixture(join(FIXTURES, 'v1-consent'), 'open-share-words.json');
    const parts = openShareFromFragment(new URL(words.url as string).hash);
    if (!parts.ok) throw new Error(parts.error);
    expect(await openOpenShare(parts.value.envelope, parts.value.keyToken, words.now as number, 'badger banana barley')).toEqual({ ok: false, error: 'wrong-passcode' });
    const opened = await openOpenShare(parts.value.envelope, parts.value.keyToken, words.now as number, ' Badger,  BANANA barl beach ');
    expect(opened.ok && toHex(fromHex(opened.value.shareId))).toBe('c002020304050607');
  });

  it('refuses a damaged key token and a token that drops the passcode', async () => {
    const key = randomKey();
    expect(await openOpenShare(openShare(key), Uint8Array.of(9, 9), NOW)).toEqual({ ok: false, error: 'bad-key-token' });
    const protectedEnvelope = openShare(key, true);
    const plainToken = encodeKeyToken({ kind: 'plain', key });
    expect(await openOpenShare(protectedEnvelope, plainToken, NOW)).toEqual({ ok: false, error: 'bad-key-token' });
    expect(await openOpenShare(openShare(key), encodeKeyToken({ kind: 'plain', key: randomKey() }), NOW)).toEqual({ ok: false, error: 'decrypt-failed' });
  });

  it('reads the link fragment into its parts', () => {
    const envelope = openShare();
    const keyToken = encodeKeyToken({ kind: 'plain', key: randomKey() });
    const parts = openShareFromFragment(`#s=${toBase64Url(envelope)}&k=${toBase64Url(keyToken)}`);
    expect(parts).toEqual({ ok: true, value: { envelope, keyToken } });
    expect(openShareFromFragment('#s=abc&k=')).toEqual({ ok: false, error: 'not-ours' });
  });
});

describe('keeping received shares until they expire', () => {
  it('keeps a share with its log line, purges it at expiry and keeps the log without content', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const share = mustOpen(addressed(me, { expiresAt: NOW + 2 * HOUR }), me);
    const kept = await keepReceivedShare(vault, share, 'single', NOW);
    if (!kept.ok) throw new Error(String(kept.error));
    // The same code scanned again is the same share.
    const again = await keepReceivedShare(vault, share, 'single', NOW + 1000);
    expect(again.ok && again.value.receivedAt).toBe(NOW);

    const before = await listReceived(vault, NOW + HOUR);
    expect(before.ok && before.value.active.map((s) => s.id)).toEqual([kept.value.id]);
    expect(before.ok && before.value.log).toHaveLength(1);
    expect((await readReceived(vault, kept.value.id, NOW + HOUR)).ok).toBe(true);

    expect(await purgeExpiredShares(vault, NOW + 2 * HOUR - 1)).toEqual({ ok: true, value: 0 });
    expect(await purgeExpiredShares(vault, NOW + 2 * HOUR)).toEqual({ ok: true, value: 1 });
    expect(await vault.get(kept.value.id)).toEqual({ ok: false, error: 'not-found' });
    const after = await listReceived(vault, NOW + 3 * HOUR);
    if (!after.ok) throw new Error(String(after.error));
    expect(after.value.active).toEqual([]);
    const [log] = after.value.log;
    expect(log).toMatchObject({ sections: ['about-me'], expiresAt: NOW + 2 * HOUR, receivedAt: NOW, fingerprint: share.fingerprint });
    // The professional's record of the decision: whose it was, never what it said.
    expect(log?.childName).toBe('Amira Khan');
    expect(JSON.stringify(after.value.log)).not.toMatch(/Trains|passport|homeLanguages/);
  });

  it('reports a share read after its expiry as expired and deletes it on the way', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const kept = await keepReceivedShare(vault, mustOpen(addressed(me, { expiresAt: NOW + HOUR }), me), 'frames', NOW);
    if (!kept.ok) throw new Error(String(kept.error));
    expect(await readReceived(vault, kept.value.id, NOW + HOUR)).toEqual({ ok: false, error: 'expired' });
    expect(await vault.get(kept.value.id)).toEqual({ ok: false, error: 'not-found' });
    expect(await readReceived(vault, 'rl-something', NOW)).toEqual({ ok: false, error: 'not-found' });
  });

  it('holds a share dated to 2106 only for the 7-day cap, then purges it', async () => {
    const vault = await professionalVault();
    const me = boxKeyPair();
    const share = mustOpen(addressed(me, { expiresAt: 0xffff_ffff * 1000 }), me);
    expect(share.expiresAt).toBe(NOW + 7 * 24 * HOUR);
    const kept = await keepReceivedShare(vault, share, 'single', NOW);
    if (!kept.ok) throw new Error(String(kept.error));
    expect(await purgeExpiredShares(vault, NOW + 7 * 24 * HOUR - 1)).toEqual({ ok: true, value: 0 });
    expect(await purgeExpiredShares(vault, NOW + 7 * 24 * HOUR)).toEqual({ ok: true, value: 1 });
    expect(readScannedMessage(addressed(me, { expiresAt: 0xffff_ffff * 1000 }), me, NOW + 365 * 24 * HOUR)).toEqual({ ok: false, error: 'expired' });
  });

  it('receives through the session with this install’s own identity', async () => {
    const vault = await professionalVault();
    session.setVault(vault);
    const identity = await getOrCreateIdentity();
    if (!identity.ok) throw new Error(String(identity.error));
    expect(keyId(identity.value.box.publicKey)).toHaveLength(8);

    const outcome = await receiveScan({ bytes: addressed(identity.value.box), via: 'single' }, NOW);
    if (!outcome.ok || outcome.value.kind !== 'kept') throw new Error(JSON.stringify(outcome));
    const read = await receivedShare(outcome.value.id, NOW + 1);
    expect(read.ok && read.value.content.child.preferredName).toBe('Mimi');
    expect(await receiveScan({ bytes: addressed(boxKeyPair()), via: 'single' }, NOW)).toEqual({ ok: false, error: 'not-for-me' });

    const list = await receivedShares(NOW + 25 * HOUR);
    expect(list.ok && list.value.active).toEqual([]);
    expect(list.ok && list.value.log).toHaveLength(1);

    session.lock('user');
    expect(await receiveScan({ bytes: addressed(identity.value.box), via: 'single' }, NOW)).toEqual({ ok: false, error: 'locked' });
  });
});

describe('entriesBySection', () => {
  it('puts entries under the sections the share carries and drops ones outside them', () => {
    const content = sharedContentFromBody({
      child: { name: 'A', dob: '2023-01-01' },
      sections: ['health', 'about-me'],
      entries: [
        { kind: 'passport', id: 'p' }, { kind: 'allergy', id: 'a' },
        { kind: 'observation', area: 'physical', id: 'o' }, { kind: 'observation', area: 'nowhere', id: 'x' },
      ],
    });
    if (!content.ok) throw new Error(content.error);
    const groups = entriesBySection(content.value).map((g) => [g.section, g.entries.map((e) => e.id)]);
    expect(groups).toEqual([['health', ['a']], ['about-me', ['p']]]);
  });

  it('gives an entry whose area is an inherited name, a number or missing no section at all', () => {
    const content = sharedContentFromBody({
      child: { name: 'A', dob: '2023-01-01' },
      sections: ['dev-communication', 'dev-physical', 'dev-pse'],
      entries: [
        { kind: 'observation', area: 'toString', id: 't' }, { kind: 'milestone', area: '__proto__', id: 'p' },
        { kind: 'observation', area: 7, id: 'n' }, { kind: 'milestone', id: 'm' }, { kind: 'milestone', area: 'pse', id: 'ok' },
      ],
    });
    if (!content.ok) throw new Error(content.error);
    const groups = entriesBySection(content.value).map((g) => [g.section, g.entries.map((e) => e.id)]);
    expect(groups).toEqual([['dev-communication', []], ['dev-physical', []], ['dev-pse', ['ok']]]);
  });
});

describe('an open share scanned in the app', () => {
  async function signedIn() {
    session.setVault(await professionalVault());
  }
  const plain = (key = randomKey()) => ({ key, token: encodeKeyToken({ kind: 'plain', key }) });

  it('is kept like any received share, from a link or a key bundle, then purged at expiry with its log line left', async () => {
    await signedIn();
    const link = plain();
    const fromLink = await receiveScan({ bytes: openShare(link.key), via: 'url', openShareKeyToken: toBase64Url(link.token) }, NOW);
    if (!fromLink.ok || fromLink.value.kind !== 'kept') throw new Error(JSON.stringify(fromLink));
    const bundle = plain();
    const envelope = openShare(bundle.key, false, NOW + 2 * HOUR);
    const fromBundle = await receiveScan({ bytes: encodeScanMessage({ envelope, keyToken: bundle.token }), via: 'frames' }, NOW);
    if (!fromBundle.ok || fromBundle.value.kind !== 'kept') throw new Error(JSON.stringify(fromBundle));
    // The same code again is the same share.
    expect(await receiveScan({ bytes: encodeScanMessage({ envelope, keyToken: bundle.token }), via: 'single' }, NOW + 5))
      .toEqual({ ok: true, value: { kind: 'kept', id: fromBundle.value.id } });

    const read = await receivedShare(fromLink.value.id, NOW + 1);
    expect(read.ok && read.value).toMatchObject({ type: 'open-share', via: 'url', expiresAt: NOW + HOUR, content: { child: { name: 'Amira Khan' } } });
    const now = await receivedShares(NOW + 1);
    expect(now.ok && now.value.active.map((r) => r.id)).toEqual([fromLink.value.id, fromBundle.value.id]);

    const later = await receivedShares(NOW + HOUR);
    if (!later.ok) throw new Error(String(later.error));
    expect(later.value.active.map((r) => r.id)).toEqual([fromBundle.value.id]);
    expect(later.value.log).toHaveLength(2);
    expect(later.value.log.find((l) => l.expiresAt === NOW + HOUR)).toMatchObject({ sections: ['about-me'], receivedAt: NOW });
    expect(JSON.stringify(later.value.log)).not.toMatch(/Trains|homeLanguages/);
    expect(await receivedShare(fromLink.value.id, NOW + HOUR)).toEqual({ ok: false, error: 'not-found' });
  });

  it('asks for the passcode before keeping anything, keeps it once the passcode is right', async () => {
    await signedIn();
    const key = randomKey();
    const token = encodeKeyToken(await wrapKeyWithPasscode(key, '4821', CHEAP_KDF));
    const envelope = openShare(key, true);
    const asked = await receiveScan({ bytes: encodeScanMessage({ envelope, keyToken: token }), via: 'single' }, NOW);
    if (!asked.ok || asked.value.kind !== 'passcode-needed') throw new Error(JSON.stringify(asked));
    expect(asked.value.via).toBe('single');
    expect(await receivedShares(NOW)).toEqual({ ok: true, value: { active: [], log: [] } });

    expect(await receiveOpenShare(asked.value.parts, asked.value.via, '1111', NOW)).toEqual({ ok: false, error: 'wrong-passcode' });
    const kept = await receiveOpenShare(asked.value.parts, asked.value.via, '4821', NOW);
    if (!kept.ok || kept.value.kind !== 'kept') throw new Error(JSON.stringify(kept));
    const list = await receivedShares(NOW + 1);
    expect(list.ok && list.value.active.map((r) => r.id)).toEqual([kept.value.id]);
  });

  it('keeps nothing of an expired, forged or keyless open share', async () => {
    await signedIn();
    const link = plain();
    const expired = openShare(link.key);
    expect(await receiveScan({ bytes: expired, via: 'url', openShareKeyToken: toBase64Url(link.token) }, NOW + HOUR)).toEqual({ ok: false, error: 'expired' });
    const forged = openShare(link.key);
    forged[forged.length - 1]! ^= 1;
    expect(await receiveScan({ bytes: forged, via: 'url', openShareKeyToken: toBase64Url(link.token) }, NOW)).toEqual({ ok: false, error: 'bad-signature' });
    expect(await receiveScan({ bytes: openShare(link.key), via: 'url', openShareKeyToken: '' }, NOW)).toEqual({ ok: false, error: 'bad-key-token' });
    expect(await receiveScan({ bytes: openShare(link.key), via: 'url', openShareKeyToken: toBase64Url(plain().token) }, NOW))
      .toEqual({ ok: false, error: 'decrypt-failed' });
    const list = await receivedShares(NOW);
    expect(list.ok && list.value).toEqual({ active: [], log: [] });
    session.lock('user');
    expect(await receiveScan({ bytes: openShare(link.key), via: 'url', openShareKeyToken: toBase64Url(link.token) }, NOW)).toEqual({ ok: false, error: 'locked' });
  });
});
