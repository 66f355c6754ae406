import { describe, expect, it } from 'vitest';
import { addMilestoneStep, currentStatus, newMilestoneEntry, OVERDUE_GRACE_MONTHS, progressForArea } from './progress';
import { milestonesFor } from './catalogue';
import { asIsoDate, asIsoDateTime } from '../record/dates';
import { asChildId, asEntryId } from '../record/ids';
import type { Child, MilestoneEntry } from '../record/types';

const now = asIsoDateTime('2025-01-01T00:00:00Z');
const d = asIsoDate;
const childId = asChildId('c1');
// Added to Family File on the day they were born, so everything since is the app's to track.
const child = (dob: string, gestationWeeks?: number): Child => ({ id: childId, name: 'Zain', dob: d(dob), colour: '#123456',
  createdAt: asIsoDateTime(`${dob}T09:00:00.000Z`), updatedAt: now, ...(gestationWeeks ? { gestationWeeks } : {}) });

function record(code: string, ...steps: [MilestoneEntry['history'][number]['status'], string][]): MilestoneEntry {
  const [first, ...rest] = steps;
  const start = newMilestoneEntry({ id: asEntryId(`m-${code}`), childId, code, now }, { status: first![0], date: d(first![1]) });
  if (!start.ok) throw new Error(start.error);
  return rest.reduce((entry, [status, date]) => {
    const r = addMilestoneStep(entry, { status, date: d(date) }, now);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  }, start.value);
}

describe('milestone steps', () => {
  it('moves forward, may skip, may correct back, and keeps the history', () => {
    const m = record('cl-12-18-01', ['emerging', '2024-01-01'], ['achieved', '2024-02-01'], ['developing', '2024-02-02']);
    expect(m.history.map((h) => h.status)).toEqual(['emerging', 'achieved', 'developing']);
    expect(currentStatus(m)).toBe('developing');
    expect(m.area).toBe('communication');
  });

  it('refuses unknown codes, steps back in time and repeated statuses', () => {
    expect(newMilestoneEntry({ id: asEntryId('x'), childId, code: 'cl-1-2-03', now }, { status: 'achieved', date: d('2024-01-01') }))
      .toEqual({ ok: false, error: 'unknown-milestone' });
    const m = record('pd-6-12-01', ['developing', '2024-03-01']);
    expect(addMilestoneStep(m, { status: 'achieved', date: d('2024-02-01') }, now)).toEqual({ ok: false, error: 'step-before-last' });
    expect(addMilestoneStep(m, { status: 'developing', date: d('2024-04-01') }, now)).toEqual({ ok: false, error: 'same-status' });
  });
});

describe('progressForArea', () => {
  it('for a child added at 14 months, lists earlier milestones as not recorded yet, not as overdue', () => {
    const late: Child = { ...child('2025-01-10'), createdAt: asIsoDateTime('2026-03-12T10:00:00.000Z') };
    const p = progressForArea(late, [], 'communication', d('2026-04-01'));
    expect(p.overdue).toEqual([]);
    expect(p.notRecorded.length).toBeGreaterThan(0);
    expect(new Set(p.notRecorded.map((i) => i.band.code))).toEqual(new Set(['0-3', '3-6']));
    // A year later, the 6–12 and 12–18 month items fell behind after the child was added: those are overdue.
    const later = progressForArea(late, [], 'communication', d('2027-04-01'));
    expect(new Set(later.overdue.map((i) => i.band.code))).toEqual(new Set(['6-12', '12-18']));
    expect(later.notRecorded.length).toBe(p.notRecorded.length);
  });


  it('sorts items into achieved, in progress, next and overdue at a given age', () => {
    const c = child('2023-01-10');
    const at = d('2025-01-20'); // 24 months: band 24-36; bands ending at 18 or earlier are overdue (18 + 3 <= 24)
    const entries = [
      record('cl-0-3-01', ['achieved', '2023-03-01']),
      record('cl-12-18-02', ['emerging', '2024-03-01']),
      record('cl-24-36-01', ['developing', '2024-12-01']),
      record('cl-24-36-02', ['achieved', '2025-01-02']),
      record('cl-36-48-02', ['achieved', '2025-01-10']),
      record('cl-48-60-01', ['achieved', '2025-02-10']), // after `at`: ignored
      { ...record('cl-0-3-02', ['achieved', '2023-03-01']), childId: asChildId('other') },
    ];
    const p = progressForArea(c, entries, 'communication', at);
    expect(p.basis).toBe('chronological');
    expect(p.ageMonths).toBe(24);
    expect(p.currentBand?.code).toBe('24-36');
    expect(p.achieved.map((a) => a.item.code).sort()).toEqual(['cl-0-3-01', 'cl-24-36-02', 'cl-36-48-02']);
    expect(p.inProgress.map((x) => [x.item.code, x.status])).toEqual([['cl-12-18-02', 'emerging'], ['cl-24-36-01', 'developing']]);
    expect(p.next.map((i) => i.code)).toEqual(milestonesFor('communication', '24-36').map((i) => i.code).filter((c2) => c2 !== 'cl-24-36-02'));
    const overdueBands = new Set(p.overdue.map((i) => i.band.code));
    expect([...overdueBands]).toEqual(['0-3', '3-6', '6-12', '12-18']);
    expect(p.overdue.some((i) => i.code === 'cl-0-3-01')).toBe(false);
    expect(p.overdue.some((i) => i.code === 'cl-12-18-02')).toBe(true);
    expect(p.overdue.some((i) => i.band.code === '18-24')).toBe(false);
    expect(OVERDUE_GRACE_MONTHS).toBe(3);
  });

  it('judges a premature baby by corrected age before two', () => {
    const preterm = child('2024-03-01', 28); // 12 weeks early
    const at = d('2025-02-01'); // 11 months chronological, 8 months corrected (due 2024-05-24)
    const p = progressForArea(preterm, [], 'physical', at);
    expect(p.basis).toBe('corrected');
    expect(p.ageMonths).toBe(8);
    expect(p.currentBand?.code).toBe('6-12');
    expect(new Set(p.overdue.map((i) => i.band.code))).toEqual(new Set(['0-3']));
    const term = progressForArea(child('2024-03-01'), [], 'physical', at);
    expect(term.ageMonths).toBe(11);
    expect(new Set(term.overdue.map((i) => i.band.code))).toEqual(new Set(['0-3', '3-6']));
  });

  it('after five years nothing is "next" and every unachieved item is overdue', () => {
    const p = progressForArea(child('2019-01-01'), [], 'pse', d('2025-01-01'));
    expect(p.currentBand).toBeUndefined();
    expect(p.next).toEqual([]);
    expect(p.overdue).toHaveLength(milestonesFor('pse').length);
  });
});
