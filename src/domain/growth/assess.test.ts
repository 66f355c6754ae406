import { describe, expect, it } from 'vitest';
import {
  bmiOf, centilePosition, correctedAgeApplies, scorePoint, weightCrossedTwoSpaces, type ScoredPoint,
} from './assess';
import { centileOf, valueAtZ, lmsAt } from './lms';
import { UK_WHO } from './uk-who-data';

describe('where a point sits among the nine lines', () => {
  it('is on a line within a quarter of a space, otherwise between two, or beyond the outer lines', () => {
    expect(centilePosition(0)).toEqual({ kind: 'on', centile: 50 });
    expect(centilePosition(-2 / 3 + 0.16)).toEqual({ kind: 'on', centile: 25 });
    expect(centilePosition(-2 / 3 + 0.2)).toEqual({ kind: 'between', lower: 25, upper: 50 });
    expect(centilePosition(0.45)).toEqual({ kind: 'between', lower: 50, upper: 75 });
    expect(centilePosition(8 / 3)).toEqual({ kind: 'on', centile: 99.6 });
    expect(centilePosition(3.2)).toEqual({ kind: 'above', centile: 99.6 });
    expect(centilePosition(-3.2)).toEqual({ kind: 'below', centile: 0.4 });
  });
});

describe('corrected age, as the Red Book uses it', () => {
  it('applies before 37 weeks: until 1 year from 32 weeks, until 2 years before 32', () => {
    expect(correctedAgeApplies(undefined, 0.5)).toBe(false);
    expect(correctedAgeApplies({ weeks: 37 }, 0.1)).toBe(false);
    expect(correctedAgeApplies({ weeks: 34 }, 0.99)).toBe(true);
    expect(correctedAgeApplies({ weeks: 34 }, 1)).toBe(false);
    expect(correctedAgeApplies({ weeks: 31, days: 6 }, 1.5)).toBe(true);
    expect(correctedAgeApplies({ weeks: 28 }, 2)).toBe(false);
  });

  it('scores a preterm baby at corrected age, and a term baby at chronological age', () => {
    const term = scorePoint(UK_WHO, { sex: 'female', dob: '2024-01-10' }, { measure: 'weight', value: 7.3, measuredOn: '2024-07-10' });
    expect(term.correctedAge).toBeUndefined();
    expect(term.age).toBeCloseTo(182 / 365.25, 10);
    const early = scorePoint(UK_WHO, { sex: 'female', dob: '2024-01-10', gestation: { weeks: 30 } }, { measure: 'weight', value: 6.0, measuredOn: '2024-07-10' });
    expect(early.correctedAge).toBeCloseTo((182 - 70) / 365.25, 10);
    // The same weight scores higher against a younger (corrected) age.
    const asIfTerm = scorePoint(UK_WHO, { sex: 'female', dob: '2024-01-10' }, { measure: 'weight', value: 6.0, measuredOn: '2024-07-10' });
    expect(early.sds!).toBeGreaterThan(asIfTerm.sds! + 1);
    expect(early.centile).toBeCloseTo(centileOf(early.sds!), 12);
  });
});

describe('a bigger change than usual', () => {
  const boy = { sex: 'male' as const, dob: '2024-01-01' };
  /** The weight on a given SDS at a given date, from the reference itself. */
  const weightAt = (date: string, z: number) => {
    const age = (Date.parse(date) - Date.parse(boy.dob)) / 86_400_000 / 365.25;
    return valueAtZ(z, lmsAt(UK_WHO.who_infants.weight.male, age)!);
  };
  const points = (zs: Array<[string, number]>): ScoredPoint[] =>
    zs.map(([date, z]) => scorePoint(UK_WHO, boy, { measure: 'weight', value: weightAt(date, z), measuredOn: date }));

  it('is said when weight has crossed two centile spaces since an earlier point, and not for one space', () => {
    expect(weightCrossedTwoSpaces(points([['2024-02-01', 0], ['2024-04-01', -0.5], ['2024-06-01', -0.6]]))).toBe(false);
    expect(weightCrossedTwoSpaces(points([['2024-02-01', 0.7], ['2024-04-01', 0], ['2024-06-01', -0.7]]))).toBe(true);
    expect(weightCrossedTwoSpaces(points([['2024-02-01', -1.4], ['2024-06-01', 0]]))).toBe(true);
  });

  it('ignores the first two weeks, when babies lose and regain weight', () => {
    expect(weightCrossedTwoSpaces(points([['2024-01-05', 1.5], ['2024-02-01', 0]]))).toBe(false);
  });

  it('asks for a check, not a centile, for an absurd value (a 40 kg one-year-old)', () => {
    const absurd = scorePoint(UK_WHO, boy, { measure: 'weight', value: 40, measuredOn: '2025-01-01' });
    expect(absurd).toMatchObject({ implausible: true });
    expect(absurd.sds).toBeUndefined();
    expect(absurd.centile).toBeUndefined();
    const usual = scorePoint(UK_WHO, boy, { measure: 'weight', value: 9.6, measuredOn: '2025-01-01' });
    expect(usual.implausible).toBeUndefined();
    expect(usual.position).toBeDefined();
  });

  it('works out BMI from weight and height', () => {
    expect(bmiOf(16, 100)).toBeCloseTo(16, 12);
  });
});
