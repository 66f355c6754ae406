import 'fake-indexeddb/auto';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxKeyPairFromSecret, toBase64Url } from '../crypto/index';
import { isoDateTimeFromMs, type BlobId, type Entry, type EntryId, type ObservationEntry } from '../domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../domain/demo/generate';
import { decodeEnvelope, decodeKeyToken, decodeScanMessage, keyFromToken, parseOpenShareFragment, planQr, singleQrText } from '../share/index';
import { expectOk, makeTestVault, TEST_KDF } from '../vault/test-support';
import { fingerprintWords } from './identity';
import { recordStore } from './record-store';
import { session } from './session';
import {
  buildShareBody, childRecord, durationAllowed, logShare, makePhotoFile, makeShare, readShareLog, SHARE_LIFETIMES, SHARE_PHOTOS_MAX_BYTES, sharedPhotoCount,
  shareLogIntact, type MadeShare, type ShareRequest,
} from './share-out';
import { fixedImageCodec, jpegWithExif } from './photo-test-support';
import { jpegHasExif } from './photos';
import { sharedContentFromBody } from './receive';
import { addByHand, addFromCard, type TeamMember } from './team';

const NOW = Date.UTC(2025, 4, 1, 9);
const HOUR = 3_600_000;
const child = DEMO_CHILD_IDS.older;
const khanBox = boxKeyPairFromSecret(new Uint8Array(32).fill(21));
const otherBox = boxKeyPairFromSecret(new Uint8Array(32).fill(22));
let khan: TeamMember;
let jo: TeamMember;

beforeAll(async () => {
  session.setVault((await makeTestVault()).vault);
  const family = generateDemoFamily({ seed: 20240611, observations: 60, now: isoDateTimeFromMs(NOW) });
  const entries: Entry[] = [...family.entries];
  // One sensitive health entry and one private note, to prove what leaves and what never does.
  const allergy = entries.find((e) => e.kind === 'allergy' && e.childId === child)!;
  allergy.sensitive = true;
  entries.push({
    id: 'private-1', kind: 'private-note', childId: child, createdAt: isoDateTimeFromMs(NOW), updatedAt: isoDateTimeFromMs(NOW),
    text: { text: 'only for me', lang: 'en' },
  } as unknown as Entry);
  expectOk(await session.vault!.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...entries]));
  expectOk(await recordStore.load());
  khan = expectOk(await addFromCard({
    name: 'Dr Aisha Khan', role: 'paediatrician', signKey: toBase64Url(new Uint8Array(32).fill(3)), boxKey: toBase64Url(khanBox.publicKey),
    fingerprint: fingerprintWords(new Uint8Array(32).fill(3)), expiresAt: NOW + 1e9,
  }, NOW));
  jo = expectOk(await addByHand({ name: 'Jo Smith', role: 'health-visitor' }, NOW));
});
afterAll(() => session.lock('user'));

const kindsOf = (body: unknown) => (body as { entries: { kind: string }[] }).entries.map((e) => e.kind);

describe('what a share carries', () => {
  it('only the chosen sections, no bookkeeping, never private notes', () => {
    const record = childRecord(child)!;
    expect(record.entries.some((e) => e.kind === 'private-note')).toBe(true);
    const about = buildShareBody(record, ['about-me']);
    expect(new Set(kindsOf(about))).toEqual(new Set(['passport']));
    const all = buildShareBody(record, ['about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments']);
    expect(kindsOf(all)).not.toContain('private-note');
    expect(JSON.stringify(all)).not.toContain('only for me');
    for (const e of (all as { entries: Record<string, unknown>[] }).entries) {
      expect(Object.keys(e)).not.toEqual(expect.arrayContaining(['id']));
      expect(e).not.toHaveProperty('childId');
      expect(e).not.toHaveProperty('createdAt');
      expect(e).not.toHaveProperty('photos');
    }
  });

  it('sensitive entries only when ticked', () => {
    const record = childRecord(child)!;
    const sensitive = record.entries.find((e) => e.sensitive && e.kind === 'allergy')!;
    expect(kindsOf(buildShareBody(record, ['health']))).not.toContain('allergy');
    expect(kindsOf(buildShareBody(record, ['health'], [sensitive.id]))).toContain('allergy');
    expect(kindsOf(buildShareBody(record, ['about-me'], [sensitive.id]))).not.toContain('allergy');
  });
});

describe('lifetimes', () => {
  it('addressed 1 h to 7 days, open up to 24 h, defaults inside', () => {
    expect(durationAllowed('addressed', HOUR)).toBe(true);
    expect(durationAllowed('addressed', HOUR - 1)).toBe(false);
    expect(durationAllowed('addressed', 7 * 24 * HOUR)).toBe(true);
    expect(durationAllowed('addressed', 7 * 24 * HOUR + 1)).toBe(false);
    expect(durationAllowed('open', 24 * HOUR)).toBe(true);
    expect(durationAllowed('open', 24 * HOUR + 1)).toBe(false);
    expect(durationAllowed('open', Number.NaN)).toBe(false);
    for (const kind of ['addressed', 'open'] as const) {
      const l = SHARE_LIFETIMES[kind];
      expect(durationAllowed(kind, l.defaultMs)).toBe(true);
      expect(l.choices.every((c) => durationAllowed(kind, c))).toBe(true);
    }
  });

  it('makeShare refuses a lifetime out of bounds, no sections, and an addressed share to someone without keys', async () => {
    const base = { childId: child, sections: ['health'] as const, target: { kind: 'addressed', member: khan } as const };
    expect(await makeShare({ ...base, durationMs: 8 * 24 * HOUR }, { now: NOW })).toEqual({ ok: false, error: 'share-bad-duration' });
    expect(await makeShare({ ...base, sections: [], durationMs: HOUR }, { now: NOW })).toEqual({ ok: false, error: 'share-no-sections' });
    expect(await makeShare({ ...base, target: { kind: 'addressed', member: jo }, durationMs: HOUR }, { now: NOW }))
      .toEqual({ ok: false, error: 'share-member-has-no-key' });
    expect(await makeShare({ ...base, childId: 'nobody', durationMs: HOUR }, { now: NOW })).toEqual({ ok: false, error: 'share-no-child' });
  });
});

describe('addressed share', () => {
  it('opens for the right professional, is not-for-me for another; passport + health picks single or animated by size', async () => {
    const made = expectOk(await makeShare({ childId: child, sections: ['about-me', 'health'], target: { kind: 'addressed', member: khan }, durationMs: 24 * HOUR }, { now: NOW }));
    expect(made.message).toBe(made.envelope);
    expect(made.expiresAt).toBe(NOW + 24 * HOUR);
    expect(made.recipient).toMatchObject({ name: 'Dr Aisha Khan', verified: true });
    const opened = decodeEnvelope(made.envelope, { now: NOW + 1000, myBoxSecretKey: khanBox.secretKey });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.header.type).toBe('addressed-share');
    const body = opened.value.body as { child: { name: string }; sections: string[] };
    expect(body.child.name).toBe('Yusuf Rahman');
    expect(body.sections).toEqual(['about-me', 'health']);
    expect(decodeEnvelope(made.envelope, { now: NOW + 1000, myBoxSecretKey: otherBox.secretKey })).toEqual({ ok: false, error: 'not-for-me' });
    expect(decodeEnvelope(made.envelope, { now: NOW + 24 * HOUR, myBoxSecretKey: khanBox.secretKey })).toEqual({ ok: false, error: 'expired' });

    // Measured, not asserted: the demo child's full health section (growth series, reviews,
    // medicine history) does not fit one version-25 code; it then travels as an animated code.
    const text = singleQrText(made.message);
    const version = QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
    console.log(`share.passport_qr_version (demo child, passport + health, addressed): version ${version}, ${made.envelope.length} bytes, ${text.length} QR characters`);
    expect(planQr(made.message).kind).toBe(version <= 25 ? 'single' : 'animated');
  });

  it('health as a summary by default (and says so to the reader); in full on request, with the stopped medicine and the series', async () => {
    const share = async (healthDetail?: 'summary' | 'full') => {
      const made = expectOk(await makeShare({
        childId: child, sections: ['about-me', 'health'], target: { kind: 'addressed', member: khan }, durationMs: HOUR,
        ...(healthDetail ? { healthDetail } : {}),
      }, { now: NOW }));
      const opened = decodeEnvelope(made.envelope, { now: NOW + 1000, myBoxSecretKey: khanBox.secretKey });
      if (!opened.ok) throw new Error(opened.error);
      const content = sharedContentFromBody(opened.value.body);
      if (!content.ok) throw new Error(content.error);
      return content.value;
    };
    const stopped = (c: { entries: unknown[] }) => (c.entries as { kind: string; history?: { change: string }[] }[])
      .filter((e) => e.kind === 'medication' && e.history?.some((h) => h.change === 'stopped')).length;
    const growth = (c: { entries: { kind: string }[] }) => c.entries.filter((e) => e.kind === 'growth').length;

    const byDefault = await share();
    expect(byDefault.summarised).toEqual(['health']);
    expect(stopped(byDefault)).toBe(0);
    expect(growth(byDefault)).toBe(1);
    expect(await share('summary')).toEqual(byDefault);

    const full = await share('full');
    expect(full).not.toHaveProperty('summarised');
    expect(stopped(full)).toBeGreaterThanOrEqual(1);
    expect(growth(full)).toBeGreaterThan(3);
    // Without Health there is nothing to summarise and nothing to say.
    const aboutOnly = buildShareBody(childRecord(child)!, ['about-me']) as Record<string, unknown>;
    expect(aboutOnly).not.toHaveProperty('summary');
  });

  it("the demo child's passport alone fits one QR of version <= 25", async () => {
    const made = expectOk(await makeShare({ childId: child, sections: ['about-me'], target: { kind: 'addressed', member: khan }, durationMs: HOUR }, { now: NOW }));
    const plan = planQr(made.message);
    if (plan.kind !== 'single') throw new Error('passport alone should fit one QR code');
    expect(QRCode.create(plan.text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(25);
  });
});

describe('open share', () => {
  it('carries its key beside the envelope (QR bundle and URL); a passcode wraps it', async () => {
    const made = expectOk(await makeShare(
      { childId: child, sections: ['dev-communication', 'dev-physical', 'dev-pse'], target: { kind: 'open' }, durationMs: 30 * 60_000 },
      { now: NOW, origin: 'https://family.example/' },
    ));
    const message = decodeScanMessage(made.message);
    if (!message.ok || !message.value.keyToken) throw new Error('no key bundle');
    const token = decodeKeyToken(message.value.keyToken);
    if (!token.ok) throw new Error(token.error);
    const key = expectOk(await keyFromToken(token.value));
    const opened = decodeEnvelope(message.value.envelope, { now: NOW + 1000, openShareKey: key });
    expect(opened.ok).toBe(true);
    expect(made.url?.startsWith('https://family.example/#s=')).toBe(true);
    expect(parseOpenShareFragment(made.url!).ok).toBe(true);
    expect(planQr(made.message).kind).toBe('animated'); // 60 observations: more than one QR can hold

    // A short passcode can be guessed offline by whoever photographs the code: refused.
    expect(await makeShare(
      { childId: child, sections: ['about-me'], target: { kind: 'open', passcode: ' 4821 ', member: jo }, durationMs: HOUR },
      { now: NOW, kdfParams: TEST_KDF },
    )).toEqual({ ok: false, error: 'share-passcode-short' });
    const locked = expectOk(await makeShare(
      { childId: child, sections: ['about-me'], target: { kind: 'open', passcode: '482193', member: jo }, durationMs: HOUR },
      { now: NOW, kdfParams: TEST_KDF },
    ));
    expect(locked.recipient).toMatchObject({ name: 'Jo Smith', verified: false });
    const bundle = decodeScanMessage(locked.message);
    if (!bundle.ok || !bundle.value.keyToken) throw new Error('no key bundle');
    const wrapped = decodeKeyToken(bundle.value.keyToken);
    if (!wrapped.ok) throw new Error(wrapped.error);
    expect(await keyFromToken(wrapped.value, '000000')).toEqual({ ok: false, error: 'wrong-passcode' });
    const unwrapped = expectOk(await keyFromToken(wrapped.value, '482193'));
    const decoded = decodeEnvelope(bundle.value.envelope, { now: NOW + 1000, openShareKey: unwrapped });
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.header.passcodeProtected).toBe(true);
  });
});

describe('share log', () => {
  it('records who, what, until when and how, hash-chained', async () => {
    const made = expectOk(await makeShare({ childId: child, sections: ['health'], target: { kind: 'addressed', member: khan }, durationMs: HOUR }, { now: NOW }));
    expectOk(await logShare(made, child, 'qr'));
    expectOk(await logShare(made, child, 'file'));
    const log = expectOk(await readShareLog());
    expect(log.map((e) => e.event.type === 'share' && e.event.how)).toEqual(['qr', 'file']);
    expect(log[0]!.event).toMatchObject({ sections: ['health'], to: { name: 'Dr Aisha Khan' }, expiresAt: isoDateTimeFromMs(NOW + HOUR) });
    expect(log[1]!.prevHash).toBe(log[0]!.hash);
    expect(expectOk(await shareLogIntact())).toBe(true);
  });
});

describe('photos in a share file (docs/share-format.md §4.6)', () => {
  const day = (iso: string) => iso as ObservationEntry['date'];
  const photo = (n: number) => jpegWithExif(1600, 1200, 1000 + n);
  let newer: ObservationEntry;
  let sensitive: ObservationEntry;

  beforeAll(async () => {
    const vault = session.vault!;
    for (const id of ['ph-a', 'ph-b', 'ph-c', 'ph-secret']) expectOk(await vault.putBlob(id, photo(id.length)));
    const base = recordStore.allEntries().find((e): e is ObservationEntry => e.kind === 'observation' && e.childId === child && e.area === 'communication')!;
    newer = { ...base, id: 'obs-photos-new' as EntryId, date: day('2025-04-30'), photos: ['ph-a', 'ph-b', 'ph-missing'] as BlobId[], sensitive: false };
    const older: ObservationEntry = { ...base, id: 'obs-photos-old' as EntryId, date: day('2020-01-01'), photos: ['ph-c'] as BlobId[], sensitive: false };
    sensitive = { ...base, id: 'obs-photos-secret' as EntryId, date: day('2025-04-29'), photos: ['ph-secret'] as BlobId[], sensitive: true };
    expectOk(await session.vault!.putMany([newer, older, sensitive]));
    expectOk(await recordStore.load());
  });

  const request = (extra: Partial<ShareRequest> = {}): ShareRequest => ({
    childId: child, sections: ['dev-communication'], target: { kind: 'addressed', member: khan }, durationMs: HOUR, photos: true, ...extra,
  });
  const open = (made: MadeShare) => {
    const decoded = decodeEnvelope(made.envelope, { now: NOW + 1000, myBoxSecretKey: khanBox.secretKey });
    if (!decoded.ok) throw new Error(decoded.error);
    return decoded.value as unknown as { header: { attachments: boolean }; body: { attachments?: { id: string; type: string; bytes: Uint8Array }[]; entries: Record<string, unknown>[] } };
  };

  it('counts the photos the share could carry: only of entries it carries, never an unticked sensitive one', () => {
    expect(sharedPhotoCount(request())).toBe(4); // ph-a, ph-b, ph-missing, ph-c
    expect(sharedPhotoCount(request({ includeSensitiveIds: [sensitive.id] }))).toBe(5);
    expect(sharedPhotoCount(request({ sections: ['about-me'] }))).toBe(0);
  });

  it('carries each photo made smaller, named by the entry it belongs to; an unreadable one is left out and counted', async () => {
    const small = () => jpegWithExif(1024, 768, 300);
    const codec = fixedImageCodec(small);
    const made = expectOk(await makeShare(request(), { now: NOW, imageCodec: codec }));
    expect(made.photos).toEqual({ included: 3, leftOut: 1 });
    const { header, body } = open(made);
    expect(header.attachments).toBe(true);
    expect(body.attachments?.map((a) => [a.id, a.type])).toEqual([['p1', 'image/jpeg'], ['p2', 'image/jpeg'], ['p3', 'image/jpeg']]);
    // Made smaller, and with no EXIF (where a phone keeps the GPS position).
    for (const a of body.attachments!) {
      expect(a.bytes.length).toBeLessThan(photo(0).length);
      expect(jpegHasExif(a.bytes)).toBe(false);
    }
    const byText = (e: ObservationEntry) => body.entries.find((x) => x.date === e.date);
    expect(byText(newer)?.photos).toEqual(['p1', 'p2']); // the newest entry first
    expect(body.entries.find((x) => x.date === '2020-01-01')?.photos).toEqual(['p3']);
    expect(byText(sensitive)).toBeUndefined();
    // Entries without photos in the file carry no photos field, as in a QR share.
    expect(body.entries.filter((x) => x.photos !== undefined)).toHaveLength(2);
  });

  it('a sensitive entry ticked for this share brings its photo', async () => {
    const made = expectOk(await makeShare(request({ includeSensitiveIds: [sensitive.id] }), { now: NOW, imageCodec: fixedImageCodec(() => jpegWithExif(10, 10, 10)) }));
    expect(made.photos).toEqual({ included: 4, leftOut: 1 });
    expect(open(made).body.entries.find((x) => x.date === sensitive.date)?.photos).toEqual(['p3']);
  });

  it('keeps the file under its budget: photos that do not fit are left out and counted', async () => {
    const big = () => jpegWithExif(1024, 768, 5 * 1024 * 1024);
    const made = expectOk(await makeShare(request(), { now: NOW, imageCodec: fixedImageCodec(big) }));
    // A stored photo smaller than its new copy goes as it is; here the copies are 5 MB, the stored ones 1 KB.
    expect(made.photos).toEqual({ included: 3, leftOut: 1 });
    expect(open(made).body.attachments!.every((a) => a.bytes.length < 2000)).toBe(true);

    const vault = session.vault!;
    for (const id of ['ph-a', 'ph-b', 'ph-c']) expectOk(await vault.putBlob(id, jpegWithExif(1600, 1200, 5 * 1024 * 1024)));
    try {
      const budget = expectOk(await makeShare(request(), { now: NOW, imageCodec: fixedImageCodec(() => jpegWithExif(1024, 768, 5 * 1024 * 1024)) }));
      expect(budget.photos).toEqual({ included: 2, leftOut: 2 });
      expect(budget.envelope.length).toBeLessThan(SHARE_PHOTOS_MAX_BYTES + 64 * 1024);
    } finally {
      for (const id of ['ph-a', 'ph-b', 'ph-c']) expectOk(await vault.putBlob(id, photo(id.length)));
    }
  });

  it('without photos asked for, or with none to carry, the share is the ordinary one', async () => {
    const codec = fixedImageCodec(() => jpegWithExif(10, 10));
    const plain = expectOk(await makeShare(request({ photos: false }), { now: NOW, imageCodec: codec }));
    expect(plain.photos).toBeUndefined();
    expect(open(plain).header.attachments).toBe(false);
    expect(open(plain).body.attachments).toBeUndefined();
    expect(open(plain).body.entries.some((x) => 'photos' in x)).toBe(false);
    const none = expectOk(await makeShare(request({ sections: ['about-me'] }), { now: NOW, imageCodec: codec }));
    expect(none.photos).toEqual({ included: 0, leftOut: 0 });
    expect(open(none).header.attachments).toBe(false);
    expect(codec.calls).toBe(0);
  });

  it('an open share with photos is a file only (no link), and the consent record says how many photos went', async () => {
    const made = expectOk(await makeShare(
      request({ target: { kind: 'open', passcode: 'badger banana barley beach cable' } }),
      { now: NOW, origin: 'https://family.example/', kdfParams: TEST_KDF, imageCodec: fixedImageCodec(() => jpegWithExif(10, 10)) },
    ));
    expect(made.url).toBeUndefined();
    const event = expectOk(await logShare(made, child, 'file')).event;
    expect(event).toMatchObject({ type: 'share', how: 'file', photos: 3 });
    expect(expectOk(await shareLogIntact())).toBe(true);
  });
});

describe('the file with photos for a share already made', () => {
  it('is the same share again with photos, ending when the code ends; refused once the share has ended', async () => {
    const codec = fixedImageCodec(() => jpegWithExif(10, 10));
    const made = expectOk(await makeShare({ childId: child, sections: ['dev-communication'], target: { kind: 'addressed', member: khan }, durationMs: HOUR }, { now: NOW }));
    expect(made.photos).toBeUndefined();
    const file = expectOk(await makePhotoFile(made, { imageCodec: codec }, NOW + 10 * 60_000));
    expect(file.photos?.included).toBeGreaterThan(0);
    expect([file.issuedAt, file.expiresAt, file.sections, file.recipient?.name]).toEqual([made.issuedAt, made.expiresAt, made.sections, 'Dr Aisha Khan']);
    expect(file.shareId).not.toBe(made.shareId);
    expect(await makePhotoFile(made, { imageCodec: codec }, made.expiresAt)).toEqual({ ok: false, error: 'share-ended' });
  });
});
