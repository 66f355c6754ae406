// From stored measurements to what the growth page says: each point's age (and corrected age
// where the Red Book uses it), its SDS and centile, where it sits among the nine chart lines, and
// whether weight has moved across two or more centile spaces. Nothing here is stored.
import {
  centileOf, correctedDecimalAge, decimalAge, ukWhoSds, type GrowthMeasure, type GrowthSex, type GrowthTables,
} from './lms';

/** The UK-WHO chart's lines are two thirds of an SD apart: 0.4th, 2nd, 9th, 25th, 50th, 75th, 91st, 98th, 99.6th. */
export const CENTILE_SPACE = 2 / 3;
export const CHART_CENTILES = [0.4, 2, 9, 25, 50, 75, 91, 98, 99.6] as const;
export type ChartCentile = (typeof CHART_CENTILES)[number];
/** A point within a quarter of a space of a line is read as "on" it, as health visitors do. */
const ON_LINE = CENTILE_SPACE / 4;

export type CentilePosition =
  | { kind: 'on'; centile: ChartCentile }
  | { kind: 'between'; lower: ChartCentile; upper: ChartCentile }
  | { kind: 'below'; centile: 0.4 }
  | { kind: 'above'; centile: 99.6 };

/** Where an SDS sits among the chart's nine lines. */
export function centilePosition(z: number): CentilePosition {
  const k = z / CENTILE_SPACE; // line index from −4 (0.4th) to 4 (99.6th)
  const nearest = Math.round(k);
  if (Math.abs(k - nearest) * CENTILE_SPACE <= ON_LINE && nearest >= -4 && nearest <= 4) {
    return { kind: 'on', centile: CHART_CENTILES[nearest + 4]! };
  }
  if (k < -4) return { kind: 'below', centile: 0.4 };
  if (k > 4) return { kind: 'above', centile: 99.6 };
  const lower = Math.floor(k);
  return { kind: 'between', lower: CHART_CENTILES[lower + 4]!, upper: CHART_CENTILES[lower + 5]! };
}

export interface Gestation {
  weeks: number;
  days?: number;
}

/**
 * Whether the Red Book uses corrected age at this chronological age: for babies born before
 * 37 weeks, until 1 year when born at 32–36 weeks, until 2 years when born before 32 weeks.
 */
export function correctedAgeApplies(gestation: Gestation | undefined, chronologicalAge: number): boolean {
  if (!gestation || gestation.weeks >= 37) return false;
  return chronologicalAge < (gestation.weeks < 32 ? 2 : 1);
}

/**
 * SDS past which a measurement is taken to be a typing slip, not a child (the WHO's flags for
 * biologically implausible values): the page asks for a check instead of showing a centile.
 */
const IMPLAUSIBLE: Readonly<Record<GrowthMeasure, [low: number, high: number]>> = {
  weight: [-6, 5], height: [-6, 6], ofc: [-5, 5], bmi: [-5, 5],
};

export function implausibleSds(measure: GrowthMeasure, z: number): boolean {
  const [low, high] = IMPLAUSIBLE[measure];
  return z < low || z > high;
}

export interface GrowthPointInput {
  measure: GrowthMeasure;
  value: number;
  measuredOn: string;
}

export interface ScoredPoint extends GrowthPointInput {
  /** Decimal years since birth. */
  age: number;
  /** Decimal years from the due date, where the Red Book uses it (born before 37 weeks, and young enough). */
  correctedAge?: number;
  /** The SDS the chart uses: at corrected age where that applies; undefined where the reference has none. */
  sds?: number;
  centile?: number;
  position?: CentilePosition;
  /** So far from the reference that it is most likely a slip: no centile is shown, a check is asked for. */
  implausible?: true;
}

/** Scores one measurement for a child of this sex, birth date and gestation. */
export function scorePoint(
  tables: GrowthTables, child: { sex: GrowthSex; dob: string; gestation?: Gestation }, point: GrowthPointInput,
): ScoredPoint {
  const age = decimalAge(child.dob, point.measuredOn);
  const corrected = correctedAgeApplies(child.gestation, age)
    ? correctedDecimalAge(age, child.gestation!.weeks, child.gestation!.days ?? 0)
    : undefined;
  const sds = ukWhoSds(tables, point.measure, child.sex, corrected ?? age, point.value);
  const scored: ScoredPoint = { ...point, age };
  if (corrected !== undefined) scored.correctedAge = corrected;
  if (sds === undefined) return scored;
  if (implausibleSds(point.measure, sds)) return { ...scored, implausible: true };
  return { ...scored, sds, centile: centileOf(sds), position: centilePosition(sds) };
}

/** BMI in kg/m² from a weight and a height taken the same day. */
export function bmiOf(weightKg: number, heightCm: number): number {
  const m = heightCm / 100;
  return weightKg / (m * m);
}

/**
 * Whether weight has moved across two or more centile spaces (4/3 SD) between an earlier point
 * and the latest, counting only points from two weeks after birth (the first days' loss and
 * regain is expected). The page then says so neutrally, and never more.
 */
export function weightCrossedTwoSpaces(points: readonly ScoredPoint[]): boolean {
  const weights = points
    .filter((p) => p.measure === 'weight' && p.sds !== undefined && p.age >= 14 / 365.25)
    .sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const latest = weights[weights.length - 1];
  if (!latest) return false;
  return weights.slice(0, -1).some((p) => Math.abs(latest.sds! - p.sds!) >= 2 * CENTILE_SPACE - 1e-9);
}
