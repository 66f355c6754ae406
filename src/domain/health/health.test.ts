import { describe, expect, it } from 'vitest';
import { immunisationStatus, DUE_GRACE_DAYS } from './immunisations';
import { healthReviewStatus } from './reviews';
import { ALL_DOSE_CODES, scheduleIdFor, UK_SCHEDULE_2026, UK_SCHEDULE_BEFORE_2025 } from './schedule';
import { addDays, asIsoDate, asIsoDateTime } from '../record/dates';
import { asChildId, asEntryId } from '../record/ids';
import type { Entry } from '../record/types';

const now = asIsoDateTime('2025-01-01T00:00:00Z');
const childId = asChildId('c1');
const d = asIsoDate;
const given = (doseCode: string, givenOn: string, child = childId): Entry => ({ id: asEntryId(`i-${doseCode}`), kind: 'immunisation',
  childId: child, createdAt: now, updatedAt: now, doseCode, givenOn: d(givenOn) });

describe('immunisation schedule', () => {
  it('picks the schedule by date of birth', () => {
    expect(scheduleIdFor(d('2024-12-31'))).toBe('uk-before-2025');
    expect(scheduleIdFor(d('2025-01-01'))).toBe('uk-2026');
    expect(UK_SCHEDULE_2026.some((x) => x.code === 'mmrv-2')).toBe(true);
    expect(UK_SCHEDULE_2026.some((x) => x.vaccine === 'hib-menc')).toBe(false);
    expect(UK_SCHEDULE_BEFORE_2025.some((x) => x.code === 'mmr-2')).toBe(true);
    expect(new Set(ALL_DOSE_CODES).size).toBe(ALL_DOSE_CODES.length);
  });

  it('says given, due, overdue, upcoming and window-closed per dose', () => {
    const child = { id: childId, dob: d('2025-02-01') };
    const today = d('2025-05-20'); // 15 weeks 3 days old
    const entries = [given('6in1-1', '2025-03-29'), given('menb-1', '2025-04-26', asChildId('sibling'))];
    const byCode = Object.fromEntries(immunisationStatus(child, entries, today).map((s) => [s.dose.code, s]));
    expect(byCode['6in1-1']).toMatchObject({ state: 'given', givenOn: '2025-03-29', dueDate: '2025-03-29' });
    expect(byCode['rota-1']).toMatchObject({ state: 'window-closed', lastDate: '2025-05-17' });
    expect(byCode['menb-1']).toMatchObject({ state: 'overdue', dueDate: '2025-03-29' });
    expect(byCode['6in1-2']).toMatchObject({ state: 'due', dueDate: '2025-04-26' });
    expect(byCode['6in1-3']).toMatchObject({ state: 'upcoming', dueDate: '2025-05-24' });
    expect(byCode['mmrv-1']).toMatchObject({ state: 'upcoming', dueDate: '2026-02-01' });
    expect(byCode['4in1']?.dueDate).toBe('2028-06-01');
  });

  it('a dose is due for the grace period and overdue the day after', () => {
    const child = { id: childId, dob: d('2025-02-01') };
    const due = d('2026-02-01');
    const at = (day: string) => immunisationStatus(child, [], d(day)).find((s) => s.dose.code === 'pcv-2')?.state;
    expect(at('2026-01-31')).toBe('upcoming');
    expect(at(due)).toBe('due');
    expect(at(addDays(due, DUE_GRACE_DAYS))).toBe('due');
    expect(at(addDays(due, DUE_GRACE_DAYS + 1))).toBe('overdue');
  });
});

describe('health reviews', () => {
  it('gives windows from birth and marks done reviews', () => {
    const child = { id: childId, dob: d('2024-01-15') };
    const entries: Entry[] = [{ id: asEntryId('r1'), kind: 'health-review', childId, createdAt: now, updatedAt: now,
      review: 'new-birth', doneOn: d('2024-01-27') }];
    const s = Object.fromEntries(healthReviewStatus(child, entries, d('2024-11-01')).map((r) => [r.review, r]));
    expect(s['new-birth']).toMatchObject({ state: 'done', doneOn: '2024-01-27', windowStart: '2024-01-25', windowEnd: '2024-01-29' });
    expect(s['six-to-eight-weeks']).toMatchObject({ state: 'overdue', windowStart: '2024-02-26', windowEnd: '2024-03-11' });
    expect(s['one-year']).toMatchObject({ state: 'due', windowStart: '2024-10-15', windowEnd: '2025-01-15' });
    expect(s['two-years']).toMatchObject({ state: 'upcoming', windowStart: '2026-01-15', windowEnd: '2026-07-15' });
  });
});

describe('a calm start for a child added with a past', () => {
  // Born 1 Feb 2025, added to Family File on 1 Apr 2026 (14 months old), looked at on 20 Apr 2026.
  const dob = d('2025-02-01');
  const today = d('2026-04-20');
  const added = asIsoDateTime('2026-04-01T08:00:00.000Z');

  it('says "not recorded yet", never "overdue", for doses and checks already past when the child was added', () => {
    const child = { id: childId, dob, createdAt: added };
    const doses = immunisationStatus(child, [given('6in1-1', '2025-03-29')], today);
    expect(doses.filter((s) => s.state === 'overdue')).toEqual([]);
    expect(doses.find((s) => s.dose.code === '6in1-1')?.state).toBe('given');
    expect(doses.find((s) => s.dose.code === '6in1-2')?.state).toBe('not-recorded');
    const reviews = healthReviewStatus(child, [], today);
    expect(reviews.find((r) => r.review === 'new-birth')?.state).toBe('not-recorded');
    expect(reviews.filter((r) => r.state === 'overdue')).toEqual([]);
  });

  it('keeps "overdue" for what fell due after the child was added', () => {
    // Added as a newborn: everything since is the app's to track.
    const child = { id: childId, dob, createdAt: asIsoDateTime('2025-02-03T09:00:00.000Z') };
    const doses = immunisationStatus(child, [], today);
    expect(doses.find((s) => s.dose.code === '6in1-1')?.state).toBe('overdue');
    expect(doses.some((s) => s.state === 'not-recorded')).toBe(false);
  });

  it('reads "all of them up to now" as done before Family File, and "some" or "not sure" as not recorded', () => {
    const all = immunisationStatus({ id: childId, dob, createdAt: added, earlierHealth: 'all-done' }, [], today);
    expect(all.find((s) => s.dose.code === '6in1-2')?.state).toBe('done-before');
    expect(healthReviewStatus({ id: childId, dob, createdAt: added, earlierHealth: 'all-done' }, [], today)[0]?.state).toBe('done-before');
    for (const answer of ['some', 'not-sure'] as const) {
      const doses = immunisationStatus({ id: childId, dob, createdAt: added, earlierHealth: answer }, [], today);
      expect(doses.find((s) => s.dose.code === '6in1-2')?.state).toBe('not-recorded');
    }
  });

  it('a past item the parent marked as not done reads "overdue" again, and only that one', () => {
    for (const earlierHealth of [undefined, 'all-done', 'some'] as const) {
      const child = { id: childId, dob, createdAt: added, markedNotDone: ['dose:6in1-2', 'review:new-birth'], ...(earlierHealth ? { earlierHealth } : {}) };
      const doses = immunisationStatus(child, [], today);
      expect(doses.find((s) => s.dose.code === '6in1-2')?.state).toBe('overdue');
      expect(doses.find((s) => s.dose.code === '6in1-1')?.state).toBe(earlierHealth === 'all-done' ? 'done-before' : 'not-recorded');
      const reviews = healthReviewStatus(child, [], today);
      expect(reviews.find((r) => r.review === 'new-birth')?.state).toBe('overdue');
    }
  });

  it('counts the day the child was added, however late in that day', () => {
    const child = { id: childId, dob, createdAt: asIsoDateTime('2026-04-01T23:30:00.000Z') };
    expect(immunisationStatus(child, [], today).some((s) => s.state === 'overdue')).toBe(false);
  });
});
