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
  /** The parent's team member this is, when it is one: grants follow the member, not the name. */
  memberId?: string;
  /** True once fingerprints were compared in person. */
  verified: boolean;
}

interface EventBase<T extends ConsentEventType> {
  type: T;
  at: IsoDateTime;
  childId: ChildId;
}

/** The member's whole grant from now on: these sections (and no others), until `until` if set. */
export interface GrantEvent extends EventBase<'grant'> {
  to: Party;
  sections: ShareableSection[];
  until?: IsoDateTime;
  purpose?: string;
}

/** These sections leave the member's grant. Codes already made stay readable until they expire. */
export interface RevokeEvent extends EventBase<'revoke'> {
  to: Party;
  sections: ShareableSection[];
  /** Why, when it was not the parent's own choice on the grants screen. */
  reason?: 'member-removed';
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
  /**
   * How consent was given (DESIGN §5, the report's model): `routine` under a team member's grant,
   * `case-by-case` when the parent decided this one share. Absent on events logged before grants.
   */
  basis?: 'routine' | 'case-by-case';
  /** Hex hash of the consent chain's head when the share was made: the share's body carries it too. */
  consentHead?: string;
  /** A file that carried the journal's photos: how many. */
  photos?: number;
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
