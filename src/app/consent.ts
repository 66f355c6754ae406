// Consent the parent gives ahead of time: which team member sees which sections of which child,
// until when. Grants and revocations go into the same hash-chained record as shares, and a
// one-tap share to a member carries exactly what their grant covers at the moment of the tap.
import {
  checkGrant, grantFor, isoDateTimeFromMs, type ActiveGrant, type ChildId, type ConsentLogEntry, type GrantEvent,
  type RevokeEvent, type ShareableSection,
} from '../domain/index';
import { appendConsentEvent, inConsentOrder, readConsentLog } from './consent-log';
import type { AppResult } from './result';
import { appendShareEvent, makeShare, newSharePasscode, partyOf, SHARE_LIFETIMES, type MadeShare, type MakeShareOptions } from './share-out';
import { listTeam, removeMember, type TeamMember } from './team';
import type { HealthDetail } from './share-summary';

export interface MemberGrant {
  member: TeamMember;
  /** In force now for this child; absent when they hold none or it ended. */
  grant?: ActiveGrant;
}

/** Every member of the team, each with what they may see of this child now. */
export async function teamGrants(childId: string, now = Date.now()): Promise<AppResult<MemberGrant[]>> {
  const [team, log] = await Promise.all([listTeam(), readConsentLog()]);
  if (!team.ok) return team;
  if (!log.ok) return log;
  const at = isoDateTimeFromMs(now);
  return {
    ok: true,
    value: team.value.map((member) => {
      const grant = grantFor(log.value.entries, childId as ChildId, partyOf(member), at);
      return grant ? { member, grant } : { member };
    }),
  };
}

export interface GrantChoice {
  sections: readonly ShareableSection[];
  /** When the grant ends (ms); none means until the parent changes it. */
  until?: number;
  purpose?: string;
}

export type GrantChange = 'granted' | 'revoked' | 'unchanged';

async function memberNow(memberId: string): Promise<AppResult<TeamMember>> {
  const team = await listTeam();
  if (!team.ok) return team;
  const member = team.value.find((m) => m.id === memberId);
  return member ? { ok: true, value: member } : { ok: false, error: 'consent-member-gone' };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Sets what one member may see of one child. Taking sections away is logged as a revocation (so
 * the record says so plainly); anything else as a grant of the whole new set. No change, no entry.
 */
export function setGrant(childId: string, memberId: string, choice: GrantChoice, now = Date.now()): Promise<AppResult<GrantChange>> {
  return inConsentOrder(async () => {
    const member = await memberNow(memberId);
    if (!member.ok) return member;
    const log = await readConsentLog();
    if (!log.ok) return log;
    const at = isoDateTimeFromMs(now);
    const to = partyOf(member.value);
    const current = grantFor(log.value.entries, childId as ChildId, to, at);
    const had = current?.sections ?? [];
    const until = choice.until === undefined ? undefined : isoDateTimeFromMs(choice.until);
    const purpose = choice.purpose?.trim() || undefined;
    const onlyFewer = choice.sections.every((s) => had.includes(s)) && current?.until === until && purpose === undefined;
    if (sameSet(choice.sections, had) && onlyFewer) return { ok: true, value: 'unchanged' };
    if (onlyFewer || choice.sections.length === 0) {
      if (had.length === 0) return { ok: true, value: 'unchanged' };
      const gone = had.filter((s) => !choice.sections.includes(s));
      const revoke: RevokeEvent = { type: 'revoke', at, childId: childId as ChildId, to, sections: gone };
      const logged = await appendConsentEvent(revoke);
      return logged.ok ? { ok: true, value: 'revoked' } : logged;
    }
    const grant: GrantEvent = { type: 'grant', at, childId: childId as ChildId, to, sections: [...choice.sections] };
    if (until !== undefined) grant.until = until;
    if (purpose !== undefined) grant.purpose = purpose;
    const checked = checkGrant(grant);
    if (!checked.ok) return checked;
    const logged = await appendConsentEvent(checked.value);
    return logged.ok ? { ok: true, value: 'granted' } : logged;
  });
}

/**
 * Removes a member from the team and ends every grant they held, each logged as a revocation
 * with the reason. Undoing the removal brings the person back, not their grants.
 */
export function removeMemberAndGrants(member: TeamMember, now = Date.now()): Promise<AppResult<TeamMember>> {
  return inConsentOrder(async () => {
    const log = await readConsentLog();
    if (!log.ok) return log;
    const at = isoDateTimeFromMs(now);
    const to = partyOf(member);
    const held = new Map<ChildId, ShareableSection[]>();
    for (const { event } of log.value.entries) {
      if (event.type === 'grant' || event.type === 'revoke') {
        const grant = grantFor(log.value.entries, event.childId, to, at);
        if (grant) held.set(event.childId, grant.sections);
      }
    }
    const removed = await removeMember(member);
    if (!removed.ok) return removed;
    for (const [childId, sections] of held) {
      const logged = await appendConsentEvent({ type: 'revoke', at, childId, to, sections, reason: 'member-removed' });
      if (!logged.ok) return logged;
    }
    return removed;
  });
}

export interface MemberShareChoice {
  /** Sensitive entries the parent ticked for this one share, each after its warning. */
  includeSensitiveIds?: readonly string[];
  durationMs?: number;
  healthDetail?: HealthDetail;
  /** Why, in the parent's words: kept in the consent record only. */
  purpose?: string;
}

export interface MemberShare {
  share: MadeShare;
  entry: ConsentLogEntry;
}

/**
 * The one-tap share to a team member: exactly their granted sections of this child as they stand
 * now (after any change already asked for), minus sensitive entries unless ticked. A member
 * added by hand has no key: they get an open share with generated passcode words. Made and
 * logged in one step, so two quick taps make one share each, in order, never a mixed one.
 */
export function shareWithMember(
  childId: string, memberId: string, choice: MemberShareChoice = {}, now = Date.now(), options: MakeShareOptions = {},
): Promise<AppResult<MemberShare>> {
  return inConsentOrder(async () => {
    const member = await memberNow(memberId);
    if (!member.ok) return member;
    const log = await readConsentLog();
    if (!log.ok) return log;
    const grant = grantFor(log.value.entries, childId as ChildId, partyOf(member.value), isoDateTimeFromMs(now));
    if (!grant) return { ok: false, error: 'consent-no-grant' };
    const addressed = member.value.boxKey !== undefined;
    const kind = addressed ? 'addressed' : 'open';
    // A share never outlives the grant it rests on (but lives at least the shortest lifetime).
    const limits = SHARE_LIFETIMES[kind];
    let durationMs = choice.durationMs ?? limits.defaultMs;
    if (grant.until !== undefined) durationMs = Math.max(limits.minMs, Math.min(durationMs, Date.parse(grant.until) - now));
    const made = await makeShare({
      childId, sections: grant.sections, includeSensitiveIds: choice.includeSensitiveIds ?? [],
      target: addressed ? { kind: 'addressed', member: member.value } : { kind: 'open', passcode: newSharePasscode(), member: member.value },
      durationMs, basis: 'routine',
      ...(choice.healthDetail ? { healthDetail: choice.healthDetail } : {}),
      ...(choice.purpose?.trim() ? { purpose: choice.purpose } : {}),
    }, { ...options, now });
    if (!made.ok) return made;
    const entry = await appendShareEvent(made.value, childId, 'qr');
    return entry.ok ? { ok: true, value: { share: made.value, entry: entry.value } } : entry;
  });
}
