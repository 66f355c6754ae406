// Who this install is: a signing pair (signs every envelope), a box pair (receives addressed
// shares and contributions) and, for professionals, a profile shown on the contact card.
// Created once, on first need, and kept in the vault as one record of kind 'identity'.
import {
  asBoxSecretKey, asSignSecretKey, boxKeyPair, boxKeyPairFromSecret, fingerprint, fromBase64Url, signKeyPair,
  signKeyPairFromSeed, toBase64Url, type BoxKeyPair, type SignKeyPair,
} from '../crypto/index';
import { isCode } from '../domain/index';
import { encodeEnvelope, singleQrText, type BodyValue } from '../share/index';
import { session } from './session';
import type { AppResult } from './result';

export interface Profile {
  name: string;
  /** A ProfessionalRole code, or 'parent'. */
  role: string;
  organisation?: string;
  service?: string;
}

export interface Identity {
  sign: SignKeyPair;
  box: BoxKeyPair;
  profile: Profile;
}

export type IdentityError =
  | 'profile-name-missing' | 'profile-role-unknown' | 'profile-too-long' | 'profile-incomplete' | 'identity-damaged';

/** What the vault holds: secrets as base64url (records are JSON). */
interface IdentityRecord {
  id: string;
  kind: 'identity';
  signSeed: string;
  boxSecret: string;
  profile: Profile;
}

export const IDENTITY_RECORD_ID = 'identity';
const MAX_FIELD_CHARS = 120;
const SIGN_SEED_BYTES = 32;

function fromRecord(record: IdentityRecord): Identity | undefined {
  const seed = fromBase64Url(record.signSeed);
  const boxSecret = fromBase64Url(record.boxSecret);
  if (!seed.ok || !boxSecret.ok || seed.value.length !== SIGN_SEED_BYTES || boxSecret.value.length !== 32) {
    if (seed.ok) seed.value.fill(0);
    if (boxSecret.ok) boxSecret.value.fill(0);
    return undefined;
  }
  const identity = {
    sign: signKeyPairFromSeed(seed.value),
    box: boxKeyPairFromSecret(asBoxSecretKey(boxSecret.value)),
    profile: record.profile,
  };
  // The key pairs hold their own copies: the decoded secrets are wiped at once.
  seed.value.fill(0);
  boxSecret.value.fill(0);
  return identity;
}

function toRecord(identity: Identity): IdentityRecord {
  // An Ed25519 secret key is seed(32) || public key(32): the seed is enough to rebuild it.
  const seed = asSignSecretKey(identity.sign.secretKey).subarray(0, SIGN_SEED_BYTES);
  return {
    id: IDENTITY_RECORD_ID,
    kind: 'identity',
    signSeed: toBase64Url(seed),
    boxSecret: toBase64Url(identity.box.secretKey),
    profile: identity.profile,
  };
}

function defaultProfile(): Profile {
  return { name: '', role: session.vault?.role === 'professional' ? '' : 'parent' };
}

let cached: Identity | undefined;
// Locking wipes the secret keys' bytes, as the vault wipes its key: a reference kept anywhere
// (a share being made, a screen) then holds zeros, not the keys.
session.onLock(() => {
  cached?.sign.secretKey.fill(0);
  cached?.box.secretKey.fill(0);
  cached = undefined;
});

/** The identity of this install, made and saved the first time it is asked for. */
export async function getOrCreateIdentity(): Promise<AppResult<Identity>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  if (cached) return { ok: true, value: cached };
  const read = await vault.get<IdentityRecord>(IDENTITY_RECORD_ID);
  if (read.ok) {
    const identity = fromRecord(read.value);
    if (!identity) return { ok: false, error: 'identity-damaged' };
    cached = identity;
    return { ok: true, value: identity };
  }
  if (read.error !== 'not-found') return read;
  const made: Identity = { sign: signKeyPair(), box: boxKeyPair(), profile: defaultProfile() };
  const saved = await vault.put(toRecord(made));
  if (!saved.ok) return saved;
  cached = made;
  return { ok: true, value: made };
}

/** Checks a profile: a name for professionals, a known role code, short fields. */
export function validateProfile(p: Profile): { ok: true; value: Profile } | { ok: false; error: IdentityError } {
  const clean: Profile = { name: p.name.trim(), role: p.role };
  const organisation = p.organisation?.trim();
  const service = p.service?.trim();
  if (organisation) clean.organisation = organisation;
  if (service) clean.service = service;
  if (clean.role !== 'parent' && !isCode('professionalRole', clean.role)) return { ok: false, error: 'profile-role-unknown' };
  if (clean.role !== 'parent' && clean.name === '') return { ok: false, error: 'profile-name-missing' };
  if ([clean.name, organisation ?? '', service ?? ''].some((s) => s.length > MAX_FIELD_CHARS)) return { ok: false, error: 'profile-too-long' };
  return { ok: true, value: clean };
}

export async function saveProfile(p: Profile): Promise<AppResult<Profile>> {
  const checked = validateProfile(p);
  if (!checked.ok) return checked;
  const identity = await getOrCreateIdentity();
  if (!identity.ok) return identity;
  const updated: Identity = { ...identity.value, profile: checked.value };
  const saved = await session.vault?.put(toRecord(updated));
  if (!saved) return { ok: false, error: 'locked' };
  if (!saved.ok) return saved;
  cached = updated;
  return { ok: true, value: checked.value };
}

/** Six words people read to each other to confirm a key in person. */
export function fingerprintWords(signPublicKey: Uint8Array): string[] {
  return fingerprint(signPublicKey);
}

export const CONTACT_CARD_LIFETIME_MS = 365 * 86_400_000;

export interface ContactCardCode {
  /** The signed envelope, as a QR code carries it. */
  envelope: Uint8Array;
  /** "FF1:" + base45, the text of the QR code. */
  text: string;
  fingerprint: string[];
  expiresAt: number;
}

/** The professional's public contact card: name, role and box key, signed, valid for a year. */
export async function makeContactCard(now = Date.now()): Promise<AppResult<ContactCardCode>> {
  const identity = await getOrCreateIdentity();
  if (!identity.ok) return identity;
  const { profile, sign, box } = identity.value;
  if (profile.role === 'parent' || profile.name === '') return { ok: false, error: 'profile-incomplete' };
  const body: BodyValue = { name: profile.name, role: profile.role, boxKey: box.publicKey };
  if (profile.organisation) body.organisation = profile.organisation;
  if (profile.service) body.service = profile.service;
  const expiresAt = now + CONTACT_CARD_LIFETIME_MS;
  const made = encodeEnvelope({ type: 'contact-card', sender: sign, issuedAt: now, expiresAt, body });
  if (!made.ok) return made;
  return {
    ok: true,
    value: { envelope: made.value, text: singleQrText(made.value), fingerprint: fingerprintWords(sign.publicKey), expiresAt },
  };
}
