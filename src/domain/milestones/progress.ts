// Milestone statuses over time, and a per-area progress summary phrased as data for the UI.
import { developmentalAge, type AgeBasis } from '../record/age';
import { compareIso, todayIn, type IsoDate, type IsoDateTime } from '../record/dates';
import type { ChildId, EntryId } from '../record/ids';
import type { DevelopmentArea } from '../record/sections';
import type { Child, Entry, MilestoneEntry, MilestoneStatus, MilestoneStep } from '../record/types';
import { fail, ok, type Result } from '../result';
import { bandForAge, milestoneByCode, milestonesFor, type AgeBand, type MilestoneItem } from './catalogue';

/** Months after a band ends before its unachieved items count as overdue. */
export const OVERDUE_GRACE_MONTHS = 3;

export function currentStatus(entry: MilestoneEntry): MilestoneStatus | undefined {
  return entry.history.at(-1)?.status;
}

export type MilestoneStepError = 'unknown-milestone' | 'step-before-last' | 'same-status';

/** Starts a milestone record with its first step (any status: a child may show it fully at once). */
export function newMilestoneEntry(
  base: { id: EntryId; childId: ChildId; code: string; now: IsoDateTime },
  step: MilestoneStep,
): Result<MilestoneEntry, 'unknown-milestone'> {
  const item = milestoneByCode(base.code);
  if (!item) return fail('unknown-milestone');
  return ok({ id: base.id, kind: 'milestone', childId: base.childId, createdAt: base.now, updatedAt: base.now,
    code: item.code, area: item.area, history: [{ ...step }] });
}

/**
 * Appends a step. Moving forward may skip a status; moving back corrects a mistake. Both stay
 * in the history. Steps must not go back in time, and repeating the current status is refused.
 */
export function addMilestoneStep(entry: MilestoneEntry, step: MilestoneStep, now: IsoDateTime): Result<MilestoneEntry, MilestoneStepError> {
  if (!milestoneByCode(entry.code)) return fail('unknown-milestone');
  const last = entry.history.at(-1);
  if (last && compareIso(step.date, last.date) < 0) return fail('step-before-last');
  if (last && last.status === step.status) return fail('same-status');
  return ok({ ...entry, history: [...entry.history, { ...step }], updatedAt: now });
}

export interface MilestoneInProgress {
  item: MilestoneItem;
  status: Exclude<MilestoneStatus, 'achieved'>;
  since: IsoDate;
}

export interface AreaProgress {
  area: DevelopmentArea;
  basis: AgeBasis;
  /** The (corrected, if applicable) age in completed months the summary was judged at. */
  ageMonths: number;
  /** Undefined from five years on: the catalogue ends there. */
  currentBand?: AgeBand;
  achieved: { item: MilestoneItem; on: IsoDate }[];
  /** Emerging or developing. These may also appear in `next` or `overdue`. */
  inProgress: MilestoneInProgress[];
  /** Items of the current band not yet achieved. */
  next: MilestoneItem[];
  /** Items of bands that ended at least OVERDUE_GRACE_MONTHS ago and are not achieved. */
  overdue: MilestoneItem[];
  /**
   * Items that were already past their band (with the grace) on the day the child was added,
   * with nothing recorded: a history not yet filled in, shown calmly and never as overdue.
   */
  notRecorded: MilestoneItem[];
}

/** Latest milestone entry per code for one child (if a code was recorded twice, the newer wins). */
function latestByCode(entries: readonly Entry[], childId: ChildId): Map<string, MilestoneEntry> {
  const map = new Map<string, MilestoneEntry>();
  for (const e of entries) {
    if (e.kind !== 'milestone' || e.childId !== childId || e.history.length === 0) continue;
    const seen = map.get(e.code);
    if (!seen || compareIso(seen.updatedAt, e.updatedAt) < 0) map.set(e.code, e);
  }
  return map;
}

/** Status of a record as it stood on a date (steps after it are ignored). */
function statusAt(entry: MilestoneEntry, at: IsoDate): MilestoneStep | undefined {
  let found: MilestoneStep | undefined;
  for (const step of entry.history) if (compareIso(step.date, at) <= 0) found = step;
  return found;
}

export function progressForArea(child: Child, entries: readonly Entry[], area: DevelopmentArea, at: IsoDate): AreaProgress {
  const age = developmentalAge(child, at);
  const ageMonths = age.months;
  const currentBand = bandForAge(ageMonths);
  const records = latestByCode(entries, child.id);
  const achieved: AreaProgress['achieved'] = [];
  const inProgress: MilestoneInProgress[] = [];
  const next: MilestoneItem[] = [];
  const overdue: MilestoneItem[] = [];
  const notRecorded: MilestoneItem[] = [];
  // How old the child was, in the same (corrected) months, on the day they were added.
  const added = child.createdAt ? todayIn(Date.parse(child.createdAt)) : undefined;
  const monthsWhenAdded = added && compareIso(added, at) <= 0 ? developmentalAge(child, added).months : undefined;
  for (const item of milestonesFor(area)) {
    const record = records.get(item.code);
    const step = record ? statusAt(record, at) : undefined;
    if (step?.status === 'achieved') {
      achieved.push({ item, on: step.date });
      continue;
    }
    if (step) inProgress.push({ item, status: step.status, since: step.date });
    if (currentBand && item.band.code === currentBand.code) next.push(item);
    else if (item.band.toMonths + OVERDUE_GRACE_MONTHS <= ageMonths) {
      const pastWhenAdded = monthsWhenAdded !== undefined && item.band.toMonths + OVERDUE_GRACE_MONTHS <= monthsWhenAdded;
      (pastWhenAdded && !step ? notRecorded : overdue).push(item);
    }
  }
  const progress: AreaProgress = { area, basis: age.basis, ageMonths, achieved, inProgress, next, overdue, notRecorded };
  if (currentBand) progress.currentBand = currentBand;
  return progress;
}
