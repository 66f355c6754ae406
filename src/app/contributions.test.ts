import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxKeyPair, boxKeyPairFromSecret, edPublicKeyToX25519, signKeyPairFromSeed, toBase64Url } from '../crypto/index';
import { currentMedicines, isoDateTimeFromMs, type Entry, type IsoDate, type MedicationEntry } from '../domain/index';
import { contributionFromBody, contributionToBody, type Contribution } from '../domain/contribution/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../domain/demo/generate';
import { decodeEnvelope, encodeEnvelope, encodeScanMessage, type BodyValue } from '../share/index';
import { expectOk, makeTestVault } from '../vault/test-support';
import { emptyContributionDraft, makeContribution, sentContributions, writeBackTarget } from './contribute';
import { fingerprintWords, getOrCreateIdentity, saveProfile } from './identity';
import { healthOf, saveGrowth } from './health';
import { setEntryHidden } from './entries';
import {
  acceptContribution, annotateContribution, childMatches, declineContribution, listInbox, receiveContribution,
} from './inbox';
import { keepReceivedShare, readScannedMessage, type OpenedShare } from './receive';
import { recordStore } from './record-store';
import { session } from './session';
import { buildShareBody, childRecord } from './share-out';
import { addFromCard } from './team';

const NOW = Date.UTC(2026, 4, 3, 9);
const DAY = 86_400_000;
const childId = DEMO_CHILD_IDS.older;
const pro = signKeyPairFromSeed(new Uint8Array(32).fill(9));
const stranger = signKeyPairFromSeed(new Uint8Array(32).fill(10));

let parentBox: Uint8Array;
let child: { name: string; dob: IsoDate };

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  const family = generateDemoFamily({ seed: 7, observations: 10, now: isoDateTimeFromMs(NOW) });
  expectOk(await session.vault!.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...family.entries]));
  expectOk(await recordStore.load());
  parentBox = expectOk(await getOrCreateIdentity()).box.publicKey;
  const c = recordStore.child(childId)!;
  child = { name: c.name, dob: c.dob };
  expectOk(await addFromCard({
    name: 'Dr Ada Okafor', role: 'paediatrician', signKey: toBase64Url(pro.publicKey), boxKey: toBase64Url(boxKeyPair().publicKey),
    fingerprint: fingerprintWords(pro.publicKey), expiresAt: NOW + 1e10,
  }, NOW));
});
afterEach(() => session.lock('user'));

const from = { name: 'Dr Ada Okafor', role: 'paediatrician' as const, organisation: 'St Mary’s' };

function envelope(c: Contribution, opts: { sender?: typeof pro; to?: Uint8Array; issuedAt?: number; expiresAt?: number; body?: BodyValue } = {}) {
  const made = encodeEnvelope({
    type: 'contribution', sender: opts.sender ?? pro, recipient: (opts.to ?? parentBox) as never, issuedAt: opts.issuedAt ?? NOW,
    expiresAt: opts.expiresAt ?? NOW + 30 * DAY, body: opts.body ?? (contributionToBody(c) as BodyValue),
  });
  return expectOk(made);
}

const doseChange = (): Contribution => ({
  kind: 'medication', from, date: '2026-05-02' as IsoDate, lang: 'en', child, name: 'Movicol', change: 'dose-changed', dose: '3 ml', frequency: 'twice daily',
});
const visitNote = (): Contribution => ({
  kind: 'visit-note', noteKind: 'visit-summary', from, date: '2026-05-02' as IsoDate, lang: 'en', child, text: { text: 'Seen in clinic. Doing well.', lang: 'en' },
});

async function withMovicol(): Promise<MedicationEntry> {
  const med: MedicationEntry = {
    id: 'med-movicol' as MedicationEntry['id'], kind: 'medication', childId, name: 'Movicol', createdAt: isoDateTimeFromMs(NOW - 90 * DAY),
    updatedAt: isoDateTimeFromMs(NOW - 90 * DAY),
    history: [{ date: '2026-02-01' as IsoDate, change: 'started', dose: '2.5 ml', frequency: 'twice daily', changedBy: 'GP' }],
  };
  expectOk(await recordStore.save(med, NOW - 90 * DAY));
  return med;
}

const entriesSnapshot = () => structuredClone(recordStore.allEntries().sort((a, b) => a.id.localeCompare(b.id)));

describe('the parent receives a contribution', () => {
  it('keeps it in the inbox as verified when the signer is in the team, and records it once', async () => {
    const bytes = envelope(visitNote());
    const first = expectOk(await receiveContribution(encodeScanMessage({ envelope: bytes }), 'single', NOW));
    expect(first.duplicate).toBe(false);
    expect(expectOk(await receiveContribution(bytes, 'file', NOW + 1000))).toEqual({ id: first.id, duplicate: true });
    const inbox = expectOk(await listInbox());
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.member?.name).toBe('Dr Ada Okafor');
    expect(inbox[0]!.childMatches.map((c) => c.id)).toEqual([childId]);
    expect(inbox[0]!.record.state).toBe('new');
  });

  it('opens a contribution boxed to the X25519 form of this phone’s signing key (what shares imply)', async () => {
    const identity = expectOk(await getOrCreateIdentity());
    const to = edPublicKeyToX25519(identity.sign.publicKey)!;
    const got = expectOk(await receiveContribution(envelope(visitNote(), { to }), 'single', NOW));
    expect(got.duplicate).toBe(false);
    // A share this phone makes carries no reply key; the reader derives the same key from its signer.
    const share = expectOk(encodeEnvelope({
      type: 'addressed-share', sender: identity.sign, recipient: boxKeyPairFromSecret(new Uint8Array(32).fill(66)).publicKey,
      issuedAt: NOW, expiresAt: NOW + DAY, body: buildShareBody(childRecord(childId)!, ['about-me']),
    }));
    const read = expectOk(readScannedMessage(share, boxKeyPairFromSecret(new Uint8Array(32).fill(66)), NOW));
    expect(read.kind === 'addressed' && read.share.content.replyKey).toBe(toBase64Url(to));
  });

  it('refuses tampered, expired, other-family, wrong-kind and random input with a code, storing nothing', async () => {
    const good = envelope(visitNote());
    const tampered = good.slice();
    tampered[tampered.length - 70]! ^= 1;
    const cases: [Uint8Array, string][] = [
      [tampered, 'bad-signature'],
      [envelope(visitNote(), { issuedAt: NOW - 40 * DAY, expiresAt: NOW - DAY }), 'expired'],
      [envelope(visitNote(), { to: boxKeyPairFromSecret(new Uint8Array(32).fill(77)).publicKey }), 'not-for-me'],
      [expectOk(encodeEnvelope({ type: 'addressed-share', sender: pro, recipient: parentBox as never, issuedAt: NOW, expiresAt: NOW + DAY, body: { a: 1 } })), 'wrong-kind'],
      [envelope(visitNote(), { body: { kind: 'poem' } }), 'malformed-body'],
      [good.subarray(0, 40), 'truncated'],
      [Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 255), 'not-ours'],
      [new Uint8Array(600 * 1024), 'file-too-large'],
    ];
    for (const [bytes, error] of cases) {
      expect(await receiveContribution(bytes, 'file', NOW), error).toEqual({ ok: false, error });
    }
    expect(expectOk(await listInbox())).toEqual([]);
  });

  it('a dose change, accepted, updates the current medicine with who changed it', async () => {
    await withMovicol();
    const { id } = expectOk(await receiveContribution(envelope(doseChange()), 'single', NOW));
    const accepted = expectOk(await acceptContribution(id, { childId }, NOW));
    expect(accepted.state).toBe('accepted');
    const now = currentMedicines(recordStore.allEntries(), { childId }).find((m) => m.entry.name === 'Movicol')!;
    expect(now).toMatchObject({ dose: '3 ml', frequency: 'twice daily', changedBy: 'Dr Ada Okafor' });
    expect(now.entry.history.at(-1)!.contributedBy).toMatchObject({ name: 'Dr Ada Okafor', role: 'paediatrician', verified: true, contributionId: id });
    // The next share carries the change and who made it.
    const body = buildShareBody(childRecord(childId)!, ['health'], [], 'full');
    const shared = (body as { entries: Record<string, unknown>[] }).entries.find((e) => e.name === 'Movicol') as { history: { contributedBy?: unknown }[] };
    expect(shared.history.at(-1)!.contributedBy).toMatchObject({ name: 'Dr Ada Okafor', verified: true });
    expect(await acceptContribution(id, { childId }, NOW)).toEqual({ ok: false, error: 'already-decided' });
  });

  it('a change to a medicine the child does not have: refused until the parent says "add as new"', async () => {
    const { id } = expectOk(await receiveContribution(envelope(doseChange()), 'single', NOW));
    const before = entriesSnapshot();
    expect(await acceptContribution(id, { childId }, NOW)).toEqual({ ok: false, error: 'medicine-missing' });
    expect(entriesSnapshot()).toEqual(before);
    expectOk(await acceptContribution(id, { childId, medicine: 'new' }, NOW));
    expect(currentMedicines(recordStore.allEntries(), { childId }).some((m) => m.entry.name === 'Movicol' && m.dose === '3 ml')).toBe(true);
  });

  it('a sender not in the team is not verified, and needs a second yes', async () => {
    const { id } = expectOk(await receiveContribution(envelope(visitNote(), { sender: stranger }), 'single', NOW));
    const [item] = expectOk(await listInbox());
    expect(item!.member).toBeUndefined();
    expect(await acceptContribution(id, { childId }, NOW)).toEqual({ ok: false, error: 'unverified-not-confirmed' });
    expectOk(await acceptContribution(id, { childId, confirmUnverified: true }, NOW));
    const note = recordStore.entries('received-note', childId).find((e) => e.contributedBy?.contributionId === id)!;
    expect(note.contributedBy?.verified).toBe(false);
  });

  it('declining leaves the record exactly as it was, and keeps a line', async () => {
    await withMovicol();
    const before = entriesSnapshot();
    const { id } = expectOk(await receiveContribution(envelope(doseChange()), 'single', NOW));
    expect(expectOk(await declineContribution(id, NOW)).state).toBe('declined');
    expect(entriesSnapshot()).toEqual(before);
    expect(expectOk(await listInbox())[0]!.record.state).toBe('declined');
    expect(await acceptContribution(id, { childId }, NOW)).toEqual({ ok: false, error: 'already-decided' });
  });

  it('property: whatever arrives, from the team or not, declining it all leaves every entry as it was', async () => {
    await withMovicol();
    const kinds = (n: number, text: string): Contribution => {
      const base = { from, date: '2026-05-02' as IsoDate, lang: 'en', child };
      const words = { text: text.trim() || 'x', lang: 'en' };
      return ([
        { ...base, kind: 'visit-note', noteKind: 'visit-summary', text: words },
        { ...base, kind: 'assessment', title: 'Hearing test', result: 'no-concerns', text: words },
        { ...base, kind: 'support', change: 'plan', serviceType: 'speech-language-therapy', title: words.text },
        { ...base, kind: 'support', change: 'referral', serviceType: 'audiology', title: 'Audiology', text: words },
        { ...base, kind: 'medication', name: 'Movicol', change: 'dose-changed', dose: '3 ml', frequency: 'twice daily' },
        { ...base, kind: 'medication', name: 'Calpol', change: 'started', dose: '5 ml', frequency: text.slice(0, 20) || 'daily' },
        { ...base, kind: 'milestone', code: 'cl-12-18-01', status: 'achieved' },
        { ...base, kind: 'growth', weightKg: 11.2, heightCm: 82.5 },
      ] as Contribution[])[n]!;
    };
    const arrival = fc.record({ kind: fc.integer({ min: 0, max: 7 }), text: fc.string({ maxLength: 40 }), stranger: fc.boolean() });
    await fc.assert(fc.asyncProperty(fc.array(arrival, { minLength: 1, maxLength: 5 }), async (arrivals) => {
      const before = entriesSnapshot();
      const ids = new Set<string>();
      for (const a of arrivals) {
        const bytes = envelope(kinds(a.kind, a.text), a.stranger ? { sender: stranger } : {});
        ids.add(expectOk(await receiveContribution(bytes, 'single', NOW)).id);
      }
      for (const item of expectOk(await listInbox())) {
        if (ids.has(item.record.id) && item.record.state === 'new') expectOk(await declineContribution(item.record.id, NOW));
      }
      expect(entriesSnapshot()).toEqual(before);
      for (const item of expectOk(await listInbox())) expect(item.record.state).not.toBe('accepted');
    }), { numRuns: 25 });
  });

  it('a child this phone does not have: the parent picks one', async () => {
    const c: Contribution = { ...visitNote(), child: { name: 'Someone Else', dob: '2019-01-01' as IsoDate } };
    const { id } = expectOk(await receiveContribution(envelope(c), 'single', NOW));
    expect(childMatches(c, recordStore.children())).toEqual([]);
    expect(await acceptContribution(id, { childId: 'no-such-child' }, NOW)).toEqual({ ok: false, error: 'choose-child' });
    expectOk(await acceptContribution(id, { childId: DEMO_CHILD_IDS.younger }, NOW));
  });

  it('an annotation stays with the note, travels in shares, and hiding keeps it out of shares', async () => {
    const { id } = expectOk(await receiveContribution(envelope(visitNote()), 'single', NOW));
    const accepted = expectOk(await acceptContribution(id, { childId }, NOW));
    expectOk(await annotateContribution(id, 'We agreed to try again in June.', 'en', NOW));
    const note = recordStore.entry(accepted.entryIds![0]!) as Entry;
    expect(note.annotation).toEqual({ text: 'We agreed to try again in June.', lang: 'en' });
    const shared = () => (buildShareBody(childRecord(childId)!, ['support']) as { entries: Record<string, unknown>[] }).entries
      .filter((e) => e.kind === 'received-note' && (e.contributedBy as { contributionId?: string } | undefined)?.contributionId === id);
    expect(shared()[0]!.annotation).toEqual({ text: 'We agreed to try again in June.', lang: 'en' });
    expectOk(await setEntryHidden(note.id, true, NOW));
    expect(shared()).toEqual([]);
  });
});

describe("the professional's words are not edited silently", () => {
  it('editing an accepted measurement saves the parent’s copy, marked as edited, and hides the original', async () => {
    const c: Contribution = { kind: 'growth', from, date: '2026-05-02' as IsoDate, lang: 'en', child, weightKg: 14.2 };
    const { id } = expectOk(await receiveContribution(envelope(c), 'single', NOW));
    const [originalId] = expectOk(await acceptContribution(id, { childId }, NOW)).entryIds!;
    const stored = recordStore.child(childId)!;
    const saved = expectOk(await saveGrowth(stored, { measuredOn: '2026-05-02', weightKg: '14.6', heightCm: '', headCm: '', by: 'me', sensitive: false }, 'en', originalId, NOW + 1000));
    expect(saved.id).not.toBe(originalId);
    expect(saved.editedFrom).toMatchObject({ name: 'Dr Ada Okafor', contributionId: id });
    expect(saved.contributedBy).toBeUndefined();
    const original = recordStore.entry(originalId!)!;
    expect(original).toMatchObject({ hidden: true, weightKg: 14.2, contributedBy: { name: 'Dr Ada Okafor' } });
    const shown = healthOf(stored, NOW + 2000).growth.filter((g) => g.measuredOn === '2026-05-02');
    expect(shown.map((g) => g.id)).toEqual([saved.id]);
  });
});

describe('the professional writes back', () => {
  const familyBox = boxKeyPairFromSecret(new Uint8Array(32).fill(55));

  async function receivedShareId(): Promise<string> {
    const body = buildShareBody(childRecord(childId)!, ['health'], [], 'summary', { replyKey: familyBox.publicKey });
    const share: OpenedShare = {
      type: 'addressed-share', shareId: '0102030405060708', senderKey: toBase64Url(stranger.publicKey), fingerprint: fingerprintWords(stranger.publicKey),
      issuedAt: NOW, expiresAt: NOW + DAY,
      content: { child: { name: child.name, dob: child.dob }, sections: ['health'], entries: [], replyKey: toBase64Url(familyBox.publicKey) },
    };
    expect((body as { replyKey?: Uint8Array }).replyKey).toEqual(familyBox.publicKey);
    return expectOk(await keepReceivedShare(session.vault!, share, 'single', NOW)).id;
  }

  it('makes a contribution only the family can open, answering the share, and keeps a line of it', async () => {
    expectOk(await saveProfile({ name: 'Dr Ada Okafor', role: 'paediatrician', organisation: 'St Mary’s' }));
    const target = expectOk(await writeBackTarget(await receivedShareId()));
    const draft = { ...emptyContributionDraft('medication', '2026-05-03' as IsoDate), medicine: 'Movicol', dose: '3 ml', frequency: 'twice daily' };
    const made = expectOk(await makeContribution(target, draft, 'en', NOW));
    const opened = expectOk(decodeEnvelope(made.envelope, { now: NOW, myBoxSecretKey: familyBox.secretKey }));
    expect(opened.header.type).toBe('contribution');
    expect(opened.header.expiresAt).toBe(NOW + 30 * DAY);
    expect(expectOk(contributionFromBody(opened.body))).toMatchObject({
      kind: 'medication', name: 'Movicol', dose: '3 ml', from: { name: 'Dr Ada Okafor', role: 'paediatrician' }, inReplyTo: '0102030405060708', child,
    });
    expect(decodeEnvelope(made.envelope, { now: NOW, myBoxSecretKey: boxKeyPair().secretKey })).toEqual({ ok: false, error: 'not-for-me' });
    expect(expectOk(await sentContributions(target.id))).toHaveLength(1);
  });

  it('names the field that is wrong, and needs a profile', async () => {
    const target = expectOk(await writeBackTarget(await receivedShareId()));
    const note = emptyContributionDraft('visit-note', '2026-05-03' as IsoDate);
    expect(await makeContribution(target, { ...note, text: 'Hello' }, 'en', NOW)).toEqual({ ok: false, error: 'profile-incomplete' });
    expectOk(await saveProfile({ name: 'Dr Ada Okafor', role: 'paediatrician' }));
    expect(await makeContribution(target, note, 'en', NOW)).toEqual({ ok: false, error: 'required', field: 'text' });
    expect(await makeContribution(target, { ...note, text: 'x', date: '2026-05-09' }, 'en', NOW)).toEqual({ ok: false, error: 'date-in-future', field: 'date' });
    const growth = emptyContributionDraft('growth', '2026-05-03' as IsoDate);
    expect(await makeContribution(target, growth, 'en', NOW)).toEqual({ ok: false, error: 'measure-needed', field: 'weightKg' });
    expect(await makeContribution(target, { ...growth, weightKg: '500' }, 'en', NOW)).toEqual({ ok: false, error: 'measure-out-of-range', field: 'weightKg' });
    expect(expectOk(await sentContributions(target.id))).toEqual([]);
  });

  it('cannot write back to a share from before contributions (no reply key)', async () => {
    const share: OpenedShare = {
      type: 'open-share', shareId: '0807060504030201', senderKey: toBase64Url(stranger.publicKey), fingerprint: fingerprintWords(stranger.publicKey),
      issuedAt: NOW, expiresAt: NOW + DAY, content: { child: { name: child.name, dob: child.dob }, sections: [], entries: [] },
    };
    const kept = expectOk(await keepReceivedShare(session.vault!, share, 'single', NOW));
    expect(await writeBackTarget(kept.id)).toEqual({ ok: false, error: 'no-reply-key' });
  });
});
