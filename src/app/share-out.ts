// Making a share: the chosen sections of one child, signed, encrypted for one team member
// (addressed) or for whoever holds the code (open), ready for a QR code, a link or a file.
import { boxKeyPair, canonicalPasscode, newPasscodeWords, randomKey, type BoxPublicKey, type KdfParams } from '../crypto/index';
import {
  buildSharePayload, fromHex, isoDateTimeFromMs, sensitiveCandidates,
  type ChildId, type ChildRecord, type ConsentLogEntry, type EntryId, type Party, type ShareableEntry,
  type ShareableSection, type ShareEvent, type SharePayload, type ShareMethod,
  toHex,
} from '../domain/index';
import {
  buildOpenShareUrl, encodeEnvelope, encodeKeyToken, encodeScanMessage, planQr, SHARE_ERROR_KEYS, shareErrorMessageKey,
  wrapKeyWithPasscode, type BodyValue, type ShareErrorCode,
} from '../share/index';
import { appendConsentEvent, inConsentOrder, readConsentLog, sharedHeadHex } from './consent-log';
import { getOrCreateIdentity } from './identity';
import { browserImageCodec, shrinkForShare, type ImageCodec } from './photos';
import { summariseHealth, type HealthDetail } from './share-summary';
import { recordStore } from './record-store';
import { session } from './session';
import type { AppResult } from './result';
import { memberBoxKey, memberKeyId, type TeamMember } from './team';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Lifetimes a parent can choose (DESIGN §6); the first of each list in `choices` is not the default. */
export const SHARE_LIFETIMES = {
  addressed: { defaultMs: DAY, minMs: HOUR, maxMs: 7 * DAY, choices: [HOUR, 4 * HOUR, DAY, 3 * DAY, 7 * DAY] },
  open: { defaultMs: 30 * MINUTE, minMs: 5 * MINUTE, maxMs: DAY, choices: [10 * MINUTE, 30 * MINUTE, 2 * HOUR, DAY] },
} as const;

export type ShareKind = keyof typeof SHARE_LIFETIMES;

export type ShareTarget =
  | { kind: 'addressed'; member: TeamMember }
  /** An open share; `member` names a hand-entered team member it is meant for (log only). */
  | { kind: 'open'; passcode?: string; member?: TeamMember };

export interface ShareRequest {
  childId: string;
  sections: readonly ShareableSection[];
  includeSensitiveIds?: readonly string[];
  target: ShareTarget;
  durationMs: number;
  /** The health section as a summary (the default) or in full, with every history line. */
  healthDetail?: HealthDetail;
  /** How consent was given: under a grant (`routine`) or decided for this share. Default case by case. */
  basis?: 'routine' | 'case-by-case';
  /** Why, in the parent's words, when they gave one: kept in the consent record only. */
  purpose?: string;
  /**
   * Files only: the journal's photos go too, made smaller (docs/share-format.md §4.6). A QR code
   * could never carry them. Only photos of entries the share already carries.
   */
  photos?: boolean;
}

export interface MadeShare {
  kind: ShareKind;
  /** What the QR code carries: the envelope, or for open shares the key bundle. Also the file. */
  message: Uint8Array;
  envelope: Uint8Array;
  /** Open shares: a link any phone camera can open. */
  url?: string;
  shareId: string;
  issuedAt: number;
  expiresAt: number;
  sections: ShareableSection[];
  sensitiveEntryIds: string[];
  recipient?: Party;
  basis: 'routine' | 'case-by-case';
  purpose?: string;
  /** Hex of the consent chain head the body carries; absent when the log was empty. */
  consentHead?: string;
  /** Open shares: the generated words the parent reads out, when the share has a passcode. */
  passcode?: string;
  /** When photos were asked for: how many went, and how many did not fit or could not be read. */
  photos?: { included: number; leftOut: number };
  /** What the share was made from: a file with photos is the same request made again. */
  request: ShareRequest;
}

export function durationAllowed(kind: ShareKind, ms: number): boolean {
  const limits = SHARE_LIFETIMES[kind];
  return Number.isFinite(ms) && ms >= limits.minMs && ms <= limits.maxMs;
}

// A reader does not need the parent's bookkeeping; leaving it out keeps a passport and health
// summary inside one QR code. Blob ids and links between entries mean nothing off this phone.
const BOOKKEEPING = new Set(['id', 'childId', 'createdAt', 'updatedAt', 'photos', 'observationId']);

function withoutBookkeeping(entry: ShareableEntry, photoIds?: readonly string[]): Record<string, unknown> {
  const out = Object.fromEntries(Object.entries(entry).filter(([key, value]) => !BOOKKEEPING.has(key) && value !== undefined));
  // In a file with photos, a journal entry names its photos by their ids in the share's attachments.
  if (photoIds && photoIds.length > 0) out.photos = photoIds;
  return out;
}

/**
 * What consent lets through (only the chosen sections, never private notes, sensitive entries
 * only when ticked), with the health section summarised unless the full detail was asked for.
 */
function sharedPayload(
  record: ChildRecord, sections: readonly ShareableSection[], includeSensitiveIds: readonly string[], healthDetail: HealthDetail,
): SharePayload {
  const payload = buildSharePayload(record, { sections, includeSensitiveIds: includeSensitiveIds as EntryId[] });
  if (healthDetail === 'full' || !payload.sections.includes('health')) return payload;
  return { ...payload, entries: summariseHealth(payload.entries) };
}

/** The share body for these sections; see sharedPayload. */
export function buildShareBody(
  record: ChildRecord, sections: readonly ShareableSection[], includeSensitiveIds: readonly string[] = [],
  healthDetail: HealthDetail = 'summary', extras: BodyExtras = {},
): BodyValue {
  return bodyOf(sharedPayload(record, sections, includeSensitiveIds, healthDetail), healthDetail, extras);
}

/** What a share carries beside the record (docs/share-format.md §4.2). */
export interface BodyExtras {
  /** Hex of the consent chain head. */
  consentHead?: string;
  /** The parent's box public key, so the reader can send a contribution back. */
  replyKey?: Uint8Array;
  /** Photos for a file (docs/share-format.md §4.6). */
  photos?: SharePhotos;
}

function bodyOf(payload: SharePayload, healthDetail: HealthDetail, { consentHead, replyKey, photos }: BodyExtras): BodyValue {
  const entries = payload.entries.map((e) => withoutBookkeeping(e, photos?.idsByEntry.get(e.id)));
  const body: Record<string, unknown> = { child: payload.child, sections: payload.sections, entries };
  // Tells the reader that the health section is a summary (no stopped medicines, no growth
  // series), so an absence is not read as "never".
  if (healthDetail === 'summary' && payload.sections.includes('health')) body.summary = ['health'];
  // Records are JSON data already; the round trip drops undefined fields the codec would refuse.
  const value = JSON.parse(JSON.stringify(body)) as Record<string, BodyValue>;
  // The consent chain's head when the share was made (docs/share-format.md §4.2): the reader
  // keeps it, so a consent record rewritten later no longer matches what professionals hold.
  if (consentHead !== undefined) value.consentHead = fromHex(consentHead);
  // Where professionals send notes back (docs/contributions.md): the parent's box key, public.
  if (replyKey !== undefined) value.replyKey = Uint8Array.from(replyKey);
  // The photos themselves, after the JSON round trip (which would turn bytes into objects).
  if (photos && photos.attachments.length > 0) value.attachments = photos.attachments;
  return value;
}

// ---- Photos in a share file (docs/share-format.md §4.6) ----

/** Every photo in a share file together stays under this, so a cheap phone opens it with ease. */
export const SHARE_PHOTOS_MAX_BYTES = 12 * 1024 * 1024;
export const SHARE_PHOTOS_MAX_COUNT = 200;

export interface SharePhotos {
  /** `{id, type, bytes}` maps, as the body carries them. */
  attachments: BodyValue[];
  /** For each entry with photos in the file, the ids its `photos` list names. */
  idsByEntry: Map<string, string[]>;
  leftOut: number;
}

/** The journal photos a share of these sections would carry, newest entry first. */
function photosOf(payload: SharePayload): { entryId: string; blobId: string }[] {
  return payload.entries
    .flatMap((e) => (e.kind === 'observation' ? [e] : []))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .flatMap((e) => e.photos.map((blobId) => ({ entryId: e.id, blobId })));
}

/** How many photos a file of this share could hold: what the parent is asked about. */
export function sharedPhotoCount(request: Pick<ShareRequest, 'childId' | 'sections' | 'includeSensitiveIds' | 'healthDetail'>): number {
  const record = childRecord(request.childId);
  if (!record || request.sections.length === 0) return 0;
  return photosOf(sharedPayload(record, request.sections, request.includeSensitiveIds ?? [], request.healthDetail ?? 'summary')).length;
}

/**
 * Reads each photo, makes it smaller for the file, and keeps it while the budget allows. The
 * newest entries' photos come first; a photo that cannot be read or does not fit is left out
 * and counted, never a reason to fail the share.
 */
async function collectPhotos(payload: SharePayload, codec: ImageCodec): Promise<AppResult<SharePhotos>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const wanted = photosOf(payload);
  const photos: SharePhotos = { attachments: [], idsByEntry: new Map(), leftOut: 0 };
  let total = 0;
  for (const { entryId, blobId } of wanted) {
    if (photos.attachments.length >= SHARE_PHOTOS_MAX_COUNT) { photos.leftOut++; continue; }
    const stored = await vault.getBlob(blobId);
    const small = stored.ok ? await shrinkForShare(stored.value, codec) : undefined;
    if (!small?.ok || total + small.value.length > SHARE_PHOTOS_MAX_BYTES) { photos.leftOut++; continue; }
    total += small.value.length;
    const id = `p${photos.attachments.length + 1}`;
    photos.attachments.push({ id, type: 'image/jpeg', bytes: small.value });
    const ids = photos.idsByEntry.get(entryId) ?? [];
    ids.push(id);
    photos.idsByEntry.set(entryId, ids);
  }
  return { ok: true, value: photos };
}

export function childRecord(childId: string): ChildRecord | undefined {
  const child = recordStore.child(childId);
  if (!child) return undefined;
  return { child, entries: recordStore.allEntries().filter((e) => e.childId === childId) };
}

/** Sensitive entries in the chosen sections, for the parent to tick one by one. */
export function sensitiveChoices(childId: string, sections: readonly ShareableSection[]): ShareableEntry[] {
  const record = childRecord(childId);
  return record ? sensitiveCandidates(record, sections) : [];
}

export function partyOf(member: TeamMember): Party {
  const party: Party = { name: member.name, role: member.role, verified: member.verified, memberId: member.id };
  if (member.organisation) party.organisation = member.organisation;
  const id = memberKeyId(member);
  if (id) party.keyId = id;
  return party;
}


export interface MakeShareOptions {
  now?: number;
  /** Where open-share links point; the app passes location.origin. */
  origin?: string;
  /** Tests only: cheaper passcode KDF. */
  kdfParams?: KdfParams;
  /** Tests only: how photos are made smaller for a file. */
  imageCodec?: ImageCodec;
}

/**
 * The shortest passcode an open share may carry. Someone who photographs the code can guess a
 * passcode offline, so a short one protects little. The app itself only makes word passcodes
 * (`newSharePasscode`); this guards the function against a short one passed in.
 */
export const MIN_PASSCODE_LENGTH = 6;

/** A new open-share passcode: words from the list, for the parent to read out. Never typed. */
export function newSharePasscode(): string {
  return newPasscodeWords().join(' ');
}

export async function makeShare(request: ShareRequest, options: MakeShareOptions = {}): Promise<AppResult<MadeShare>> {
  const now = options.now ?? Date.now();
  const kind: ShareKind = request.target.kind;
  if (request.sections.length === 0) return { ok: false, error: 'share-no-sections' };
  if (!durationAllowed(kind, request.durationMs)) return { ok: false, error: 'share-bad-duration' };
  const typedPasscode = request.target.kind === 'open' ? canonicalPasscode(request.target.passcode ?? '') : '';
  if (typedPasscode !== '' && [...typedPasscode].length < MIN_PASSCODE_LENGTH) return { ok: false, error: 'share-passcode-short' };
  const record = childRecord(request.childId);
  if (!record) return { ok: false, error: 'share-no-child' };
  const identity = await getOrCreateIdentity();
  if (!identity.ok) return identity;

  const log = await readConsentLog();
  if (!log.ok) return log;
  const consentHead = sharedHeadHex(log.value.head);
  const healthDetail = request.healthDetail ?? 'summary';
  const payload = sharedPayload(record, request.sections, request.includeSensitiveIds ?? [], healthDetail);
  // No reply key: a professional writes back to the X25519 form of the key that signs this share
  // (docs/share-format.md §4.5), which keeps a passport and health summary inside one QR code.
  let photos: SharePhotos | undefined;
  if (request.photos) {
    const collected = await collectPhotos(payload, options.imageCodec ?? browserImageCodec);
    if (!collected.ok) return collected;
    photos = collected.value;
  }
  const attachments = photos !== undefined && photos.attachments.length > 0;
  const body = bodyOf(payload, healthDetail, { consentHead, ...(photos ? { photos } : {}) });
  const sensitiveEntryIds: string[] = payload.entries.filter((e) => e.sensitive).map((e) => e.id);
  const expiresAt = now + request.durationMs;
  const common = { sender: identity.value.sign, issuedAt: now, expiresAt, body };
  const target = request.target;

  let envelope: Uint8Array;
  let message: Uint8Array;
  let url: string | undefined;
  if (target.kind === 'addressed') {
    const recipient: BoxPublicKey | undefined = memberBoxKey(target.member);
    if (!recipient) return { ok: false, error: 'share-member-has-no-key' };
    const made = encodeEnvelope({ ...common, type: 'addressed-share', recipient, ephemeral: boxKeyPair(), attachments });
    if (!made.ok) return made;
    envelope = made.value;
    message = envelope;
  } else {
    const key = randomKey();
    const passcode = typedPasscode;
    const token = passcode === ''
      ? { kind: 'plain' as const, key }
      : await wrapKeyWithPasscode(key, passcode, options.kdfParams);
    const made = encodeEnvelope({ ...common, type: 'open-share', openShareKey: key, passcodeProtected: passcode !== '', attachments });
    if (!made.ok) return made;
    envelope = made.value;
    const keyToken = encodeKeyToken(token);
    message = encodeScanMessage({ envelope, keyToken });
    // A file with photos is far too long for a link.
    if (options.origin && !attachments) url = buildOpenShareUrl(options.origin, { envelope, keyToken });
  }
  const recipientMember = target.member;
  const made: MadeShare = {
    kind, message, envelope, shareId: toHex(envelope.subarray(14, 22)), issuedAt: now, expiresAt,
    sections: payload.sections, sensitiveEntryIds, basis: request.basis ?? 'case-by-case', request,
  };
  if (url !== undefined) made.url = url;
  if (consentHead !== undefined) made.consentHead = consentHead;
  if (request.purpose?.trim()) made.purpose = request.purpose.trim();
  if (typedPasscode !== '') made.passcode = typedPasscode;
  if (recipientMember) made.recipient = partyOf(recipientMember);
  if (photos) made.photos = { included: photos.attachments.length, leftOut: photos.leftOut };
  return { ok: true, value: made };
}

/**
 * The same share again (same sections, person, lifetime, basis and passcode words), now as a file
 * that carries the journal's photos. It is a share of its own, with its own line in the consent record.
 */
export async function makePhotoFile(made: MadeShare, options: MakeShareOptions = {}, now = Date.now()): Promise<AppResult<MadeShare>> {
  if (now >= made.expiresAt) return { ok: false, error: 'share-ended' };
  // Dated as the share it copies, so the file ends when the code does (and never outlives a grant).
  return makeShare({ ...made.request, photos: true }, { ...options, now: made.issuedAt });
}

// ---- The share's line in the consent record ----

export async function readShareLog(): Promise<AppResult<ConsentLogEntry[]>> {
  const read = await readConsentLog();
  return read.ok ? { ok: true, value: read.value.entries } : read;
}

/**
 * Appends one hash-chained 'share' event: who, which sections and sensitive entries, when, until
 * when, how, and on what basis. The same share sent the same way again (a second tap) is logged once.
 */
export function logShare(made: MadeShare, childId: string, how: ShareMethod): Promise<AppResult<ConsentLogEntry>> {
  return inConsentOrder(() => appendShareEvent(made, childId, how));
}

/** logShare's work, for callers already inside `inConsentOrder`. */
export async function appendShareEvent(made: MadeShare, childId: string, how: ShareMethod): Promise<AppResult<ConsentLogEntry>> {
  const log = await readConsentLog();
  if (!log.ok) return log;
  const already = log.value.entries.find((e) => e.event.type === 'share' && e.event.shareId === made.shareId && e.event.how === how);
  if (already) return { ok: true, value: already };
  const event: ShareEvent = {
    type: 'share', at: isoDateTimeFromMs(made.issuedAt), childId: childId as ChildId, sections: made.sections,
    sensitiveEntryIds: made.sensitiveEntryIds as EntryId[], expiresAt: isoDateTimeFromMs(made.expiresAt), how, shareId: made.shareId,
    basis: made.basis,
  };
  if (made.recipient) event.to = made.recipient;
  if (made.purpose) event.purpose = made.purpose;
  if (made.consentHead) event.consentHead = made.consentHead;
  if (made.photos && made.photos.included > 0) event.photos = made.photos.included;
  return appendConsentEvent(event);
}

export async function shareLogIntact(): Promise<AppResult<boolean>> {
  const log = await readConsentLog();
  return log.ok ? { ok: true, value: log.value.brokenAt === undefined } : log;
}

/** A file name for "Save as file": no child name in it, since file names leak into share sheets. */
export function shareFileName(made: MadeShare): string {
  return `family-file-${made.kind}-${made.shareId.slice(0, 8)}.familyfile`;
}

// ---- QR codes for the screens (the UI reaches src/share only through here) ----

export type ShareQrPlan = { kind: 'single'; text: string } | { kind: 'animated'; k: number; frameText: (seq: number) => string };

/** One QR code when the message fits a version-25 code at EC M, else a fountain-coded loop. */
export function planShareQr(message: Uint8Array): ShareQrPlan {
  const plan = planQr(message);
  if (plan.kind === 'single') return plan;
  const encoder = plan.encoder;
  return { kind: 'animated', k: encoder.k, frameText: (seq) => encoder.frameText(seq) };
}

/** The QR renderer is its own chunk: it loads when a code is first shown, never on the first screen. */
export function loadQrRenderer(): Promise<typeof import('qrcode')> {
  return import('qrcode');
}

/** The i18next key (namespace `share`) for a share-layer error code, when it is one. */
export function shareErrorKey(code: string): string | undefined {
  return code in SHARE_ERROR_KEYS ? `share:${shareErrorMessageKey(code as ShareErrorCode)}` : undefined;
}
