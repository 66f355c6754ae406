// The parent's team: professionals added by scanning their contact card (verified by signature
// and, in person, by fingerprint words) or typed in by hand (marked not verified).
import { asBoxPublicKey, fromBase64Url, isLowOrderBoxKey, keyId, toBase64Url, type BoxPublicKey } from '../crypto/index';
import { codeLabelKey, isCode, toHex, type ProfessionalRole } from '../domain/index';
import { decodeEnvelope, parseSingleQrText, type BodyValue, type EnvelopeError } from '../share/index';
import { fingerprintWords } from './identity';
import { newId } from './record-store';
import type { AppResult } from './result';
import { session } from './session';

/** A contact card read from a QR code: authentic and unexpired, not yet in the team. */
export interface ContactCard {
  name: string;
  role: ProfessionalRole;
  organisation?: string;
  service?: string;
  /** base64url of the Ed25519 key that signed the card. */
  signKey: string;
  /** base64url of the X25519 key shares are boxed to. */
  boxKey: string;
  fingerprint: string[];
  expiresAt: number;
}

export interface TeamMember {
  id: string;
  kind: 'team-member';
  name: string;
  role: ProfessionalRole;
  organisation?: string;
  service?: string;
  /** Only for members added from a contact card. */
  signKey?: string;
  boxKey?: string;
  /** True when added from a signed card whose words the parent confirmed in person. */
  verified: boolean;
  addedAt: number;
}

export type ContactCardError = EnvelopeError | 'not-ours' | 'not-a-contact-card' | 'contact-card-damaged' | 'contact-card-weak-key';

const MAX_FIELD_CHARS = 120;

function optionalText(value: BodyValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Checks a scanned contact card: signature, expiry, and the shape of its body. */
export function readContactCard(bytes: Uint8Array, now = Date.now()): { ok: true; value: ContactCard } | { ok: false; error: ContactCardError } {
  const decoded = decodeEnvelope(bytes, { now });
  // Without keys, a share decodes as far as "not for me": a card never stops there.
  if (!decoded.ok) return decoded.error === 'not-for-me' ? { ok: false, error: 'not-a-contact-card' } : decoded;
  const { header, body } = decoded.value;
  if (header.type !== 'contact-card') return { ok: false, error: 'not-a-contact-card' };
  if (typeof body !== 'object' || body === null || Array.isArray(body) || body instanceof Uint8Array) {
    return { ok: false, error: 'contact-card-damaged' };
  }
  const name = optionalText(body.name);
  const role = body.role;
  const boxKey = body.boxKey;
  if (!name || typeof role !== 'string' || !isCode('professionalRole', role) || !(boxKey instanceof Uint8Array) || boxKey.length !== 32) {
    return { ok: false, error: 'contact-card-damaged' };
  }
  // A key of small order gives a shared secret anyone can compute: shares to it would be open.
  if (isLowOrderBoxKey(boxKey)) return { ok: false, error: 'contact-card-weak-key' };
  const card: ContactCard = {
    name: name.slice(0, MAX_FIELD_CHARS),
    role,
    signKey: toBase64Url(header.sender),
    boxKey: toBase64Url(boxKey),
    fingerprint: fingerprintWords(header.sender),
    expiresAt: header.expiresAt ?? now,
  };
  const organisation = optionalText(body.organisation);
  const service = optionalText(body.service);
  if (organisation) card.organisation = organisation.slice(0, MAX_FIELD_CHARS);
  if (service) card.service = service.slice(0, MAX_FIELD_CHARS);
  return { ok: true, value: card };
}

/** The same, from the text of the QR code (pasted, or read by another app). */
export function readContactCardText(text: string, now = Date.now()): { ok: true; value: ContactCard } | { ok: false; error: ContactCardError } {
  const parsed = parseSingleQrText(text.trim());
  if (!parsed.ok) return parsed;
  if (parsed.value.keyToken !== undefined) return { ok: false, error: 'not-a-contact-card' };
  return readContactCard(parsed.value.envelope, now);
}

export async function listTeam(): Promise<AppResult<TeamMember[]>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const read = await vault.all<TeamMember>('team-member');
  if (!read.ok) return read;
  return { ok: true, value: read.value.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Adds (or refreshes) a professional from a card the parent confirmed in person. */
export async function addFromCard(card: ContactCard, now = Date.now()): Promise<AppResult<TeamMember>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const boxKey = fromBase64Url(card.boxKey);
  if (!boxKey.ok || isLowOrderBoxKey(boxKey.value)) return { ok: false, error: 'contact-card-weak-key' };
  const team = await listTeam();
  if (!team.ok) return team;
  // The same professional scanned again (a renewed card) replaces their old entry.
  const existing = team.value.find((m) => m.signKey === card.signKey);
  const member: TeamMember = {
    id: existing?.id ?? newId(), kind: 'team-member', name: card.name, role: card.role,
    signKey: card.signKey, boxKey: card.boxKey, verified: true, addedAt: existing?.addedAt ?? now,
  };
  if (card.organisation) member.organisation = card.organisation;
  if (card.service) member.service = card.service;
  const saved = await vault.put(member);
  return saved.ok ? { ok: true, value: member } : saved;
}

export interface ManualMember {
  name: string;
  role: string;
  organisation?: string;
  service?: string;
}

/** Someone typed in by hand: no keys, so not verified (they can receive open shares only). */
export async function addByHand(input: ManualMember, now = Date.now()): Promise<AppResult<TeamMember>> {
  const name = input.name.trim();
  const organisation = input.organisation?.trim();
  const service = input.service?.trim();
  if (name === '') return { ok: false, error: 'team-name-missing' };
  if (!isCode('professionalRole', input.role)) return { ok: false, error: 'team-role-unknown' };
  if ([name, organisation ?? '', service ?? ''].some((s) => s.length > MAX_FIELD_CHARS)) return { ok: false, error: 'team-field-too-long' };
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const member: TeamMember = { id: newId(), kind: 'team-member', name, role: input.role, verified: false, addedAt: now };
  if (organisation) member.organisation = organisation;
  if (service) member.service = service;
  const saved = await vault.put(member);
  return saved.ok ? { ok: true, value: member } : saved;
}

/** Removes a member; returns them so the screen can offer to undo. */
export async function removeMember(member: TeamMember): Promise<AppResult<TeamMember>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const done = await vault.delete(member.id);
  return done.ok ? { ok: true, value: member } : done;
}

export async function restoreMember(member: TeamMember): Promise<AppResult<TeamMember>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const done = await vault.put(member);
  return done.ok ? { ok: true, value: member } : done;
}

/** The member's box key, when they were added from a card (an addressed share needs it). */
export function memberBoxKey(member: TeamMember): BoxPublicKey | undefined {
  if (!member.boxKey) return undefined;
  const bytes = fromBase64Url(member.boxKey);
  return bytes.ok && !isLowOrderBoxKey(bytes.value) ? asBoxPublicKey(bytes.value) : undefined;
}

/** Hex key id of the member's signing key, for the share log. */
export function memberKeyId(member: TeamMember): string | undefined {
  if (!member.signKey) return undefined;
  const bytes = fromBase64Url(member.signKey);
  if (!bytes.ok) return undefined;
  return toHex(keyId(bytes.value));
}

export { PROFESSIONAL_ROLES } from '../domain/index';

/** Key of a role's label in the `record` namespace ('parent' has its own in `sharing`). */
export function roleLabelKey(role: string): string {
  return isCode('professionalRole', role) ? `record:${codeLabelKey('professionalRole', role)}` : 'sharing:profile.roleParent';
}
