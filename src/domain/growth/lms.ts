// UK-WHO standard deviation scores by the LMS method (Cole), written from the published rules:
// choose the reference table by age, interpolate L, M and S between its rows, then
// z = ((X / M)^L − 1) / (L·S), or ln(X / M) / S when L = 0. Pure: no data is stored, every score
// is computed from a measurement, an age, the sex and (for corrected age) the gestation.

export type GrowthMeasure = 'weight' | 'height' | 'ofc' | 'bmi';
export type GrowthSex = 'male' | 'female';
/** [decimal age in years from 40 weeks' gestation, L, M, S] */
export type LmsRow = readonly [number, number, number, number];
export type GrowthTableName = 'uk90_preterm' | 'who_infants' | 'who_children' | 'uk90_child';
export type GrowthTables = Readonly<Record<GrowthTableName, Readonly<Record<GrowthMeasure, Readonly<Record<GrowthSex, readonly LmsRow[]>>>>>>;

export const DAYS_PER_YEAR = 365.25;
/** Two weeks after term (42 weeks), where UK90 preterm hands over to WHO. */
export const TERM_PLUS_TWO_WEEKS = 14 / DAYS_PER_YEAR;
const TWO_YEARS = 2;
const FOUR_YEARS = 4;

/** The table UK-WHO uses at this (decimal) age; at a boundary, the table that starts there. */
export function tableFor(age: number): GrowthTableName {
  if (age < TERM_PLUS_TWO_WEEKS) return 'uk90_preterm';
  if (age < TWO_YEARS) return 'who_infants';
  if (age < FOUR_YEARS) return 'who_children';
  return 'uk90_child';
}

export interface Lms {
  L: number;
  M: number;
  S: number;
}

/** Lagrange's cubic through four points, at x. */
function cubic(xs: readonly number[], ys: readonly number[], x: number): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) {
    let term = ys[i]!;
    for (let j = 0; j < 4; j++) if (j !== i) term *= (x - xs[j]!) / (xs[i]! - xs[j]!);
    sum += term;
  }
  return sum;
}

/**
 * L, M and S at `age` from a table's rows (sorted by age): a row's own values at its age;
 * between rows, cubic over the two rows below and the two above, or a straight line where the
 * table's edge leaves fewer. Undefined outside the table.
 */
export function lmsAt(rows: readonly LmsRow[], age: number): Lms | undefined {
  if (rows.length === 0 || !Number.isFinite(age)) return undefined;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  if (age < first[0] || age > last[0]) return undefined;
  // The last row at or below the age.
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows[mid]![0] <= age) lo = mid;
    else hi = mid - 1;
  }
  const below = rows[lo]!;
  if (below[0] === age || lo === rows.length - 1) return { L: below[1], M: below[2], S: below[3] };
  const above = rows[lo + 1]!;
  const pick = (k: 1 | 2 | 3): number => {
    if (lo >= 1 && lo + 2 < rows.length) {
      const four = [rows[lo - 1]!, below, above, rows[lo + 2]!];
      return cubic(four.map((r) => r[0]), four.map((r) => r[k]), age);
    }
    const t = (age - below[0]) / (above[0] - below[0]);
    return below[k] + t * (above[k] - below[k]);
  };
  return { L: pick(1), M: pick(2), S: pick(3) };
}

/** The SDS of a value X for these L, M, S. */
export function zFromLms(x: number, { L, M, S }: Lms): number {
  if (Math.abs(L) < 1e-12) return Math.log(x / M) / S;
  return ((x / M) ** L - 1) / (L * S);
}

/** The value at SDS z for these L, M, S (for drawing centile lines). */
export function valueAtZ(z: number, { L, M, S }: Lms): number {
  if (Math.abs(L) < 1e-12) return M * Math.exp(S * z);
  return M * (1 + L * S * z) ** (1 / L);
}

/**
 * The UK-WHO SDS of a measurement at a decimal age (years from 40 weeks; negative before term),
 * or undefined where the reference has no value: no length before 25 weeks, no BMI before two
 * weeks after term, nothing past the tables' ends, and no value that is not a positive number.
 */
export function ukWhoSds(tables: GrowthTables, measure: GrowthMeasure, sex: GrowthSex, age: number, value: number): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  if (measure === 'bmi' && age < TERM_PLUS_TWO_WEEKS) return undefined;
  const lms = lmsAt(tables[tableFor(age)][measure][sex], age);
  return lms ? zFromLms(value, lms) : undefined;
}

/** Decimal age in years between two calendar days (YYYY-MM-DD), as UK-WHO counts it. */
export function decimalAge(birth: string, on: string): number {
  return (Date.parse(`${on}T00:00:00Z`) - Date.parse(`${birth}T00:00:00Z`)) / 86_400_000 / DAYS_PER_YEAR;
}

/** Age corrected for gestation: chronological − (280 − gestation days) / 365.25. */
export function correctedDecimalAge(chronological: number, gestationWeeks: number, gestationDays = 0): number {
  return chronological - (280 - (gestationWeeks * 7 + gestationDays)) / DAYS_PER_YEAR;
}

/** Φ(z): the centile (0–100) of an SDS. */
export function centileOf(z: number): number {
  return 50 * erfc(-z / Math.SQRT2);
}

/** erfc, to about 1e-14 (a continued fraction for large x, the series otherwise). */
function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) {
    // erf by its Taylor series: converges quickly for small x.
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // Lentz's continued fraction for erfc at larger x.
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const a = n / 2;
    d = x + a * d;
    d = 1 / d;
    c = x + a / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}
