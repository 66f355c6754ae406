import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findClashes, groupByDay, localDay, splitByTime } from './appointments';
import { asIsoDateTime, isoDateTimeFromMs } from '../record/dates';
import { asChildId, asEntryId } from '../record/ids';
import type { AppointmentEntry } from '../record/types';

const t = asIsoDateTime('2025-01-01T00:00:00Z');
function appt(id: string, start: string, end: string): AppointmentEntry {
  return { id: asEntryId(id), kind: 'appointment', childId: asChildId('c'), createdAt: t, updatedAt: t,
    start: asIsoDateTime(start), end: asIsoDateTime(end), who: 'x', where: 'y', reason: 'review' };
}

describe('findClashes', () => {
  it('finds overlaps but not back-to-back appointments', () => {
    const list = [
      appt('a', '2025-03-04T09:00:00Z', '2025-03-04T10:00:00Z'),
      appt('b', '2025-03-04T09:30:00Z', '2025-03-04T11:00:00Z'),
      appt('c', '2025-03-04T11:00:00Z', '2025-03-04T12:00:00Z'),
      appt('d', '2025-03-04T08:00:00Z', '2025-03-04T13:00:00Z'),
    ];
    const pairs = findClashes(list).map((c) => [c.first.id, c.second.id].sort().join('+')).sort();
    expect(pairs).toEqual(['a+b', 'a+d', 'b+d', 'c+d']);
  });

  it('agrees with checking every pair', () => {
    const arbAppt = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 }));
    fc.assert(fc.property(fc.array(arbAppt, { maxLength: 25 }), (spans) => {
      const base = Date.parse('2025-03-04T00:00:00Z');
      const list = spans.map(([s, len], i) => appt(`a${i}`, isoDateTimeFromMs(base + s * 60_000), isoDateTimeFromMs(base + (s + len) * 60_000)));
      let expected = 0;
      for (let i = 0; i < spans.length; i++) for (let j = i + 1; j < spans.length; j++) {
        const [s1, l1] = spans[i]!; const [s2, l2] = spans[j]!;
        if (s1 < s2 + l2 && s2 < s1 + l1) expected += 1;
      }
      expect(findClashes(list)).toHaveLength(expected);
    }), { seed: 5, numRuns: 200 });
  });
});

describe('groupByDay', () => {
  it('groups by the local day in the given time zone', () => {
    const list = [
      appt('late', '2025-06-04T23:30:00Z', '2025-06-04T23:50:00Z'),
      appt('morning', '2025-06-04T08:00:00Z', '2025-06-04T09:00:00Z'),
      appt('next', '2025-06-05T10:00:00Z', '2025-06-05T11:00:00Z'),
    ];
    expect(groupByDay(list, 'UTC').map((g) => [g.day, g.appointments.map((a) => a.id)]))
      .toEqual([['2025-06-04', ['morning', 'late']], ['2025-06-05', ['next']]]);
    // 23:30 UTC is 00:30 next day in London summer time.
    expect(groupByDay(list, 'Europe/London').map((g) => [g.day, g.appointments.map((a) => a.id)]))
      .toEqual([['2025-06-04', ['morning']], ['2025-06-05', ['late', 'next']]]);
    expect(localDay(asIsoDateTime('2025-01-10T23:30:00Z'), 'Asia/Karachi')).toBe('2025-01-11');
  });

  it('splitByTime puts the soonest upcoming first and the latest past first', () => {
    const list = [appt('p1', '2025-01-01T09:00:00Z', '2025-01-01T10:00:00Z'), appt('p2', '2025-01-02T09:00:00Z', '2025-01-02T10:00:00Z'),
      appt('u2', '2025-02-02T09:00:00Z', '2025-02-02T10:00:00Z'), appt('u1', '2025-02-01T09:00:00Z', '2025-02-01T10:00:00Z')];
    const { upcoming, past } = splitByTime(list, asIsoDateTime('2025-01-15T00:00:00Z'));
    expect(upcoming.map((a) => a.id)).toEqual(['u1', 'u2']);
    expect(past.map((a) => a.id)).toEqual(['p2', 'p1']);
  });
});
