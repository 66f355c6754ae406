// Current grants, replayed from the log: a grant adds sections, a revoke removes them.
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

/** People are matched by key id when known, otherwise by name. */
function partyKey(childId: ChildId, p: Party): string {
  return `${childId}\u0000${p.keyId ?? `name:${p.name}`}`;
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
      const merged = new Set([...current.sections, ...event.sections]);
      const next: ActiveGrant = { childId: event.childId, to: event.to, sections: [...merged] };
      if (event.until !== undefined) next.until = event.until;
      byParty.set(key, next);
    } else {
      const removed = new Set<string>(event.sections);
      byParty.set(key, { ...current, sections: current.sections.filter((s) => !removed.has(s)) });
    }
  }
  return [...byParty.values()].filter(
    (g) => g.sections.length > 0 && (g.until === undefined || compareIso(g.until, at) > 0),
  );
}
