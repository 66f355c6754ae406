// The parent's side of a contribution: scan or open it, check it (signed, boxed to this phone,
// not expired, a contribution this version reads), keep it in the inbox, and let the parent
// accept, annotate or decline it. Nothing enters the record without an accept.
// docs/contributions.md describes the flow.
import { edSeedToX25519Secret, toBase64Url } from '../crypto/index';
import { asEntryId, isoDateTimeFromMs, toHex, type Entry, type EntryId, type LocalText, type MedicationEntry, type Provenance } from '../domain/index';
import { acceptedEntries, contributionFromBody, medicinesNamed, type Contribution } from '../domain/contribution/index';
import { decodeEnvelope, decodeScanMessage } from '../share/index';
import { deviceToday } from './clock';
import { fingerprintWords, getOrCreateIdentity } from './identity';
import { newId, recordStore, type StoredChild } from './record-store';
import { cleanAnnotation, withAnnotation } from './entries';
import type { AppResult } from './result';
import type { ScanVia } from './scan-decode';
import { session } from './session';
import { listTeam, type TeamMember } from './team';

import { INBOX_KIND } from './inbox-count';

export { INBOX_KIND } from './inbox-count';
/** A contribution file is one envelope; anything much bigger is not one, and is refused unread. */
export const MAX_CONTRIBUTION_FILE_BYTES = 512 * 1024;

export type InboxState = 'new' | 'accepted' | 'declined';

export interface InboxRecord {
  id: string;
  kind: typeof INBOX_KIND;
  contribution: Contribution;
  /** The signer's Ed25519 key, base64url. */
  senderKey: string;
  fingerprint: string[];
  issuedAt: number;
  expiresAt: number;
  receivedAt: number;
  via: ScanVia | 'file';
  state: InboxState;
  decidedAt?: number;
  /** The child it went to, once accepted. */
  childId?: string;
  /** Entries written or changed on accept. */
  entryIds?: string[];
  /** The parent's own words about it. */
  annotation?: LocalText;
  /** The team member whose card carries the signing key, when accepted (frozen then). */
  verifiedMemberId?: string;
}


/** The id a contribution is kept under: the same envelope scanned twice is one inbox line. */
const inboxId = (senderKey: string, shareId: string) => `ib-${senderKey.slice(0, 16)}-${shareId}`;

export interface ReceivedContribution {
  id: string;
  /** True when this contribution was already in the inbox: nothing changed. */
  duplicate: boolean;
}

/**
 * Reads a scanned message or a file's bytes. Every check runs before anything is stored: a
 * tampered, expired, not-for-me or unreadable contribution leaves the vault as it was.
 */
export async function receiveContribution(bytes: Uint8Array, via: InboxRecord['via'], now = Date.now()): Promise<AppResult<ReceivedContribution>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  if (bytes.length > MAX_CONTRIBUTION_FILE_BYTES) return { ok: false, error: 'file-too-large' };
  const message = decodeScanMessage(bytes);
  if (!message.ok) return message;
  if (message.value.keyToken) return { ok: false, error: 'wrong-kind' };
  const identity = await getOrCreateIdentity();
  if (!identity.ok) return identity;
  // Boxed to the X25519 form of this phone's signing key (what shares imply), or to its box key
  // (what shares of early issue 14 named): both are tried.
  const signSeed = identity.value.sign.secretKey.subarray(0, 32);
  const fromSignKey = edSeedToX25519Secret(signSeed);
  let decoded = decodeEnvelope(message.value.envelope, { now, myBoxSecretKey: fromSignKey });
  fromSignKey.fill(0);
  if (!decoded.ok && decoded.error === 'not-for-me') decoded = decodeEnvelope(message.value.envelope, { now, myBoxSecretKey: identity.value.box.secretKey });
  if (!decoded.ok) return decoded;
  const { header, body } = decoded.value;
  if (header.type !== 'contribution' || header.expiresAt === null) return { ok: false, error: 'wrong-kind' };
  const contribution = contributionFromBody(body);
  if (!contribution.ok) return contribution;
  const senderKey = toBase64Url(header.sender);
  const id = inboxId(senderKey, toHex(header.shareId));
  const existing = await vault.get<InboxRecord>(id);
  if (existing.ok) return { ok: true, value: { id, duplicate: true } };
  if (existing.error !== 'not-found') return existing;
  const record: InboxRecord = {
    id, kind: INBOX_KIND, contribution: contribution.value, senderKey, fingerprint: fingerprintWords(header.sender),
    issuedAt: header.issuedAt, expiresAt: header.expiresAt, receivedAt: now, via, state: 'new',
  };
  const saved = await vault.put(record);
  return saved.ok ? { ok: true, value: { id, duplicate: false } } : saved;
}

export interface InboxItem {
  record: InboxRecord;
  /** The team member whose card signed it, if any: "verified". */
  member?: TeamMember;
  /** Children this contribution may be about: the one matching name and birthday first. */
  childMatches: StoredChild[];
}

const sameName = (a: string, b: string) => a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase();

/** The family's children this contribution names: same birthday and name, else same birthday. None for an old note that names no child. */
export function childMatches(contribution: Contribution, children: readonly StoredChild[]): StoredChild[] {
  const named = contribution.child;
  if (!named) return [];
  const sameDay = children.filter((c) => c.dob === named.dob);
  const exact = sameDay.filter((c) => sameName(c.name, named.name) || (c.preferredName !== undefined && sameName(c.preferredName, named.name)));
  return exact.length > 0 ? exact : sameDay;
}

function itemOf(record: InboxRecord, team: readonly TeamMember[]): InboxItem {
  const member = team.find((m) => m.signKey === record.senderKey);
  const item: InboxItem = { record, childMatches: childMatches(record.contribution, recordStore.children()) };
  if (member) item.member = member;
  return item;
}

/** Every contribution on this phone: new ones first, then the newest decided. */
export async function listInbox(): Promise<AppResult<InboxItem[]>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const [records, team] = await Promise.all([vault.all<InboxRecord>(INBOX_KIND), listTeam()]);
  if (!records.ok) return records;
  if (!team.ok) return team;
  const order = (r: InboxRecord) => (r.state === 'new' ? 0 : 1);
  const sorted = records.value.sort((a, b) => order(a) - order(b) || (b.decidedAt ?? b.receivedAt) - (a.decidedAt ?? a.receivedAt));
  return { ok: true, value: sorted.map((r) => itemOf(r, team.value)) };
}

export async function inboxItem(id: string): Promise<AppResult<InboxItem>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const [record, team] = await Promise.all([vault.get<InboxRecord>(id), listTeam()]);
  if (!record.ok) return record;
  if (!team.ok) return team;
  return { ok: true, value: itemOf(record.value, team.value) };
}

/** The child's medicines, for the "which medicine is this?" choice. */
export function medicinesOf(childId: string): MedicationEntry[] {
  return recordStore.entries('medication').filter((e) => e.childId === childId).sort((a, b) => a.name.localeCompare(b.name));
}

/** True when a medication contribution names a medicine the child has. */
export function knowsMedicine(contribution: Contribution, childId: string): boolean {
  return contribution.kind !== 'medication' || medicinesNamed(recordStore.allEntries(), childId, contribution.name).length > 0;
}

export interface AcceptChoice {
  childId: string;
  /** For a change to a medicine not found by name: an existing medicine, or 'new'. */
  medicine?: string;
  /** Needed for a sender who is not in the team: the parent said yes a second time. */
  confirmUnverified?: boolean;
}

/**
 * Accepts: the contribution's entries, with provenance, and the inbox line are saved in one
 * transaction. A refusal (which medicine? a date the record cannot take?) saves nothing.
 */
export async function acceptContribution(id: string, choice: AcceptChoice, now = Date.now()): Promise<AppResult<InboxRecord>> {
  const item = await inboxItem(id);
  if (!item.ok) return item;
  const { record, member } = item.value;
  if (record.state !== 'new') return { ok: false, error: 'already-decided' };
  if (!member && !choice.confirmUnverified) return { ok: false, error: 'unverified-not-confirmed' };
  const child = recordStore.child(choice.childId);
  if (!child) return { ok: false, error: 'choose-child' };
  const c = record.contribution;
  const provenance: Provenance = {
    name: c.from.name, role: c.from.role, verified: member !== undefined, date: c.date, contributionId: record.id,
  };
  if (c.from.organisation) provenance.organisation = c.from.organisation;
  const stamp = isoDateTimeFromMs(now);
  const made = acceptedEntries(c, {
    child, entries: recordStore.allEntries(), provenance, now: stamp, today: deviceToday(now),
    newId: () => asEntryId(newId()),
    ...(choice.medicine ? { medicine: choice.medicine === 'new' ? 'new' as const : choice.medicine as EntryId } : {}),
  });
  if (!made.ok) return made;
  const entries: Entry[] = made.value.map((e) => (record.annotation ? { ...e, annotation: record.annotation } : e));
  const updated: InboxRecord = {
    ...record, state: 'accepted', decidedAt: now, childId: child.id, entryIds: entries.map((e) => e.id),
    ...(member ? { verifiedMemberId: member.id } : {}),
  };
  const saved = await recordStore.saveTogether(entries, [updated]);
  return saved.ok ? { ok: true, value: updated } : saved;
}

/** Declines: nothing enters the record; the inbox keeps a line saying so. */
export async function declineContribution(id: string, now = Date.now()): Promise<AppResult<InboxRecord>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const read = await vault.get<InboxRecord>(id);
  if (!read.ok) return read;
  if (read.value.state !== 'new') return { ok: false, error: 'already-decided' };
  const updated: InboxRecord = { ...read.value, state: 'declined', decidedAt: now };
  const saved = await vault.put(updated);
  return saved.ok ? { ok: true, value: updated } : saved;
}

/**
 * The parent's words beside a contribution. Once accepted, they go on the entries it made, so
 * they show beside the professional's words and travel with them in later shares. Empty removes them.
 */
export async function annotateContribution(id: string, text: string, lang: string, now = Date.now()): Promise<AppResult<InboxRecord>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const annotation = cleanAnnotation(text, lang);
  if (!annotation.ok) return annotation;
  const read = await vault.get<InboxRecord>(id);
  if (!read.ok) return read;
  const updated = withAnnotation(read.value, annotation.value);
  const entries = (updated.entryIds ?? [])
    .map((entryId) => recordStore.entry(entryId))
    .filter((e): e is Entry => e !== undefined)
    .map((e) => ({ ...withAnnotation(e, annotation.value), updatedAt: isoDateTimeFromMs(now) }));
  const saved = await recordStore.saveTogether(entries, [updated]);
  return saved.ok ? { ok: true, value: updated } : saved;
}

