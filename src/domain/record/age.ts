// Age in months and weeks, and corrected age for babies born before 37 weeks.
import { addDays, addMonths, compareIso, dayNumber, type IsoDate } from './dates';
import type { Child } from './types';

export const TERM_WEEKS = 40;
export const PREMATURE_BEFORE_WEEKS = 37;
/** Corrected age is used until the child's second birthday (chronological age from then on). */
export const CORRECT_UNTIL_MONTHS = 24;

export interface Age {
  /** Signed days; negative only for a corrected age before the due date. */
  days: number;
  /** Completed weeks (0 while days is negative). */
  weeks: number;
  /** Completed calendar months (0 while days is negative). */
  months: number;
}

/** Age from `from` to `at`, in completed days, weeks and calendar months. */
export function ageBetween(from: IsoDate, at: IsoDate): Age {
  const days = dayNumber(at) - dayNumber(from);
  if (days < 0) return { days, weeks: 0, months: 0 };
  const y = Number(at.slice(0, 4)) - Number(from.slice(0, 4));
  let months = y * 12 + Number(at.slice(5, 7)) - Number(from.slice(5, 7));
  // addMonths clamps month ends, so a 31 Jan birthday reaches one month on 28/29 Feb.
  if (compareIso(addMonths(from, months), at) > 0) months -= 1;
  return { days, weeks: Math.floor(days / 7), months: Math.max(0, months) };
}

export function chronologicalAge(child: Pick<Child, 'dob'>, at: IsoDate): Age {
  return ageBetween(child.dob, at);
}

export function isPremature(child: Pick<Child, 'gestationWeeks'>): boolean {
  return child.gestationWeeks !== undefined && child.gestationWeeks < PREMATURE_BEFORE_WEEKS;
}

/** Weeks the child arrived early (0 for a term baby or unknown gestation). */
export function weeksEarly(child: Pick<Child, 'gestationWeeks'>): number {
  return isPremature(child) ? TERM_WEEKS - (child.gestationWeeks ?? TERM_WEEKS) : 0;
}

/** The date the baby was due: the start point for corrected age. */
export function dueDate(child: Pick<Child, 'dob' | 'gestationWeeks'>): IsoDate {
  return addDays(child.dob, weeksEarly(child) * 7);
}

export type AgeBasis = 'corrected' | 'chronological';

export interface DevelopmentalAge extends Age {
  basis: AgeBasis;
  /** Weeks subtracted for prematurity (0 when the basis is chronological). */
  correctionWeeks: number;
  chronological: Age;
}

/** Which age to judge development by: corrected for premature babies before their 2nd birthday. */
export function ageBasis(child: Pick<Child, 'dob' | 'gestationWeeks'>, at: IsoDate): AgeBasis {
  if (!isPremature(child)) return 'chronological';
  return chronologicalAge(child, at).months < CORRECT_UNTIL_MONTHS ? 'corrected' : 'chronological';
}

export function developmentalAge(child: Pick<Child, 'dob' | 'gestationWeeks'>, at: IsoDate): DevelopmentalAge {
  const chronological = chronologicalAge(child, at);
  if (ageBasis(child, at) === 'chronological') {
    return { ...chronological, basis: 'chronological', correctionWeeks: 0, chronological };
  }
  return { ...ageBetween(dueDate(child), at), basis: 'corrected', correctionWeeks: weeksEarly(child), chronological };
}
