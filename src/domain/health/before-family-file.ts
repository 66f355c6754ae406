// A calm start for a child added with a past: vaccinations and checks that were already past on
// the day the child was added are a history not yet written in, not missed care.
import { compareIso, todayIn, type IsoDate } from '../record/dates';
import type { Child } from '../record/types';

/** The child as the schedule needs it: the day they were added and the parent's answer about earlier care are optional. */
export type ScheduledChild = Pick<Child, 'id' | 'dob'> & Partial<Pick<Child, 'createdAt' | 'earlierHealth' | 'markedNotDone'>>;

/** The key a past dose or review is marked "not done" by (Child.markedNotDone). */
export const doseItem = (code: string) => `dose:${code}`;
export const reviewItem = (review: string) => `review:${review}`;

/** The local day the child was added to Family File, if known. */
export function addedOn(child: ScheduledChild): IsoDate | undefined {
  return child.createdAt ? todayIn(Date.parse(child.createdAt)) : undefined;
}

/**
 * What a past item with no record is, when it was already past (`pastFrom`) on the day the child
 * was added; undefined (so "overdue") when it was not, or when the parent marked it as not done.
 */
export function beforeFamilyFile(child: ScheduledChild, pastFrom: IsoDate, item?: string): 'not-recorded' | 'done-before' | undefined {
  if (item !== undefined && child.markedNotDone?.includes(item)) return undefined;
  const added = addedOn(child);
  if (!added || compareIso(pastFrom, added) > 0) return undefined;
  return child.earlierHealth === 'all-done' ? 'done-before' : 'not-recorded';
}

