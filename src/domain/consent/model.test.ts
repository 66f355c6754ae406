import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbChild, arbEntry } from '../testing/arbitraries';
import { asChildId, asEntryId } from '../record/ids';
import { asIsoDateTime } from '../record/dates';
import { SHAREABLE_SECTIONS, type ShareableSection } from '../record/sections';
import { sectionOf } from '../record/section-of';
import type { Entry } from '../record/types';
import { appendEvent, type ConsentLogEntry } from './log';
import { grantFor } from './grants';
import { buildSharePayload } from './payload';
import { checkGrant, decideShare } from './model';
import type { GrantEvent, Party } from './events';

const sha512 = (b: Uint8Array) => new Uint8Array(createHash('sha512').update(b).digest());
const at = (s: string) => asIsoDateTime(s);
const childId = asChildId('c1');
const nurse: Party = { name: 'Nurse Patel', role: 'health-visitor', memberId: 'm1', verified: true };

describe('decideShare: the report’s model, one test per branch', () => {
  it('a team member asked for no more than their grant: routine, nothing to ask', () => {
    const d = decideShare({ recipient: { inTeam: true, granted: ['about-me', 'health'] }, sections: ['health'], sensitiveIds: [] });
    expect(d).toEqual({ route: { route: 'routine' }, itemByItem: [], ask: false });
  });

  it('someone beyond the team: case by case, every section asked about', () => {
    const d = decideShare({ recipient: { inTeam: false }, sections: ['about-me', 'support'], sensitiveIds: [] });
    expect(d.route).toEqual({ route: 'case-by-case', why: 'beyond-team', sections: ['about-me', 'support'] });
    expect(d.ask).toBe(true);
  });

  it('a team member with no grant in force: case by case', () => {
    const d = decideShare({ recipient: { inTeam: true, granted: [] }, sections: ['about-me'], sensitiveIds: [] });
    expect(d.route).toEqual({ route: 'case-by-case', why: 'no-grant', sections: ['about-me'] });
  });

  it('a team member asked for more than their grant: case by case for the extra sections only', () => {
    const d = decideShare({ recipient: { inTeam: true, granted: ['about-me'] }, sections: ['about-me', 'health', 'support'], sensitiveIds: [] });
    expect(d.route).toEqual({ route: 'case-by-case', why: 'beyond-grant', sections: ['health', 'support'] });
  });

  it('sensitive entries: item by item, even inside a grant', () => {
    const d = decideShare({ recipient: { inTeam: true, granted: ['health'] }, sections: ['health'], sensitiveIds: [asEntryId('s1'), asEntryId('s1'), asEntryId('s2')] });
    expect(d.route).toEqual({ route: 'routine' });
    expect(d.itemByItem).toEqual(['s1', 's2']);
    expect(d.ask).toBe(true);
  });
});

describe('checkGrant', () => {
  const grant = (sections: string[], until?: string): GrantEvent => ({
    type: 'grant', at: at('2026-05-03T09:00:00.000Z'), childId, to: nurse, sections: sections as ShareableSection[],
    ...(until ? { until: at(until) } : {}),
  });

  it('refuses private notes, an unknown section, an empty grant and an end before the start', () => {
    expect(checkGrant(grant(['health', 'private']))).toEqual({ ok: false, error: 'grant-private' });
    expect(checkGrant(grant(['health', 'diary']))).toEqual({ ok: false, error: 'grant-unknown-section' });
    expect(checkGrant(grant([]))).toEqual({ ok: false, error: 'grant-no-sections' });
    expect(checkGrant(grant(['health'], '2026-05-03T08:00:00.000Z'))).toEqual({ ok: false, error: 'grant-ends-before-start' });
  });

  it('keeps a good grant, in the canonical section order, without duplicates', () => {
    const checked = checkGrant(grant(['support', 'about-me', 'support'], '2026-06-01T09:00:00.000Z'));
    expect(checked.ok && checked.value.sections).toEqual(['about-me', 'support']);
  });
});

describe('a share built from a grant (property)', () => {
  const otherChild = asChildId('c2');
  const arbParty = fc.integer({ min: 0, max: 4 }).map((i): Party => ({ name: `Member ${i}`, memberId: `m${i}`, verified: i % 2 === 0 }));
  const arbGrantStep = fc.record({
    who: arbParty, child: fc.constantFrom(childId, otherChild), revoke: fc.boolean(),
    sections: fc.subarray([...SHAREABLE_SECTIONS], { minLength: 1 }), minute: fc.integer({ min: 0, max: 600 }),
  });

  it('holds exactly the granted non-sensitive entries plus the ticked ones, never a private note, another child or an ungranted section', () => {
    fc.assert(fc.property(
      arbChild(fc.constant(childId)),
      fc.array(arbEntry(fc.constantFrom(childId, otherChild)), { maxLength: 40 }),
      fc.array(arbGrantStep, { maxLength: 12 }),
      arbParty, fc.double({ min: 0, max: 1, noNaN: true }),
      (child, entries, steps, recipient, tickShare) => {
        let log: ConsentLogEntry[] = [];
        const sorted = [...steps].sort((a, b) => a.minute - b.minute);
        for (const step of sorted) {
          const when = at(new Date(Date.UTC(2026, 4, 3, 9, step.minute)).toISOString());
          log = appendEvent(log, step.revoke
            ? { type: 'revoke', at: when, childId: step.child, to: step.who, sections: step.sections }
            : { type: 'grant', at: when, childId: step.child, to: step.who, sections: step.sections }, sha512);
        }
        const now = at('2026-05-03T21:00:00.000Z');
        const granted = grantFor(log, childId, recipient, now)?.sections ?? [];
        const sensitive = entries.filter((e) => e.sensitive);
        const ticked = sensitive.slice(0, Math.floor(sensitive.length * tickShare)).map((e) => e.id);
        const payload = buildSharePayload({ child, entries }, { sections: granted, includeSensitiveIds: ticked });
        const tickedSet = new Set<string>(ticked);
        const expected = entries.filter((e: Entry) => e.childId === childId && e.kind !== 'private-note'
          && (granted as string[]).includes(sectionOf(e)) && (!e.sensitive || tickedSet.has(e.id)));
        expect(payload.entries.map((e) => e.id)).toEqual(expected.map((e) => e.id));
        for (const e of payload.entries) {
          expect((e as Entry).kind).not.toBe('private-note');
          expect(e.childId).toBe(childId);
        }
        // Replaying by hand: the last grant for this member and child, minus later revocations.
        let mine: ShareableSection[] = [];
        for (const step of sorted) {
          if (step.child !== childId || step.who.memberId !== recipient.memberId) continue;
          mine = step.revoke ? mine.filter((s) => !step.sections.includes(s)) : [...step.sections];
        }
        expect([...granted].sort()).toEqual([...mine].sort());
      },
    ), { seed: 12, numRuns: 200 });
  });
});
