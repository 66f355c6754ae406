// The professional's receiving side: open a scanned share, keep it until it expires, then keep
// only a log line (who, when, which sections, until when: no content). Every function that
// judges time takes `now`, so expiry is tested without waiting.
import { canonicalPasscode, edPublicKeyToX25519, fromBase64Url, isLowOrderBoxKey, toBase64Url, type BoxKeyPair } from '../crypto/index';
import {
  ENTRY_KINDS, isShareableSection, sectionOfUntrusted, type ShareableEntry, type ShareableSection, type SharedChild,
  toHex,
} from '../domain/index';
import {
  decodeEnvelope, decodeKeyToken, decodeScanMessage, keyFromToken, parseOpenShareFragment, type BodyValue, type DecodedEnvelope,
  type ShareErrorCode,
} from '../share/index';
import type { UnlockedVault } from '../vault/index';
import { fingerprintWords, getOrCreateIdentity } from './identity';
import type { AppResult } from './result';
import type { ScannedPayload, ScanVia } from './scan-decode';
import { session } from './session';
import { deleteReceivedShares, purgeExpiredShares, RECEIVED_LOG_KIND, RECEIVED_SHARE_KIND } from './received-purge';
import { sniffImageType } from './photos';

// Purging lives apart so that unlocking does not load the share codec.
export { keepPurgingExpiredShares, purgeExpiredShares } from './received-purge';

/** Share-layer codes, plus: a valid code of the wrong kind (e.g. a contact card), and a passcode still to ask for. */
export type ReceiveError = ShareErrorCode | 'wrong-kind' | 'passcode-needed';
type Result<T> = { ok: true; value: T } | { ok: false; error: ReceiveError };

/**
 * An entry that came from another phone. Only its kind was checked on arrival (a known, shareable
 * kind: never a private note); every other field is `unknown`, so the compiler makes each screen
 * check a field's type before it reads it, and an odd or missing field is left out, not trusted.
 */
export interface UntrustedEntry {
  readonly kind: ShareableEntry['kind'];
  readonly [field: string]: unknown;
}

export interface SharedContent {
  child: SharedChild;
  sections: ShareableSection[];
  entries: UntrustedEntry[];
  /**
   * Sections the sender cut down to a summary (today only 'health'), so the reader can say that
   * a missing stopped medicine or older measurement was left out, not never there. Shares kept
   * before this field existed have none.
   */
  summarised?: ShareableSection[];
  /** Hex of the family's consent chain head when the share was made (share-format §4.2), when sent. */
  consentHead?: string;
  /** The family's box key, base64url: where a contribution goes back to (docs/contributions.md). */
  replyKey?: string;
}

/** A photo a share file carried (docs/share-format.md §4.6): JPEG bytes, named by the entries' `photos`. */
export interface SharedPhoto {
  id: string;
  bytes: Uint8Array;
}

export interface OpenedShare {
  type: 'addressed-share' | 'open-share';
  /** Hex of the envelope's random shareId. */
  shareId: string;
  /** The sender's Ed25519 key, base64url. */
  senderKey: string;
  fingerprint: string[];
  issuedAt: number;
  expiresAt: number;
  content: SharedContent;
  /** Files only: the photos, until they are kept as blobs (never stored in the record itself). */
  photos?: SharedPhoto[];
}

export interface ReceivedShareRecord extends Omit<OpenedShare, 'photos'> {
  id: string;
  kind: 'received-share';
  receivedAt: number;
  via: ScanVia;
  /** The share's photos: the id its entries name, and the vault blob that holds it. Deleted with the share. */
  photoBlobs?: { id: string; blob: string }[];
}

/** What stays after expiry: the professional's record of the sharing decision, without content. */
export interface ReceivedLogRecord {
  id: string;
  kind: 'received-log';
  shareId: string;
  senderKey: string;
  fingerprint: string[];
  sections: ShareableSection[];
  issuedAt: number;
  expiresAt: number;
  receivedAt: number;
  /** The child's name as the family wrote it: who the decision was about. Lines kept before it have none. */
  childName?: string;
  /** The family's consent chain head carried by the share, when it carried one. */
  consentHead?: string;
  /**
   * Kept past expiry so the professional can still write back: the family's box key (public)
   * and the child's date of birth, which the family's phone matches the child by.
   */
  replyKey?: string;
  childDob?: string;
}


const isObject = (v: unknown): v is Record<string, BodyValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
const PRIVATE_KIND = 'private-note';

/** Total. Checks the outer shape a share body must have; entries are rendered defensively. */
export function sharedContentFromBody(body: BodyValue): Result<SharedContent> {
  const bad = { ok: false, error: 'malformed-body' } as const;
  if (!isObject(body) || !isObject(body.child) || !Array.isArray(body.sections) || !Array.isArray(body.entries)) return bad;
  const { name, dob, preferredName, gestationWeeks } = body.child;
  if (typeof name !== 'string' || typeof dob !== 'string') return bad;
  const child: SharedChild = { name, dob: dob as SharedChild['dob'] };
  if (typeof preferredName === 'string') child.preferredName = preferredName;
  if (typeof gestationWeeks === 'number') child.gestationWeeks = gestationWeeks;
  const sex = body.child.sex;
  if (sex === 'male' || sex === 'female') child.sex = sex;
  const sections: ShareableSection[] = [];
  for (const s of body.sections) {
    if (typeof s !== 'string' || !isShareableSection(s)) return bad;
    sections.push(s);
  }
  const kinds = new Set<string>(ENTRY_KINDS);
  const entries: UntrustedEntry[] = [];
  for (const e of body.entries) {
    // A private note can never be shown, even if a broken or hostile sender put one in.
    if (!isObject(e) || typeof e.kind !== 'string' || !kinds.has(e.kind) || e.kind === PRIVATE_KIND) return bad;
    entries.push({ ...e, kind: e.kind as UntrustedEntry['kind'] });
  }
  const content: SharedContent = { child, sections, entries };
  if (body.summary !== undefined) {
    if (!Array.isArray(body.summary)) return bad;
    // A later sender may summarise sections this version does not know: those are left out.
    content.summarised = body.summary.filter((s): s is ShareableSection => typeof s === 'string' && sections.includes(s as ShareableSection));
  }
  // A head of any other shape is left out rather than refusing the share: it is a receipt, not content.
  if (body.consentHead instanceof Uint8Array && body.consentHead.length === 32) content.consentHead = toHex(body.consentHead);
  // Likewise a reply key: one of small order would make a contribution readable by anyone, so it is dropped.
  if (body.replyKey instanceof Uint8Array && body.replyKey.length === 32 && !isLowOrderBoxKey(body.replyKey)) {
    content.replyKey = toBase64Url(body.replyKey);
  }
  return { ok: true, value: content };
}

/** More than any file the app writes (200); a longer list is refused, not read. */
export const MAX_SHARED_PHOTOS = 400;
const MAX_SHARED_PHOTO_BYTES = 4 * 1024 * 1024;

/** The blob holding the photo an entry names, when this share carried it. */
export function sharedPhotoBlob(share: Pick<ReceivedShareRecord, 'photoBlobs'>, id: unknown): string | undefined {
  return typeof id === 'string' ? share.photoBlobs?.find((p) => p.id === id)?.blob : undefined;
}

/**
 * Total. The photos of a share whose header says it carries attachments. A list of the wrong
 * shape, a repeated id or a "JPEG" that is not one refuses the share; an attachment of a type
 * this version does not know (a later writer's) is left out.
 */
function photosFromBody(body: BodyValue): Result<SharedPhoto[]> {
  const bad = { ok: false, error: 'malformed-body' } as const;
  if (!isObject(body) || body.attachments === undefined) return { ok: true, value: [] };
  const list = body.attachments;
  if (!Array.isArray(list) || list.length > MAX_SHARED_PHOTOS) return bad;
  const seen = new Set<string>();
  const photos: SharedPhoto[] = [];
  for (const a of list) {
    if (!isObject(a) || typeof a.id !== 'string' || a.id.length === 0 || a.id.length > 16 || seen.has(a.id)) return bad;
    if (typeof a.type !== 'string' || !(a.bytes instanceof Uint8Array) || a.bytes.length > MAX_SHARED_PHOTO_BYTES) return bad;
    seen.add(a.id);
    if (a.type !== 'image/jpeg') continue;
    const sniffed = sniffImageType(a.bytes.subarray(0, 16));
    if (!sniffed.ok || sniffed.value !== 'jpeg') return bad;
    photos.push({ id: a.id, bytes: a.bytes });
  }
  return { ok: true, value: photos };
}

function opened(decoded: DecodedEnvelope): Result<OpenedShare> {
  const { header, body } = decoded;
  if ((header.type !== 'addressed-share' && header.type !== 'open-share') || header.expiresAt === null) {
    return { ok: false, error: 'wrong-kind' };
  }
  const content = sharedContentFromBody(body);
  if (!content.ok) return content;
  // Only a header that says so makes a reader look for photos; otherwise an `attachments` field is ignored.
  const photos = header.attachments ? photosFromBody(body) : { ok: true as const, value: [] };
  if (!photos.ok) return photos;
  // Where a contribution goes back to: the key the share names (shares of early issue 14), else the
  // X25519 form of the family's signing key (docs/share-format.md §4.5).
  if (!content.value.replyKey) {
    const derived = edPublicKeyToX25519(header.sender);
    if (derived && !isLowOrderBoxKey(derived)) content.value.replyKey = toBase64Url(derived);
  }
  return {
    ok: true,
    value: {
      type: header.type,
      shareId: toHex(header.shareId),
      senderKey: toBase64Url(header.sender),
      fingerprint: fingerprintWords(header.sender),
      issuedAt: header.issuedAt,
      expiresAt: header.expiresAt,
      content: content.value,
      ...(photos.value.length > 0 ? { photos: photos.value } : {}),
    },
  };
}

export type ScanReading =
  | { kind: 'addressed'; share: OpenedShare }
  /** An open share: the viewer asks for a passcode if needed (openOpenShare). */
  | { kind: 'open'; envelope: Uint8Array; keyToken: Uint8Array };

/** Judges a scanned message (envelope or key bundle) with the reader's box key. */
export function readScannedMessage(bytes: Uint8Array, myBox: BoxKeyPair, now: number): Result<ScanReading> {
  const message = decodeScanMessage(bytes);
  if (!message.ok) return message;
  if (message.value.keyToken) return { ok: true, value: { kind: 'open', envelope: message.value.envelope, keyToken: message.value.keyToken } };
  const decoded = decodeEnvelope(message.value.envelope, { now, myBoxSecretKey: myBox.secretKey });
  if (!decoded.ok) return decoded;
  const share = opened(decoded.value);
  return share.ok ? { ok: true, value: { kind: 'addressed', share: share.value } } : share;
}

/**
 * Opens an open share. Signature and expiry are checked before any passcode is asked for, so an
 * expired or forged code never gets that far. Without a passcode, a protected share answers 'passcode-needed'.
 */
export async function openOpenShare(envelope: Uint8Array, keyTokenBytes: Uint8Array, now: number, passcode?: string): Promise<Result<OpenedShare>> {
  const authentic = decodeEnvelope(envelope, { now });
  // With no key, an authentic unexpired open share stops at the recipient check.
  if (!authentic.ok && authentic.error !== 'not-for-me') return authentic;
  if (authentic.ok) return { ok: false, error: 'wrong-kind' }; // a contact card needs no key
  const token = decodeKeyToken(keyTokenBytes);
  if (!token.ok) return token;
  if (token.value.kind === 'passcode' && !passcode) return { ok: false, error: 'passcode-needed' };
  // Words are read however they were typed; a code from before word passcodes is tried as typed too.
  const typed = (passcode ?? '').trim();
  const canonical = canonicalPasscode(typed);
  let key = await keyFromToken(token.value, canonical);
  if (!key.ok && key.error === 'wrong-passcode' && canonical !== typed) key = await keyFromToken(token.value, typed);
  if (!key.ok) return key;
  const decoded = decodeEnvelope(envelope, { now, openShareKey: key.value });
  if (!decoded.ok) return decoded;
  if (decoded.value.header.passcodeProtected !== (token.value.kind === 'passcode')) return { ok: false, error: 'bad-key-token' };
  return opened(decoded.value);
}

const recordIds = (share: Pick<OpenedShare, 'senderKey' | 'shareId'>) => {
  const suffix = `${share.senderKey.slice(0, 16)}-${share.shareId}`;
  return { share: `rs-${suffix}`, log: `rl-${suffix}`, photo: `rp-${suffix}` };
};

/**
 * Keeps a share and its log line together, and its photos as vault blobs. Scanning the same share
 * again changes nothing. The photos are written first and the share last: if anything fails, the
 * photos written so far are deleted, so nothing half-kept stays.
 */
export async function keepReceivedShare(vault: UnlockedVault, share: OpenedShare, via: ScanVia, now: number): Promise<AppResult<ReceivedShareRecord>> {
  const ids = recordIds(share);
  const existing = await vault.get<ReceivedShareRecord>(ids.share);
  if (existing.ok) return existing;
  const { photos, ...rest } = share;
  const record: ReceivedShareRecord = { ...rest, id: ids.share, kind: RECEIVED_SHARE_KIND, receivedAt: now, via };
  const written: string[] = [];
  const undo = async () => { for (const id of written) await vault.deleteBlob(id); };
  if (photos && photos.length > 0) {
    for (const [i, photo] of photos.entries()) {
      const blobId = `${ids.photo}-${i + 1}`;
      const put = await vault.putBlob(blobId, photo.bytes);
      if (!put.ok) {
        await undo();
        return put;
      }
      written.push(blobId);
    }
    record.photoBlobs = photos.map((photo, i) => ({ id: photo.id, blob: written[i]! }));
  }
  const log: ReceivedLogRecord = {
    id: ids.log, kind: RECEIVED_LOG_KIND, shareId: share.shareId, senderKey: share.senderKey, fingerprint: share.fingerprint,
    sections: share.content.sections, issuedAt: share.issuedAt, expiresAt: share.expiresAt, receivedAt: now,
    childName: share.content.child.name,
  };
  if (share.content.consentHead) log.consentHead = share.content.consentHead;
  if (share.content.replyKey) {
    log.replyKey = share.content.replyKey;
    log.childDob = share.content.child.dob;
  }
  const saved = await vault.putMany([record, log]);
  if (!saved.ok) await undo();
  return saved.ok ? { ok: true, value: record } : saved;
}

export interface ReceivedList {
  /** Readable now, soonest to expire first. */
  active: ReceivedShareRecord[];
  /** Every share ever received, newest first; no content. */
  log: ReceivedLogRecord[];
}

export async function listReceived(vault: UnlockedVault, now: number): Promise<AppResult<ReceivedList>> {
  const purged = await purgeExpiredShares(vault, now);
  if (!purged.ok) return purged;
  const [shares, log] = await Promise.all([
    vault.all<ReceivedShareRecord>(RECEIVED_SHARE_KIND), vault.all<ReceivedLogRecord>(RECEIVED_LOG_KIND),
  ]);
  if (!shares.ok) return shares;
  if (!log.ok) return log;
  return {
    ok: true,
    value: {
      active: shares.value.filter((s) => s.expiresAt > now).sort((a, b) => a.expiresAt - b.expiresAt),
      log: log.value.sort((a, b) => b.receivedAt - a.receivedAt),
    },
  };
}

/** One share, only while it is valid; an expired one is deleted on the way and reported as 'expired'. */
export async function readReceived(vault: UnlockedVault, id: string, now: number): Promise<AppResult<ReceivedShareRecord>> {
  if (!id.startsWith('rs-')) return { ok: false, error: 'not-found' };
  const read = await vault.get<ReceivedShareRecord>(id);
  if (!read.ok) return read;
  if (read.value.expiresAt > now) return read;
  await deleteReceivedShares(vault, [read.value]);
  return { ok: false, error: 'expired' };
}

// ---- The session's side: what screens call ----

/** An open share's two halves: the envelope, and the key token that opens it. */
export interface OpenShareParts {
  envelope: Uint8Array;
  keyToken: Uint8Array;
}

export type ScanOutcome =
  | { kind: 'kept'; id: string }
  /** An open share behind a passcode: ask for it, then call receiveOpenShare with it. */
  | { kind: 'passcode-needed'; parts: OpenShareParts; via: ScanVia };

/**
 * A payload from the Scanner. Every share scanned in the app, addressed or open, is checked and
 * kept like the other received shares (listed, logged, purged at expiry); only an open share
 * behind a passcode stops to ask for it first. A link opened in a browser is the viewer's
 * business (OpenShareScreen) and is never kept.
 */
export async function receiveScan(payload: ScannedPayload, now = Date.now()): Promise<AppResult<ScanOutcome>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  if (payload.via === 'url') {
    const token = fromBase64Url(payload.openShareKeyToken ?? '');
    if (!token.ok) return { ok: false, error: 'bad-key-token' };
    return receiveOpenShare({ envelope: payload.bytes, keyToken: token.value }, payload.via, undefined, now);
  }
  const identity = await getOrCreateIdentity();
  if (!identity.ok) return identity;
  const reading = readScannedMessage(payload.bytes, identity.value.box, now);
  if (!reading.ok) return reading;
  if (reading.value.kind === 'open') {
    return receiveOpenShare({ envelope: reading.value.envelope, keyToken: reading.value.keyToken }, payload.via, undefined, now);
  }
  const kept = await keepReceivedShare(vault, reading.value.share, payload.via, now);
  return kept.ok ? { ok: true, value: { kind: 'kept', id: kept.value.id } } : kept;
}

/**
 * A share file is its scan message: a 256 KiB body, or 16 MiB when it carries photos
 * (docs/share-format.md §4.6), with its envelope and key. A larger file is refused unread.
 */
export const MAX_SHARE_FILE_BYTES = 16 * 1024 * 1024 + 4096;

/** A share the family saved as a `.familyfile` and sent (or the phone opened with the app). */
export async function receiveShareFile(file: { size: number; arrayBuffer(): Promise<ArrayBuffer> }, now = Date.now()): Promise<AppResult<ScanOutcome>> {
  if (file.size > MAX_SHARE_FILE_BYTES) return { ok: false, error: 'file-too-large' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: 'file-unreadable' };
  }
  return receiveScan({ bytes, via: 'file' }, now);
}

/** Opens a scanned open share (with its passcode, once asked for) and keeps it until it expires. */
export async function receiveOpenShare(parts: OpenShareParts, via: ScanVia, passcode?: string, now = Date.now()): Promise<AppResult<ScanOutcome>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const opened = await openOpenShare(parts.envelope, parts.keyToken, now, passcode);
  if (!opened.ok) {
    return opened.error === 'passcode-needed' ? { ok: true, value: { kind: 'passcode-needed', parts, via } } : opened;
  }
  const kept = await keepReceivedShare(vault, opened.value, via, now);
  return kept.ok ? { ok: true, value: { kind: 'kept', id: kept.value.id } } : kept;
}

export async function receivedShares(now = Date.now()): Promise<AppResult<ReceivedList>> {
  const vault = session.vault;
  return vault ? listReceived(vault, now) : { ok: false, error: 'locked' };
}

export async function receivedShare(id: string, now = Date.now()): Promise<AppResult<ReceivedShareRecord>> {
  const vault = session.vault;
  return vault ? readReceived(vault, id, now) : { ok: false, error: 'locked' };
}

/** The `#s=…&k=…` part of an open-share link, read into its two parts. */
export function openShareFromFragment(fragment: string): AppResult<OpenShareParts> {
  const parts = parseOpenShareFragment(fragment);
  return parts.ok ? { ok: true, value: parts.value } : parts;
}

/** The share's entries under the sections it carries, in the sender's section order. */
export function entriesBySection(content: SharedContent): { section: ShareableSection; entries: UntrustedEntry[] }[] {
  const groups = new Map<string, UntrustedEntry[]>(content.sections.map((s) => [s, []]));
  for (const entry of content.entries) {
    // Entries come from outside: an observation with an unknown area has no section and is left out.
    const section = sectionOfUntrusted(entry.kind, entry.area);
    if (section !== undefined) groups.get(section)?.push(entry);
  }
  return content.sections.map((section) => ({ section, entries: groups.get(section) ?? [] }));
}
