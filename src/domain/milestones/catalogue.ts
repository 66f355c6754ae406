// The milestone catalogue: codes only. Wording lives in locales/<lng>/record.json as `milestone.<code>`.
// A shipped code NEVER changes or disappears (codes.lock.json pins them); new items get new numbers.
// Sources and band choices: docs/milestones.md.
import { DomainBugError } from '../result';
import type { DevelopmentArea } from '../record/sections';
import type { MilestoneCode } from '../record/types';

/** Age bands after EYFS "Development Matters" (2023), split finer in the first two years. */
export const AGE_BANDS = [
  { code: '0-3', fromMonths: 0, toMonths: 3 },
  { code: '3-6', fromMonths: 3, toMonths: 6 },
  { code: '6-12', fromMonths: 6, toMonths: 12 },
  { code: '12-18', fromMonths: 12, toMonths: 18 },
  { code: '18-24', fromMonths: 18, toMonths: 24 },
  { code: '24-36', fromMonths: 24, toMonths: 36 },
  { code: '36-48', fromMonths: 36, toMonths: 48 },
  { code: '48-60', fromMonths: 48, toMonths: 60 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export type AgeBandCode = AgeBand['code'];

export const MILESTONE_CODES = [
  'cl-0-3-01', 'cl-0-3-02', 'cl-0-3-03', 'cl-0-3-04', 'cl-0-3-05', 'cl-0-3-06', 'cl-0-3-07', 'cl-0-3-08',
  'cl-3-6-01', 'cl-3-6-02', 'cl-3-6-03', 'cl-3-6-04', 'cl-3-6-05', 'cl-3-6-06', 'cl-3-6-07', 'cl-3-6-08',
  'cl-6-12-01', 'cl-6-12-02', 'cl-6-12-03', 'cl-6-12-04', 'cl-6-12-05', 'cl-6-12-06', 'cl-6-12-07', 'cl-6-12-08', 'cl-6-12-09', 'cl-6-12-10',
  'cl-12-18-01', 'cl-12-18-02', 'cl-12-18-03', 'cl-12-18-04', 'cl-12-18-05', 'cl-12-18-06', 'cl-12-18-07', 'cl-12-18-08', 'cl-12-18-09',
  'cl-18-24-01', 'cl-18-24-02', 'cl-18-24-03', 'cl-18-24-04', 'cl-18-24-05', 'cl-18-24-06', 'cl-18-24-07', 'cl-18-24-08', 'cl-18-24-09',
  'cl-24-36-01', 'cl-24-36-02', 'cl-24-36-03', 'cl-24-36-04', 'cl-24-36-05', 'cl-24-36-06', 'cl-24-36-07', 'cl-24-36-08', 'cl-24-36-09', 'cl-24-36-10',
  'cl-36-48-01', 'cl-36-48-02', 'cl-36-48-03', 'cl-36-48-04', 'cl-36-48-05', 'cl-36-48-06', 'cl-36-48-07', 'cl-36-48-08', 'cl-36-48-09',
  'cl-48-60-01', 'cl-48-60-02', 'cl-48-60-03', 'cl-48-60-04', 'cl-48-60-05', 'cl-48-60-06', 'cl-48-60-07', 'cl-48-60-08', 'cl-48-60-09',
  'pd-0-3-01', 'pd-0-3-02', 'pd-0-3-03', 'pd-0-3-04', 'pd-0-3-05', 'pd-0-3-06', 'pd-0-3-07', 'pd-0-3-08',
  'pd-3-6-01', 'pd-3-6-02', 'pd-3-6-03', 'pd-3-6-04', 'pd-3-6-05', 'pd-3-6-06', 'pd-3-6-07', 'pd-3-6-08',
  'pd-6-12-01', 'pd-6-12-02', 'pd-6-12-03', 'pd-6-12-04', 'pd-6-12-05', 'pd-6-12-06', 'pd-6-12-07', 'pd-6-12-08', 'pd-6-12-09',
  'pd-12-18-01', 'pd-12-18-02', 'pd-12-18-03', 'pd-12-18-04', 'pd-12-18-05', 'pd-12-18-06', 'pd-12-18-07', 'pd-12-18-08', 'pd-12-18-09',
  'pd-18-24-01', 'pd-18-24-02', 'pd-18-24-03', 'pd-18-24-04', 'pd-18-24-05', 'pd-18-24-06', 'pd-18-24-07', 'pd-18-24-08', 'pd-18-24-09',
  'pd-24-36-01', 'pd-24-36-02', 'pd-24-36-03', 'pd-24-36-04', 'pd-24-36-05', 'pd-24-36-06', 'pd-24-36-07', 'pd-24-36-08', 'pd-24-36-09', 'pd-24-36-10',
  'pd-36-48-01', 'pd-36-48-02', 'pd-36-48-03', 'pd-36-48-04', 'pd-36-48-05', 'pd-36-48-06', 'pd-36-48-07', 'pd-36-48-08', 'pd-36-48-09', 'pd-36-48-10',
  'pd-48-60-01', 'pd-48-60-02', 'pd-48-60-03', 'pd-48-60-04', 'pd-48-60-05', 'pd-48-60-06', 'pd-48-60-07', 'pd-48-60-08', 'pd-48-60-09',
  'pse-0-3-01', 'pse-0-3-02', 'pse-0-3-03', 'pse-0-3-04', 'pse-0-3-05', 'pse-0-3-06', 'pse-0-3-07', 'pse-0-3-08',
  'pse-3-6-01', 'pse-3-6-02', 'pse-3-6-03', 'pse-3-6-04', 'pse-3-6-05', 'pse-3-6-06', 'pse-3-6-07', 'pse-3-6-08',
  'pse-6-12-01', 'pse-6-12-02', 'pse-6-12-03', 'pse-6-12-04', 'pse-6-12-05', 'pse-6-12-06', 'pse-6-12-07', 'pse-6-12-08', 'pse-6-12-09',
  'pse-12-18-01', 'pse-12-18-02', 'pse-12-18-03', 'pse-12-18-04', 'pse-12-18-05', 'pse-12-18-06', 'pse-12-18-07', 'pse-12-18-08', 'pse-12-18-09',
  'pse-18-24-01', 'pse-18-24-02', 'pse-18-24-03', 'pse-18-24-04', 'pse-18-24-05', 'pse-18-24-06', 'pse-18-24-07', 'pse-18-24-08',
  'pse-24-36-01', 'pse-24-36-02', 'pse-24-36-03', 'pse-24-36-04', 'pse-24-36-05', 'pse-24-36-06', 'pse-24-36-07', 'pse-24-36-08', 'pse-24-36-09',
  'pse-36-48-01', 'pse-36-48-02', 'pse-36-48-03', 'pse-36-48-04', 'pse-36-48-05', 'pse-36-48-06', 'pse-36-48-07', 'pse-36-48-08', 'pse-36-48-09',
  'pse-48-60-01', 'pse-48-60-02', 'pse-48-60-03', 'pse-48-60-04', 'pse-48-60-05', 'pse-48-60-06', 'pse-48-60-07', 'pse-48-60-08', 'pse-48-60-09',
] as const satisfies readonly MilestoneCode[];

export interface MilestoneItem {
  code: MilestoneCode;
  area: DevelopmentArea;
  band: AgeBand;
  /** Order within its band, from the code's last part. */
  order: number;
  /** i18next key in the `record` namespace. */
  labelKey: string;
}

const PREFIX_AREA: Readonly<Record<string, DevelopmentArea>> = { cl: 'communication', pd: 'physical', pse: 'pse' };
const CODE_PATTERN = /^(cl|pd|pse)-(\d+-\d+)-(\d{2})$/;

function parseCode(code: MilestoneCode): MilestoneItem {
  const m = CODE_PATTERN.exec(code);
  const area = m ? PREFIX_AREA[m[1] ?? ''] : undefined;
  const band = m ? AGE_BANDS.find((b) => b.code === m[2]) : undefined;
  if (!m || !area || !band) throw new DomainBugError('parseCode', `malformed milestone code ${code}`);
  return { code, area, band, order: Number(m[3]), labelKey: `milestone.${code}` };
}

export const MILESTONE_CATALOGUE: readonly MilestoneItem[] = Object.freeze(MILESTONE_CODES.map(parseCode));

const BY_CODE = new Map<string, MilestoneItem>(MILESTONE_CATALOGUE.map((item) => [item.code, item]));

export function milestoneByCode(code: string): MilestoneItem | undefined {
  return BY_CODE.get(code);
}

export function milestonesFor(area: DevelopmentArea, band?: AgeBandCode): MilestoneItem[] {
  return MILESTONE_CATALOGUE.filter((m) => m.area === area && (band === undefined || m.band.code === band));
}

/** The band containing an age in months, or undefined from five years on. */
export function bandForAge(months: number): AgeBand | undefined {
  return AGE_BANDS.find((b) => months >= b.fromMonths && months < b.toMonths);
}

