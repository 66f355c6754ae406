// The report's model for information sharing (Appendix C) as one pure function. The established
// team around the child shares routinely once consent is recorded; anyone beyond it, or anything
// beyond what was granted, is decided case by case; sensitive entries are decided item by item.
import { compareIso } from '../record/dates';
import type { EntryId } from '../record/ids';
import { isShareableSection, SHAREABLE_SECTIONS, type ShareableSection } from '../record/sections';
import { fail, ok, type Result } from '../result';
import type { GrantEvent } from './events';

export interface ShareQuestion {
  /**
   * Who it is for: a member of the child's team with the sections their grant covers right now
   * (empty when they hold none, or it ended), or someone beyond the team.
   */
  recipient: { inTeam: true; granted: readonly ShareableSection[] } | { inTeam: false };
  /** The sections this share would carry. */
  sections: readonly ShareableSection[];
  /** Sensitive entries the parent ticked for this one share. */
  sensitiveIds: readonly EntryId[];
}

export type ShareRoute =
  /** A team member, only sections their grant covers: consent is already on record. */
  | { route: 'routine' }
  /**
   * Decided now, by the parent, and logged as such: `beyond-team` for anyone not in the team,
   * `no-grant` for a member with no grant in force, `beyond-grant` for a member asked for more
   * than their grant; `sections` lists what the grant does not cover.
   */
  | { route: 'case-by-case'; why: 'beyond-team' | 'no-grant' | 'beyond-grant'; sections: ShareableSection[] };

export interface ShareDecision {
  route: ShareRoute;
  /** Sensitive entries: never covered by a grant, each one confirmed by the parent on its own. */
  itemByItem: EntryId[];
  /** True when the parent must be asked before the code appears. */
  ask: boolean;
}

export function decideShare(q: ShareQuestion): ShareDecision {
  const itemByItem = [...new Set(q.sensitiveIds)];
  let route: ShareRoute;
  if (!q.recipient.inTeam) {
    route = { route: 'case-by-case', why: 'beyond-team', sections: [...q.sections] };
  } else {
    const granted = new Set(q.recipient.granted);
    const beyond = q.sections.filter((s) => !granted.has(s));
    if (beyond.length === 0) route = { route: 'routine' };
    else route = { route: 'case-by-case', why: granted.size === 0 ? 'no-grant' : 'beyond-grant', sections: beyond };
  }
  return { route, itemByItem, ask: route.route !== 'routine' || itemByItem.length > 0 };
}

export type GrantError = 'grant-no-sections' | 'grant-private' | 'grant-unknown-section' | 'grant-ends-before-start';

/**
 * Checks a grant before it is logged. Private notes can never be granted, nor a name that is not
 * a section; an end date must come after the grant. Duplicates are dropped, order made canonical.
 */
export function checkGrant(grant: GrantEvent): Result<GrantEvent, GrantError> {
  const asked = grant.sections as readonly string[];
  if (asked.length === 0) return fail('grant-no-sections');
  for (const s of asked) {
    if (s === 'private') return fail('grant-private');
    if (!isShareableSection(s)) return fail('grant-unknown-section');
  }
  if (grant.until !== undefined && compareIso(grant.until, grant.at) <= 0) return fail('grant-ends-before-start');
  const sections = SHAREABLE_SECTIONS.filter((s) => asked.includes(s));
  return ok({ ...grant, sections });
}
