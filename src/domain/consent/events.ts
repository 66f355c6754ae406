// What the consent log records (DESIGN §5): grants, revocations, shares, and shares received.
import type { IsoDateTime } from '../record/dates';
import type { ChildId, EntryId } from '../record/ids';
import type { ProfessionalRole } from '../record/codes';
import type { ShareableSection } from '../record/sections';

export const CONSENT_EVENT_TYPES = ['grant', 'revoke', 'share', 'received'] as const;
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];

export const SHARE_METHODS = ['qr', 'file', 'link'] as const;
export type ShareMethod = (typeof SHARE_METHODS)[number];

export interface Party {
  name: string;
  role?: ProfessionalRole;
  organisation?: string;
  /** Hex key id of their signing key, when known. */
  keyId?: string;
  /** True once fingerprints were compared in person. */
  verified: boolean;
}

interface EventBase<T extends ConsentEventType> {
  type: T;
  at: IsoDateTime;
  childId: ChildId;
}

export interface GrantEvent extends EventBase<'grant'> {
  to: Party;
  sections: ShareableSection[];
  until?: IsoDateTime;
  purpose?: string;
}

export interface RevokeEvent extends EventBase<'revoke'> {
  to: Party;
  sections: ShareableSection[];
}

export interface ShareEvent extends EventBase<'share'> {
  /** Undefined for an open share to whoever holds the QR. */
  to?: Party;
  sections: ShareableSection[];
  sensitiveEntryIds: EntryId[];
  expiresAt: IsoDateTime;
  how: ShareMethod;
  shareId: string;
  purpose?: string;
}

/** The professional's side: what they received, from whom, and until when. */
export interface ReceivedEvent extends EventBase<'received'> {
  from: Party;
  sections: ShareableSection[];
  expiresAt: IsoDateTime;
  how: ShareMethod;
  shareId: string;
}

export type ConsentEvent = GrantEvent | RevokeEvent | ShareEvent | ReceivedEvent;
