// Current grants, replayed from the log: a grant sets a member's sections (and end date), a
// revoke removes sections from it.
import { compareIso, type IsoDateTime } from '../record/dates';
import type { ChildId } from '../record/ids';
import type { ShareableSection } from '../record/sections';
import type { ConsentLog } from './log';
import type { Party } from './events';

export interface ActiveGrant {
  childId: ChildId;
  to: Party;
  sections: ShareableSection[];
  until?: IsoDateTime;
}

/** People are matched by team member id, else by key id, else by name. */
function partyKey(childId: ChildId, p: Party): string {
  const who = p.memberId !== undefined ? `member:${p.memberId}` : p.keyId !== undefined ? `key:${p.keyId}` : `name:${p.name}`;
  return `${childId}\u0000${who}`;
}

/** Grants in force at `at`, replaying only events up to then. */
export function activeGrants(log: ConsentLog, at: IsoDateTime): ActiveGrant[] {
  const byParty = new Map<string, ActiveGrant>();
  for (const { event } of log) {
    if (event.type !== 'grant' && event.type !== 'revoke') continue;
    if (compareIso(event.at, at) > 0) continue; // not yet happened at `at`
    const key = partyKey(event.childId, event.to);
    const current = byParty.get(key) ?? { childId: event.childId, to: event.to, sections: [] };
    if (event.type === 'grant') {
      const next: ActiveGrant = { childId: event.childId, to: event.to, sections: [...new Set(event.sections)] };
      if (event.until !== undefined) next.until = event.until;
      byParty.set(key, next);
    } else {
      const removed = new Set<string>(event.sections);
      byParty.set(key, { ...current, to: event.to, sections: current.sections.filter((s) => !removed.has(s)) });
    }
  }
  return [...byParty.values()].filter(
    (g) => g.sections.length > 0 && (g.until === undefined || compareIso(g.until, at) > 0),
  );
}

/** True when two parties are the same person by the rule grants use (member id, key id, name). */
export function sameParty(a: Party, b: Party): boolean {
  return partyKey('' as ChildId, a) === partyKey('' as ChildId, b);
}

/** The grant one person holds for one child at `at`, if any is in force. */
export function grantFor(log: ConsentLog, childId: ChildId, to: Party, at: IsoDateTime): ActiveGrant | undefined {
  return activeGrants(log, at).find((g) => g.childId === childId && sameParty(g.to, to));
}
