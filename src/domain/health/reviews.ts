// Health and development reviews from the Healthy Child Programme, with their usual windows.
import { addDays, addMonths, compareIso, type IsoDate } from '../record/dates';
import type { Entry, HealthReviewCode } from '../record/types';
import { beforeFamilyFile, reviewItem, type ScheduledChild } from './before-family-file';

export interface ReviewWindow {
  review: HealthReviewCode;
  /** Window from the date of birth: from `start` to `end` inclusive. */
  start: { days: number } | { months: number };
  end: { days: number } | { months: number };
}

// New birth visit 10-14 days; 6-8 weeks; the "1 year" review by about 12 months (offered from 9);
// the 2-2½ year review.
export const HEALTH_REVIEW_WINDOWS: readonly ReviewWindow[] = [
  { review: 'new-birth', start: { days: 10 }, end: { days: 14 } },
  { review: 'six-to-eight-weeks', start: { days: 42 }, end: { days: 56 } },
  { review: 'one-year', start: { months: 9 }, end: { months: 12 } },
  { review: 'two-years', start: { months: 24 }, end: { months: 30 } },
];

/** 'not-recorded' and 'done-before' as for doses (see immunisations.ts): past before the child was added. */
export type ReviewState = 'done' | 'upcoming' | 'due' | 'overdue' | 'not-recorded' | 'done-before';

export interface ReviewStatus {
  review: HealthReviewCode;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  state: ReviewState;
  doneOn?: IsoDate;
}

function offset(dob: IsoDate, o: ReviewWindow['start']): IsoDate {
  return 'days' in o ? addDays(dob, o.days) : addMonths(dob, o.months);
}

export function healthReviewStatus(child: ScheduledChild, entries: readonly Entry[], today: IsoDate): ReviewStatus[] {
  const done = new Map<HealthReviewCode, IsoDate>();
  for (const e of entries) {
    if (e.kind === 'health-review' && e.childId === child.id) {
      const seen = done.get(e.review);
      if (!seen || compareIso(e.doneOn, seen) < 0) done.set(e.review, e.doneOn);
    }
  }
  return HEALTH_REVIEW_WINDOWS.map((w) => {
    const windowStart = offset(child.dob, w.start);
    const windowEnd = offset(child.dob, w.end);
    const doneOn = done.get(w.review);
    if (doneOn) return { review: w.review, windowStart, windowEnd, state: 'done', doneOn };
    const state: ReviewState = compareIso(today, windowStart) < 0 ? 'upcoming' : compareIso(today, windowEnd) <= 0 ? 'due'
      : beforeFamilyFile(child, addDays(windowEnd, 1), reviewItem(w.review)) ?? 'overdue';
    return { review: w.review, windowStart, windowEnd, state };
  });
}
