import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValidationRows } from './check';
import {
  centileOf, correctedDecimalAge, decimalAge, lmsAt, tableFor, TERM_PLUS_TWO_WEEKS, ukWhoSds, valueAtZ, zFromLms,
  type GrowthMeasure, type GrowthSex,
} from './lms';
import { UK_WHO } from './uk-who-data';

interface ValidationRow {
  birth_date: string;
  observation_date: string;
  gestation_weeks: number;
  gestation_days: number;
  sex: GrowthSex;
  measurement_method: GrowthMeasure;
  observation_value: number;
  chronological_age: number;
  corrected_age: number;
  chronological_sds: number | null;
  corrected_sds: number | null;
}

// 504 made-up children under 5 with the SDS computed by the LMS method's author (see docs/growth.md).
const rows = JSON.parse(readFileSync(new URL('../../../tests/fixtures/growth/validation-under-5.json', import.meta.url), 'utf8')) as ValidationRow[];
const iso = (dmy: string) => dmy.split('/').reverse().join('-');

describe('UK-WHO SDS against the published validation set', () => {
  it('reads all 504 rows, every measure and both sexes', () => {
    expect(rows).toHaveLength(504);
    expect(new Set(rows.map((r) => r.measurement_method))).toEqual(new Set(['weight', 'height', 'ofc', 'bmi']));
    expect(new Set(rows.map((r) => r.sex))).toEqual(new Set(['male', 'female']));
  });

  it('computes the same ages from the dates and the gestation', () => {
    for (const r of rows) {
      const chronological = decimalAge(iso(r.birth_date), iso(r.observation_date));
      expect(chronological).toBeCloseTo(r.chronological_age, 6);
      expect(correctedDecimalAge(chronological, r.gestation_weeks, r.gestation_days)).toBeCloseTo(r.corrected_age, 6);
    }
  });

  for (const which of ['chronological', 'corrected'] as const) {
    it(`agrees within 0.001 SDS on every row at ${which} age, and has no value where the reference has none`, () => {
      let worst = 0;
      let none = 0;
      for (const r of rows) {
        const want = r[`${which}_sds`];
        const got = ukWhoSds(UK_WHO, r.measurement_method, r.sex, r[`${which}_age`], r.observation_value);
        if (want === null) {
          none++;
          expect(got, JSON.stringify(r)).toBeUndefined();
          continue;
        }
        expect(got, JSON.stringify(r)).toBeDefined();
        worst = Math.max(worst, Math.abs(got! - want));
      }
      console.info(`UK-WHO ${which}: worst difference ${worst.toExponential(2)} SDS over ${rows.length - none} rows; ${none} with no reference`);
      expect(worst).toBeLessThanOrEqual(0.001);
    });
  }
});

describe('the checker behind npm run growth:check', () => {
  it('finds every row within the bar, and catches a row that is not', () => {
    const report = checkValidationRows(UK_WHO, rows);
    expect(report).toMatchObject({ rows: 504, over: 0, unreadable: 0 });
    expect(report.maxDifference).toBeLessThanOrEqual(0.001);
    const tampered = rows.map((r, i) => (i === 7 && r.corrected_sds !== null ? { ...r, corrected_sds: r.corrected_sds + 0.002 } : r));
    expect(checkValidationRows(UK_WHO, tampered).over).toBe(1);
    const noneExpected = rows.map((r, i) => (i === 3 ? { ...r, chronological_sds: null } : r));
    expect(checkValidationRows(UK_WHO, noneExpected).over).toBe(1);
    expect(checkValidationRows(UK_WHO, [{ sex: 'male' }]).unreadable).toBe(1);
    expect(checkValidationRows(UK_WHO, { not: 'rows' }).unreadable).toBe(1);
  });
});

describe('the LMS pieces', () => {
  it('switches tables exactly at 42 weeks, 2 years and 4 years, continuously enough', () => {
    for (const [boundary, before, after] of [
      [TERM_PLUS_TWO_WEEKS, 'uk90_preterm', 'who_infants'], [2, 'who_infants', 'who_children'], [4, 'who_children', 'uk90_child'],
    ] as const) {
      expect(tableFor(boundary - 1e-6)).toBe(before);
      expect(tableFor(boundary)).toBe(after);
      // The two references nearly agree where they meet: a 50th-centile weight moves by little.
      const m = (age: number) => lmsAt(UK_WHO[tableFor(age)].weight.female, age)!.M;
      expect(Math.abs(m(boundary) - m(boundary - 1e-6)) / m(boundary)).toBeLessThan(0.05);
    }
  });

  it('scores a baby from 23 weeks, and nothing before', () => {
    const weeks = (w: number) => (w * 7 - 280) / 365.25;
    expect(ukWhoSds(UK_WHO, 'weight', 'male', weeks(23), 0.6)).toBeDefined();
    expect(ukWhoSds(UK_WHO, 'weight', 'male', weeks(22.9), 0.6)).toBeUndefined();
  });

  it('interpolates in a straight line at a table edge, and on a cubic inside', () => {
    const table = UK_WHO.uk90_preterm.weight.male;
    const [a, b] = [table.at(-2)!, table.at(-1)!];
    const mid = lmsAt(table, (a[0] + b[0]) / 2)!;
    expect(mid.M).toBeCloseTo((a[2] + b[2]) / 2, 12);
    const inner = UK_WHO.who_infants.weight.male;
    const [p, q] = [inner[10]!, inner[11]!];
    const cubicMid = lmsAt(inner, (p[0] + q[0]) / 2)!;
    expect(cubicMid.M).not.toBeCloseTo((p[2] + q[2]) / 2, 6);
    expect(cubicMid.M).toBeGreaterThan(Math.min(p[2], q[2]));
    expect(cubicMid.M).toBeLessThan(Math.max(p[2], q[2]));
  });

  it('gives back the measurement from its SDS, across ages, sexes and measures (property)', () => {
    fc.assert(fc.property(
      fc.constantFrom<GrowthMeasure>('weight', 'height', 'ofc', 'bmi'), fc.constantFrom<GrowthSex>('male', 'female'),
      fc.double({ min: 0.04, max: 17.9, noNaN: true }), fc.double({ min: -4, max: 4, noNaN: true }),
      (measure, sex, age, z) => {
        const lms = lmsAt(UK_WHO[tableFor(age)][measure][sex], age);
        if (!lms) return true;
        const x = valueAtZ(z, lms);
        const back = ukWhoSds(UK_WHO, measure, sex, age, x)!;
        return Math.abs(back - z) < 1e-9 && Math.abs(valueAtZ(back, lms) - x) < 1e-9 * x;
      },
    ), { seed: 20261204, numRuns: 2000 });
  });

  it('picks the table that starts at a boundary age', () => {
    expect(tableFor(-0.2)).toBe('uk90_preterm');
    expect(tableFor(TERM_PLUS_TWO_WEEKS - 1e-9)).toBe('uk90_preterm');
    expect(tableFor(TERM_PLUS_TWO_WEEKS)).toBe('who_infants');
    expect(tableFor(1.999)).toBe('who_infants');
    expect(tableFor(2)).toBe('who_children');
    expect(tableFor(4)).toBe('uk90_child');
  });

  it('gives a row its own values, and nothing outside a table', () => {
    const rowsW = UK_WHO.who_infants.weight.male;
    const [age, L, M, S] = rowsW[5]!;
    expect(lmsAt(rowsW, age)).toEqual({ L, M, S });
    expect(lmsAt(rowsW, -0.01)).toBeUndefined();
    expect(lmsAt(rowsW, 2.01)).toBeUndefined();
  });

  it('has no length before 25 weeks, no BMI before 42 weeks, nothing past 20 years and nothing for a non-positive value', () => {
    const weeks = (w: number) => (w * 7 - 280) / 365.25;
    expect(ukWhoSds(UK_WHO, 'height', 'female', weeks(24), 30)).toBeUndefined();
    expect(ukWhoSds(UK_WHO, 'height', 'female', weeks(26), 35)).toBeDefined();
    expect(ukWhoSds(UK_WHO, 'bmi', 'male', 0, 13)).toBeUndefined();
    expect(ukWhoSds(UK_WHO, 'weight', 'male', 21, 70)).toBeUndefined();
    expect(ukWhoSds(UK_WHO, 'weight', 'male', 1, 0)).toBeUndefined();
    expect(ukWhoSds(UK_WHO, 'weight', 'male', 1, Number.NaN)).toBeUndefined();
  });

  it('turns SDS into centiles (the nine chart lines) and back into values', () => {
    expect(centileOf(0)).toBeCloseTo(50, 10);
    expect(centileOf(1)).toBeCloseTo(84.134474606854, 9);
    expect(centileOf(-3)).toBeCloseTo(0.13498980316301, 9);
    expect(centileOf(4)).toBeCloseTo(99.996832875817, 9);
    const lines = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => Math.round(centileOf((2 / 3) * k) * 10) / 10);
    expect(lines).toEqual([0.4, 2.3, 9.1, 25.2, 50, 74.8, 90.9, 97.7, 99.6]);
    const lms = { L: 0.3487, M: 3.3464, S: 0.14602 };
    for (const z of [-2.67, -1, 0, 0.5, 2.67]) expect(zFromLms(valueAtZ(z, lms), lms)).toBeCloseTo(z, 10);
    const log = { L: 0, M: 50, S: 0.03 };
    expect(zFromLms(valueAtZ(1.5, log), log)).toBeCloseTo(1.5, 10);
  });
});
