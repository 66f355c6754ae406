import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxKeyPairFromSecret, toBase64Url } from '../crypto/index';
import { isoDateTimeFromMs, type Entry } from '../domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../domain/demo/generate';
import { decodeEnvelope } from '../share/index';
import { expectOk, makeTestVault } from '../vault/test-support';
import { removeMemberAndGrants, setGrant, shareWithMember, teamGrants } from './consent';
import { readConsentLog } from './consent-log';
import { fingerprintWords } from './identity';
import { sharedContentFromBody } from './receive';
import { recordStore } from './record-store';
import { session } from './session';
import { logShare, makeShare } from './share-out';
import { addByHand, addFromCard, type TeamMember } from './team';

const NOW = Date.UTC(2026, 4, 3, 9);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const child = DEMO_CHILD_IDS.older;
const nurseBox = boxKeyPairFromSecret(new Uint8Array(32).fill(31));
let nurse: TeamMember;
let keyPerson: TeamMember;
let sensitiveId: string;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  const family = generateDemoFamily({ seed: 7, observations: 40, now: isoDateTimeFromMs(NOW) });
  const entries: Entry[] = [...family.entries];
  const allergy = entries.find((e) => e.kind === 'allergy' && e.childId === child)!;
  allergy.sensitive = true;
  sensitiveId = allergy.id;
  expectOk(await session.vault!.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries]));
  expectOk(await recordStore.load());
  nurse = expectOk(await addFromCard({
    name: 'Nurse Patel', role: 'health-visitor', signKey: toBase64Url(new Uint8Array(32).fill(4)), boxKey: toBase64Url(nurseBox.publicKey),
    fingerprint: fingerprintWords(new Uint8Array(32).fill(4)), expiresAt: NOW + 1e9,
  }, NOW));
  keyPerson = expectOk(await addByHand({ name: 'Sam Lee', role: 'nursery-key-person' }, NOW));
});
afterEach(() => session.lock('user'));

const sectionsOf = (share: Uint8Array, now: number) => {
  const decoded = decodeEnvelope(share, { now, myBoxSecretKey: nurseBox.secretKey });
  if (!decoded.ok) throw new Error(decoded.error);
  return expectOk(sharedContentFromBody(decoded.value.body));
};

describe('grants', () => {
  it('sets, narrows and ends a grant; each change is one chained entry, no change none', async () => {
    expect(expectOk(await setGrant(child, nurse.id, { sections: ['about-me', 'health'] }, NOW))).toBe('granted');
    expect(expectOk(await setGrant(child, nurse.id, { sections: ['health', 'about-me'] }, NOW + 1))).toBe('unchanged');
    expect(expectOk(await setGrant(child, nurse.id, { sections: ['about-me'] }, NOW + 2))).toBe('revoked');
    expect(expectOk(await setGrant(child, nurse.id, { sections: ['about-me', 'support'], until: NOW + DAY }, NOW + 3))).toBe('granted');
    const grants = expectOk(await teamGrants(child, NOW + 4));
    expect(grants.find((g) => g.member.id === nurse.id)?.grant?.sections).toEqual(['about-me', 'support']);
    expect(grants.find((g) => g.member.id === keyPerson.id)?.grant).toBeUndefined();
    const log = expectOk(await readConsentLog());
    expect(log.entries.map((e) => e.event.type)).toEqual(['grant', 'revoke', 'grant']);
    expect(log.brokenAt).toBeUndefined();
    expect(expectOk(await setGrant(child, nurse.id, { sections: [] }, NOW + 5))).toBe('revoked');
    expect(expectOk(await teamGrants(child, NOW + 6)).find((g) => g.member.id === nurse.id)?.grant).toBeUndefined();
  });

  it('refuses a grant naming private notes or an unknown section, and logs nothing', async () => {
    expect(await setGrant(child, nurse.id, { sections: ['private'] as never }, NOW)).toEqual({ ok: false, error: 'grant-private' });
    expect(await setGrant(child, nurse.id, { sections: ['diary'] as never }, NOW)).toEqual({ ok: false, error: 'grant-unknown-section' });
    expect(expectOk(await readConsentLog()).entries).toHaveLength(0);
  });

  it('a grant to a member who was then removed ends, is logged as such, and a one-tap share is refused', async () => {
    expectOk(await setGrant(child, nurse.id, { sections: ['health'] }, NOW));
    expectOk(await removeMemberAndGrants(nurse, NOW + 1));
    const log = expectOk(await readConsentLog());
    expect(log.entries.at(-1)?.event).toMatchObject({ type: 'revoke', sections: ['health'], reason: 'member-removed' });
    expect(await shareWithMember(child, nurse.id, {}, NOW + 2)).toEqual({ ok: false, error: 'consent-member-gone' });
  });
});

describe('one-tap share to a team member', () => {
  it('carries exactly the granted sections, no unticked sensitive entry, and is logged as routine with the chain head', async () => {
    expectOk(await setGrant(child, nurse.id, { sections: ['about-me', 'health'] }, NOW));
    const headBefore = expectOk(await readConsentLog()).head.hash;
    const { share, entry } = expectOk(await shareWithMember(child, nurse.id, {}, NOW + 1000));
    expect(share.kind).toBe('addressed');
    const content = sectionsOf(share.envelope, NOW + 2000);
    expect(content.sections).toEqual(['about-me', 'health']);
    expect(content.entries.some((e) => e.kind === 'allergy' && e.sensitive === true)).toBe(false);
    expect(content.consentHead).toBe(headBefore.slice(0, 64));
    expect(entry.event).toMatchObject({ type: 'share', basis: 'routine', how: 'qr', sections: ['about-me', 'health'], to: { memberId: nurse.id } });
    const ticked = expectOk(await shareWithMember(child, nurse.id, { includeSensitiveIds: [sensitiveId] }, NOW + 3000));
    expect(ticked.share.sensitiveEntryIds).toEqual([sensitiveId]);
    expect(ticked.entry.event).toMatchObject({ sensitiveEntryIds: [sensitiveId] });
  });

  it('a member added by hand gets an open share with generated passcode words', async () => {
    expectOk(await setGrant(child, keyPerson.id, { sections: ['dev-communication'] }, NOW));
    const { share } = expectOk(await shareWithMember(child, keyPerson.id, {}, NOW + 1000));
    expect(share.kind).toBe('open');
    expect(share.passcode?.split(' ')).toHaveLength(5);
    expect(share.sections).toEqual(['dev-communication']);
  });

  it('is refused once the grant end date has passed, even if the app was closed meanwhile', async () => {
    expectOk(await setGrant(child, nurse.id, { sections: ['health'], until: NOW + DAY }, NOW));
    expect((await shareWithMember(child, nurse.id, {}, NOW + DAY - 2 * HOUR)).ok).toBe(true);
    // A share made shortly before the end never outlives the grant.
    const late = expectOk(await shareWithMember(child, nurse.id, { durationMs: 3 * DAY }, NOW + DAY - 2 * HOUR));
    expect(late.share.expiresAt).toBe(NOW + DAY);
    expect(await shareWithMember(child, nurse.id, {}, NOW + DAY + 1)).toEqual({ ok: false, error: 'consent-no-grant' });
  });

  it('a share asked for while a revocation is being saved uses the state after it', async () => {
    expectOk(await setGrant(child, nurse.id, { sections: ['health', 'about-me'] }, NOW));
    const revoking = setGrant(child, nurse.id, { sections: [] }, NOW + 1);
    const sharing = shareWithMember(child, nurse.id, {}, NOW + 2);
    expectOk(await revoking);
    expect(await sharing).toEqual({ ok: false, error: 'consent-no-grant' });
    expectOk(await setGrant(child, nurse.id, { sections: ['health', 'about-me'] }, NOW + 3));
    const narrowing = setGrant(child, nurse.id, { sections: ['about-me'] }, NOW + 4);
    const narrowShare = shareWithMember(child, nurse.id, {}, NOW + 5);
    expect(expectOk(await narrowing)).toBe('revoked');
    expect(expectOk(await narrowShare).share.sections).toEqual(['about-me']);
  });

  it('two quick taps logging the same share make exactly one share event', async () => {
    const made = expectOk(await makeShare({ childId: child, sections: ['health'], target: { kind: 'addressed', member: nurse }, durationMs: HOUR }, { now: NOW }));
    const [a, b] = await Promise.all([logShare(made, child, 'qr'), logShare(made, child, 'qr')]);
    expect(expectOk(a).seq).toBe(expectOk(b).seq);
    const log = expectOk(await readConsentLog());
    expect(log.entries.filter((e) => e.event.type === 'share')).toHaveLength(1);
    expect(log.entries[0]?.event).toMatchObject({ basis: 'case-by-case' });
  });
});

describe('the stored record is checked on every read', () => {
  const tamperings: [string, (rows: { id: string; entry: { event: { sections?: string[] }; seq: number } }[]) => { put?: object[]; del?: string[] }][] = [
    ['an edited event', (rows) => ({ put: [{ ...rows[1]!, entry: { ...rows[1]!.entry, event: { ...rows[1]!.entry.event, sections: ['health', 'support'] } } }] })],
    ['a deleted event', (rows) => ({ del: [rows[1]!.id] })],
    ['two events swapped', (rows) => ({ put: [{ ...rows[1]!, entry: rows[2]!.entry }, { ...rows[2]!, entry: rows[1]!.entry }] })],
    ['the last event removed', (rows) => ({ del: [rows[2]!.id] })],
  ];
  it.each(tamperings)('%s is detected and named', async (_name, tamper) => {
    expectOk(await setGrant(child, nurse.id, { sections: ['health'] }, NOW));
    expectOk(await setGrant(child, nurse.id, { sections: ['health', 'about-me'] }, NOW + 1));
    expectOk(await setGrant(child, keyPerson.id, { sections: ['support'] }, NOW + 2));
    const rows = expectOk(await session.vault!.all<{ id: string; kind: string; entry: never }>('share-log')).sort((a, b) => a.id.localeCompare(b.id));
    const change = tamper(rows);
    if (change.put) expectOk(await session.vault!.putMany(change.put as never));
    if (change.del) expectOk(await session.vault!.deleteMany(change.del));
    const read = expectOk(await readConsentLog());
    expect(read.brokenAt).toBeDefined();
    expect(read.brokenAt).toBeLessThanOrEqual(2);
    // The app keeps working: grants still read, and a new change can still be logged.
    expectOk(await teamGrants(child, NOW + 3));
  });
});
