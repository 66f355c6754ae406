import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageBasis, ageBetween, developmentalAge, dueDate, isPremature, weeksEarly } from './age';
import { addDays, addMonths, asIsoDate, dateFromDayNumber, dayNumber } from './dates';

const d = asIsoDate;

describe('ageBetween', () => {
  it.each([
    ['2024-01-15', '2024-01-15', 0, 0, 0],
    ['2024-01-15', '2024-02-14', 30, 4, 0],
    ['2024-01-15', '2024-02-15', 31, 4, 1],
    ['2024-01-31', '2024-02-29', 29, 4, 1],
    ['2023-01-31', '2023-02-27', 27, 3, 0],
    ['2022-03-01', '2025-02-28', 1095, 156, 35],
    ['2020-02-29', '2021-02-28', 365, 52, 12],
  ])('%s to %s', (from, at, days, weeks, months) => {
    expect(ageBetween(d(from), d(at))).toEqual({ days, weeks, months });
  });

  it('months never decrease as the date moves on, and match addMonths', () => {
    fc.assert(fc.property(fc.integer({ min: 18000, max: 21000 }), fc.integer({ min: 0, max: 2000 }), (birth, offset) => {
      const from = dateFromDayNumber(birth);
      const a = ageBetween(from, dateFromDayNumber(birth + offset));
      const b = ageBetween(from, dateFromDayNumber(birth + offset + 1));
      expect(b.months).toBeGreaterThanOrEqual(a.months);
      expect(dayNumber(addMonths(from, a.months))).toBeLessThanOrEqual(birth + offset);
      expect(dayNumber(addMonths(from, a.months + 1))).toBeGreaterThan(birth + offset);
    }), { seed: 7, numRuns: 300 });
  });
});

describe('prematurity', () => {
  const preterm = { dob: d('2024-03-01'), gestationWeeks: 33 };
  const term = { dob: d('2024-03-01'), gestationWeeks: 39 };

  it('born before 37 weeks is premature; unknown gestation counts as term', () => {
    expect(isPremature(preterm)).toBe(true);
    expect(isPremature({ gestationWeeks: 37 })).toBe(false);
    expect(isPremature({ gestationWeeks: 36 })).toBe(true);
    expect(isPremature({})).toBe(false);
    expect(weeksEarly(preterm)).toBe(7);
    expect(dueDate(preterm)).toBe(addDays(preterm.dob, 49));
  });

  it('uses corrected age until the second birthday, then chronological', () => {
    const at6m = d('2024-09-01');
    const age = developmentalAge(preterm, at6m);
    expect(age.basis).toBe('corrected');
    expect(age.correctionWeeks).toBe(7);
    expect(age.chronological.months).toBe(6);
    expect(age.months).toBe(4);
    expect(ageBasis(preterm, d('2026-02-28'))).toBe('corrected');
    expect(ageBasis(preterm, d('2026-03-01'))).toBe('chronological');
    const at2 = developmentalAge(preterm, d('2026-03-01'));
    expect(at2).toMatchObject({ basis: 'chronological', correctionWeeks: 0, months: 24 });
  });

  it('term babies always use chronological age', () => {
    expect(developmentalAge(term, d('2024-09-01'))).toMatchObject({ basis: 'chronological', months: 6 });
  });

  it('before the due date the corrected age is negative days and zero months', () => {
    const age = developmentalAge(preterm, d('2024-03-15'));
    expect(age).toMatchObject({ basis: 'corrected', days: -35, weeks: 0, months: 0 });
  });

  it('corrected age is never more than chronological age', () => {
    fc.assert(fc.property(fc.integer({ min: 23, max: 42 }), fc.integer({ min: 0, max: 1500 }), (gw, offset) => {
      const child = { dob: d('2023-05-10'), gestationWeeks: gw };
      const at = addDays(child.dob, offset);
      const age = developmentalAge(child, at);
      expect(age.days).toBeLessThanOrEqual(age.chronological.days);
      expect(age.chronological.days - age.days).toBe(age.correctionWeeks * 7);
    }), { seed: 11, numRuns: 300 });
  });
});
