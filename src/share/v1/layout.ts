// Envelope format version 1: constants for the byte layout in docs/share-format.md §2.
//
//  off  len  field
//    0    3  magic "FFE" (0x46 0x46 0x45)
//    3    1  version = 0x01
//    4    1  type: 1 contact-card, 2 addressed-share, 3 open-share, 4 contribution, 5 backup
//    5    1  flags: bit 0 passcode-protected key (open share), bit 1 body deflated,
//              bits 2-3 preset DEFLATE dictionary (0 none, 1 version 1);
//              bit 4 body coded with CM1 (then bits 1-3 are zero); bit 5 the body carries
//              attachments (photos; addressed and open shares saved as files); bits 6-7 zero
//    6    4  issuedAt, uint32 big-endian, seconds since the Unix epoch
//   10    4  expiresAt, uint32 big-endian, seconds; 0 = never (backup only)
//   14    8  shareId, random
//   22   32  sender Ed25519 public key
//   54    8  recipient key id (types 2 and 4 only; absent otherwise)
//    h    v  body length, unsigned LEB128 varint
//  h+v    n  body (see BODY layouts below)
//     +  64  Ed25519 signature over every byte before it
import { DEFLATE_DICTIONARY_V1, DEFLATE_DICTIONARY_V1_ID } from '../body/deflate-dictionary-v1';
import type { EnvelopeType } from '../envelope/types';

export { MAGIC } from '../envelope/magic'; // "FFE"
export const VERSION = 1;

export const TYPE_CODES: Readonly<Record<EnvelopeType, number>> = Object.freeze({
  'contact-card': 1,
  'addressed-share': 2,
  'open-share': 3,
  contribution: 4,
  backup: 5,
});
export const TYPE_BY_CODE: ReadonlyMap<number, EnvelopeType> = new Map(
  Object.entries(TYPE_CODES).map(([name, code]) => [code, name as EnvelopeType]),
);

export const FLAG_PASSCODE = 0b0001;
export const FLAG_DEFLATED = 0b0010;
export const DICTIONARY_SHIFT = 2;
export const DICTIONARY_MASK = 0b1100;
export const FLAG_CM = 0b1_0000;
/** The body carries photos (docs/share-format.md §4.6): larger limits, and readers before it refuse it as newer. */
export const FLAG_ATTACHMENTS = 0b10_0000;
export const KNOWN_FLAGS = FLAG_PASSCODE | FLAG_DEFLATED | DICTIONARY_MASK | FLAG_CM | FLAG_ATTACHMENTS;

/** Only shares saved as files may carry attachments. */
export function mayCarryAttachments(type: EnvelopeType): boolean {
  return type === 'addressed-share' || type === 'open-share';
}

/** Preset DEFLATE dictionaries by their flag value. */
export const DEFLATE_DICTIONARIES: ReadonlyMap<number, Uint8Array> = new Map([[DEFLATE_DICTIONARY_V1_ID, DEFLATE_DICTIONARY_V1]]);

export const SHARE_ID_BYTES = 8;
export const SIGN_PUBLIC_KEY_BYTES = 32;
export const KEY_ID_BYTES = 8;
export const SIGNATURE_BYTES = 64;
export const EPHEMERAL_KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const MAC_BYTES = 16;

export function hasRecipient(type: EnvelopeType): boolean {
  return type === 'addressed-share' || type === 'contribution';
}

/** How far ahead of the reader's clock issuedAt may be (clock skew between two phones). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The longest a reader honours each type, from its issuedAt (docs/share-format.md §8, step 9).
 * The sender writes expiresAt, but cannot make a share live longer than this: a reader holds an
 * envelope that asks for more only until issuedAt + cap. Backups never expire.
 */
export const MAX_LIFETIME_MS: Readonly<Record<EnvelopeType, number | null>> = Object.freeze({
  'contact-card': 365 * DAY_MS,
  'addressed-share': 7 * DAY_MS,
  'open-share': DAY_MS,
  contribution: 30 * DAY_MS,
  backup: null,
});

/** Limits on the body as it travels (compressed and encrypted) and once inflated. */
export interface BodyLimits {
  maxWireBody: number;
  maxInflated: number;
}
const SHARE_LIMITS: BodyLimits = { maxWireBody: 256 * 1024, maxInflated: 2 * 1024 * 1024 };
// Backups come from files, not QR codes, and hold the whole record.
const BACKUP_LIMITS: BodyLimits = { maxWireBody: 32 * 1024 * 1024, maxInflated: 64 * 1024 * 1024 };
// A share file with photos: the photos are JPEG already, so the body travels about as large as it is.
const ATTACHMENT_LIMITS: BodyLimits = { maxWireBody: 16 * 1024 * 1024, maxInflated: 17 * 1024 * 1024 };

/** Bodies up to this size may be coded with CM1 (~0.3 MB/s each way); larger ones use DEFLATE. */
export { CM_MAX_PLAIN as CM_MAX_ENCODE } from '../cm/cm';

export function limitsFor(type: EnvelopeType, attachments = false): BodyLimits {
  if (attachments) return ATTACHMENT_LIMITS;
  return type === 'backup' ? BACKUP_LIMITS : SHARE_LIMITS;
}
