// The UK routine childhood immunisation schedule as coded data.
//
// Reflects the NHS/UKHSA routine schedule as we understood it in November 2025, including the
// 2025-26 changes: from 1 July 2025 the second MenB dose moved to 12 weeks, the first PCV dose
// to 16 weeks and the Hib/MenC booster at one year was dropped; from 1 January 2026 a new
// 18-month appointment gives a fourth 6-in-1 dose, and MMRV (MMR plus chickenpox) replaces MMR
// at 12 and 18 months. Children born before 2025 stay on the earlier schedule here. Transition
// cohorts (born mid-2024) had mixed schedules: check the Green Book chapter 11 and the NHS
// vaccinations page before relying on edge cases. The seasonal flu nasal spray (from age 2) is
// not listed because its timing depends on the season, not on age.
import { addDays, addMonths, compareIso, type IsoDate } from '../record/dates';

export interface ScheduledDose {
  /** Stable code stored in ImmunisationEntry.doseCode, e.g. `mmrv-1`. */
  code: string;
  /** Vaccine family, for the label `vaccine.<vaccine>`. */
  vaccine: 'six-in-one' | 'menb' | 'rotavirus' | 'pcv' | 'hib-menc' | 'mmr' | 'mmrv' | 'four-in-one';
  /** Due age from the date of birth (chronological, even for premature babies). */
  due: { weeks: number } | { months: number };
  /** Some vaccines are not given after an upper age (rotavirus). */
  latestWeeks?: number;
}

export type ScheduleId = 'uk-before-2025' | 'uk-2026';

const w = (weeks: number) => ({ weeks });
const m = (months: number) => ({ months });

export const UK_SCHEDULE_BEFORE_2025: readonly ScheduledDose[] = [
  { code: '6in1-1', vaccine: 'six-in-one', due: w(8) },
  { code: 'menb-1', vaccine: 'menb', due: w(8) },
  { code: 'rota-1', vaccine: 'rotavirus', due: w(8), latestWeeks: 15 },
  { code: '6in1-2', vaccine: 'six-in-one', due: w(12) },
  { code: 'pcv-1', vaccine: 'pcv', due: w(12) },
  { code: 'rota-2', vaccine: 'rotavirus', due: w(12), latestWeeks: 24 },
  { code: '6in1-3', vaccine: 'six-in-one', due: w(16) },
  { code: 'menb-2', vaccine: 'menb', due: w(16) },
  { code: 'hib-menc', vaccine: 'hib-menc', due: m(12) },
  { code: 'mmr-1', vaccine: 'mmr', due: m(12) },
  { code: 'pcv-2', vaccine: 'pcv', due: m(12) },
  { code: 'menb-3', vaccine: 'menb', due: m(12) },
  { code: '4in1', vaccine: 'four-in-one', due: m(40) },
  { code: 'mmr-2', vaccine: 'mmr', due: m(40) },
];

export const UK_SCHEDULE_2026: readonly ScheduledDose[] = [
  { code: '6in1-1', vaccine: 'six-in-one', due: w(8) },
  { code: 'menb-1', vaccine: 'menb', due: w(8) },
  { code: 'rota-1', vaccine: 'rotavirus', due: w(8), latestWeeks: 15 },
  { code: '6in1-2', vaccine: 'six-in-one', due: w(12) },
  { code: 'menb-2', vaccine: 'menb', due: w(12) },
  { code: 'rota-2', vaccine: 'rotavirus', due: w(12), latestWeeks: 24 },
  { code: '6in1-3', vaccine: 'six-in-one', due: w(16) },
  { code: 'pcv-1', vaccine: 'pcv', due: w(16) },
  { code: 'mmrv-1', vaccine: 'mmrv', due: m(12) },
  { code: 'pcv-2', vaccine: 'pcv', due: m(12) },
  { code: 'menb-3', vaccine: 'menb', due: m(12) },
  { code: '6in1-4', vaccine: 'six-in-one', due: m(18) },
  { code: 'mmrv-2', vaccine: 'mmrv', due: m(18) },
  { code: '4in1', vaccine: 'four-in-one', due: m(40) },
];

export const SCHEDULES: Readonly<Record<ScheduleId, readonly ScheduledDose[]>> = {
  'uk-before-2025': UK_SCHEDULE_BEFORE_2025,
  'uk-2026': UK_SCHEDULE_2026,
};

/** Every dose code either schedule can produce: the labels the locale files must have. */
export const ALL_DOSE_CODES: readonly string[] = [...new Set([...UK_SCHEDULE_BEFORE_2025, ...UK_SCHEDULE_2026].map((d) => d.code))];
export const ALL_VACCINES: readonly ScheduledDose['vaccine'][] = [
  ...new Set([...UK_SCHEDULE_BEFORE_2025, ...UK_SCHEDULE_2026].map((d) => d.vaccine)),
];

export function scheduleIdFor(dob: IsoDate): ScheduleId {
  return compareIso(dob, '2025-01-01') >= 0 ? 'uk-2026' : 'uk-before-2025';
}

export function dueDateOf(dob: IsoDate, dose: ScheduledDose): IsoDate {
  return 'weeks' in dose.due ? addDays(dob, dose.due.weeks * 7) : addMonths(dob, dose.due.months);
}
