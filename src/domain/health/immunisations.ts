// Where each scheduled dose stands today: given, upcoming, due, overdue, or too late to give.
import { addDays, compareIso, type IsoDate } from '../record/dates';
import { beforeFamilyFile, doseItem, type ScheduledChild } from './before-family-file';
import type { Entry, ImmunisationEntry } from '../record/types';
import { dueDateOf, SCHEDULES, scheduleIdFor, type ScheduledDose, type ScheduleId } from './schedule';

/** A dose stays "due" this long after its due date before it counts as overdue. */
export const DUE_GRACE_DAYS = 28;

/**
 * 'not-recorded': it fell overdue (or its window closed) before the child was added to Family
 * File, and nothing is written down: a history not yet filled in, not a missed dose.
 * 'done-before': the same, when the parent said everything up to then was done.
 */
export type DoseState = 'given' | 'upcoming' | 'due' | 'overdue' | 'window-closed' | 'not-recorded' | 'done-before';

export interface DoseStatus {
  dose: ScheduledDose;
  dueDate: IsoDate;
  state: DoseState;
  givenOn?: IsoDate;
  /** For vaccines with an upper age: the last day it can be given. */
  lastDate?: IsoDate;
}

export function immunisationStatus(
  child: ScheduledChild,
  given: readonly Entry[],
  today: IsoDate,
  scheduleId: ScheduleId = scheduleIdFor(child.dob),
): DoseStatus[] {
  const givenByCode = new Map<string, ImmunisationEntry>();
  for (const e of given) {
    if (e.kind !== 'immunisation' || e.childId !== child.id) continue;
    const seen = givenByCode.get(e.doseCode);
    if (!seen || compareIso(e.givenOn, seen.givenOn) < 0) givenByCode.set(e.doseCode, e);
  }
  return SCHEDULES[scheduleId].map((dose) => {
    const dueDate = dueDateOf(child.dob, dose);
    const status: DoseStatus = { dose, dueDate, state: 'upcoming' };
    if (dose.latestWeeks !== undefined) status.lastDate = addDays(child.dob, dose.latestWeeks * 7);
    const record = givenByCode.get(dose.code);
    if (record) return { ...status, state: 'given', givenOn: record.givenOn };
    if (status.lastDate && compareIso(today, status.lastDate) > 0) {
      return { ...status, state: beforeFamilyFile(child, addDays(status.lastDate, 1), doseItem(dose.code)) ?? 'window-closed' };
    }
    if (compareIso(today, dueDate) < 0) return status;
    const overdueFrom = addDays(dueDate, DUE_GRACE_DAYS);
    if (compareIso(today, overdueFrom) <= 0) return { ...status, state: 'due' };
    return { ...status, state: beforeFamilyFile(child, addDays(overdueFrom, 1), doseItem(dose.code)) ?? 'overdue' };
  });
}
