// The growth page's use cases: the child's sex for the chart (asked there only), and every
// measurement scored against UK-WHO with the centile lines to draw. Imported only by the Health
// screen, so the reference tables load with it and never at unlock.
import {
  asChildId, asEntryId, asIsoDate, bmiOf, CHART_CENTILES, decimalAge, isoDateTimeFromMs, parseIsoDate, lmsAt, scorePoint, tableFor, valueAtZ, weightCrossedTwoSpaces,
  type ChildSex, type GrowthMeasure, type GrowthSex, type ScoredPoint,
} from '../domain/index';
import { UK_WHO } from '../domain/growth/uk-who-data';
import type { GrowthEntry, Measure } from './health';
import type { UntrustedEntry } from './receive';
import { recordStore, type StoredChild } from './record-store';
import type { AppResult } from './result';

/** Our stored fields and the reference's measure names. */
const REFERENCE_MEASURE: Readonly<Record<Measure, GrowthMeasure>> = { weightKg: 'weight', heightCm: 'height', headCm: 'ofc' };

export async function setChildSex(child: StoredChild, sex: ChildSex, now = Date.now()): Promise<AppResult<StoredChild>> {
  return recordStore.saveChild({ ...child, sex, updatedAt: isoDateTimeFromMs(now) });
}

export interface CentileLine {
  centile: number;
  /** [age in decimal years (corrected where the chart is), value] */
  points: Array<[number, number]>;
}

export interface MeasureChart {
  /** A stored measure, or BMI worked out from a weight and a height taken the same day. */
  measure: Measure | 'bmi';
  points: ScoredPoint[];
  lines: CentileLine[];
}

export interface GrowthView {
  /** Why there are no centiles, if there are none. */
  noCentiles?: 'sex-not-asked' | 'sex-not-recorded';
  charts: MeasureChart[];
  /** Weight moved across two or more centile spaces: say so, neutrally. */
  biggerWeightChange: boolean;
}

/** Nine centile lines over an age range, sampled every `step` years, table by table. */
function centileLines(measure: GrowthMeasure, sex: GrowthSex, from: number, to: number): CentileLine[] {
  const step = Math.max((to - from) / 60, 1 / 365.25);
  const ages: number[] = [];
  for (let a = from; a < to; a += step) ages.push(a);
  ages.push(to);
  return CHART_CENTILES.map((centile, i) => {
    const z = (2 / 3) * (i - 4);
    const points: Array<[number, number]> = [];
    for (const age of ages) {
      if (measure === 'bmi' && age < 14 / 365.25) continue;
      const lms = lmsAt(UK_WHO[tableFor(age)][measure][sex], age);
      if (lms) points.push([age, valueAtZ(z, lms)]);
    }
    return { centile, points };
  });
}

/** What the chart needs of a child: theirs, or the one a share is about. */
export type ChartedChild = Pick<StoredChild, 'dob' | 'gestationWeeks' | 'sex'>;

/** Every measurement scored, with the lines to draw behind them, for this child. */
export function growthView(child: ChartedChild, entries: readonly GrowthEntry[]): GrowthView {
  const sex = child.sex;
  const known: GrowthSex | undefined = sex === 'male' || sex === 'female' ? sex : undefined;
  const gestation = child.gestationWeeks !== undefined ? { weeks: child.gestationWeeks } : undefined;
  const valueOf = (e: GrowthEntry, measure: Measure | 'bmi'): number | undefined =>
    measure !== 'bmi' ? e[measure] : e.weightKg !== undefined && e.heightCm !== undefined ? bmiOf(e.weightKg, e.heightCm) : undefined;
  const referenceOf = (measure: Measure | 'bmi'): GrowthMeasure => (measure === 'bmi' ? 'bmi' : REFERENCE_MEASURE[measure]);
  // BMI is drawn only with centiles (a bare BMI line tells a parent little).
  const measures = known ? (['weightKg', 'heightCm', 'headCm', 'bmi'] as const) : (['weightKg', 'heightCm', 'headCm'] as const);
  const charts: MeasureChart[] = measures.map((measure) => {
    const points = entries
      .filter((e) => valueOf(e, measure) !== undefined)
      .map((e) => known
        ? scorePoint(UK_WHO, { sex: known, dob: child.dob, gestation }, { measure: referenceOf(measure), value: valueOf(e, measure)!, measuredOn: e.measuredOn })
        : { measure: referenceOf(measure), value: valueOf(e, measure)!, measuredOn: e.measuredOn, age: decimalAge(child.dob, e.measuredOn) });
    let lines: CentileLine[] = [];
    if (known && points.length > 0) {
      const ages = points.map((p) => p.correctedAge ?? p.age);
      // A preterm baby's chart starts at their gestation, as the paper book's preterm section does.
      const start = Math.min(0, ...ages, gestation && gestation.weeks < 37 ? (gestation.weeks * 7 - 280) / 365.25 : 0);
      const end = Math.max(...ages, start + 0.25);
      lines = centileLines(referenceOf(measure), known, start, end * 1.05);
    }
    return { measure, points, lines };
  });
  const weights = charts.find((c) => c.measure === 'weightKg')!.points;
  return {
    ...(known ? {} : { noCentiles: sex === 'not-recorded' ? 'sex-not-recorded' as const : 'sex-not-asked' as const }),
    charts,
    biggerWeightChange: known ? weightCrossedTwoSpaces(weights) : false,
  };
}

const positive = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);

/**
 * The growth chart of a received share: its growth entries, each field checked (they came from
 * another phone), drawn against the same reference as the family's own chart.
 */
export function sharedGrowthView(child: ChartedChild, entries: readonly UntrustedEntry[]): GrowthView | undefined {
  const measurements: GrowthEntry[] = [];
  for (const e of entries) {
    if (e.kind !== 'growth' || typeof e.measuredOn !== 'string' || !parseIsoDate(e.measuredOn).ok) continue;
    const values = { weightKg: positive(e.weightKg), heightCm: positive(e.heightCm), headCm: positive(e.headCm) };
    if (Object.values(values).every((v) => v === undefined)) continue;
    measurements.push({
      id: asEntryId(`shared-${measurements.length}`), childId: asChildId('shared'), kind: 'growth',
      measuredOn: asIsoDate(e.measuredOn), createdAt: STAMP, updatedAt: STAMP,
      ...(values.weightKg !== undefined ? { weightKg: values.weightKg } : {}),
      ...(values.heightCm !== undefined ? { heightCm: values.heightCm } : {}),
      ...(values.headCm !== undefined ? { headCm: values.headCm } : {}),
    });
  }
  if (measurements.length === 0) return undefined;
  measurements.sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  return growthView(child, measurements);
}
const STAMP = isoDateTimeFromMs(0);
