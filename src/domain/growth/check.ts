// Checks rows of expected UK-WHO SDS (the shape of the published validation file) against our
// own computation: used by the unit test and by `npm run growth:check -- FILE` for anyone who
// holds more rows. A row that cannot be read is counted, never skipped.
import { ukWhoSds, type GrowthMeasure, type GrowthTables } from './lms';

export const SDS_TOLERANCE = 0.001;

export interface CheckReport {
  rows: number;
  /** Scores (chronological and corrected count apart) further than the tolerance, or a value where none was expected, or none where one was. */
  over: number;
  unreadable: number;
  maxDifference: number;
  /** The first few problems, for a person to look at. */
  examples: string[];
}

const MEASURES: readonly string[] = ['weight', 'height', 'ofc', 'bmi'];
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function checkValidationRows(tables: GrowthTables, rows: unknown): CheckReport {
  const report: CheckReport = { rows: 0, over: 0, unreadable: 0, maxDifference: 0, examples: [] };
  const note = (text: string) => { if (report.examples.length < 10) report.examples.push(text); };
  if (!Array.isArray(rows)) {
    report.unreadable = 1;
    note('the file is not a list of rows');
    return report;
  }
  rows.forEach((row: unknown, index) => {
    report.rows++;
    const r = row as Record<string, unknown> | null;
    const measure = r?.measurement_method;
    const sex = r?.sex;
    if (!r || typeof measure !== 'string' || !MEASURES.includes(measure) || (sex !== 'male' && sex !== 'female') || !num(r.observation_value)) {
      report.unreadable++;
      note(`row ${index}: cannot be read`);
      return;
    }
    for (const which of ['chronological', 'corrected'] as const) {
      const age = r[`${which}_age`];
      const want = r[`${which}_sds`];
      if (!num(age) || (want !== null && !num(want))) {
        report.unreadable++;
        note(`row ${index}: no ${which} age or SDS`);
        continue;
      }
      const got = ukWhoSds(tables, measure as GrowthMeasure, sex, age, r.observation_value);
      if (want === null || got === undefined) {
        if (want !== null || got !== undefined) {
          report.over++;
          note(`row ${index} ${which}: expected ${String(want)}, got ${String(got)}`);
        }
        continue;
      }
      const difference = Math.abs(got - want);
      report.maxDifference = Math.max(report.maxDifference, difference);
      if (difference > SDS_TOLERANCE) {
        report.over++;
        note(`row ${index} ${which} ${measure}: expected ${want}, got ${got.toFixed(6)}`);
      }
    }
  });
  return report;
}
