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
