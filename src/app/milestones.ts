// Milestones: a child's steps (emerging → developing → achieved) against the catalogue,
// and per-area progress judged at the child's corrected age while that applies.
import {
  addMilestoneStep, AGE_BANDS, asEntryId, bandForAge, currentStatus, developmentalAge, isoDateTimeFromMs, MILESTONE_STATUSES,
  milestoneByCode, milestonesFor, newMilestoneEntry, progressForArea, validateEntryDate,
  type AgeBand, type AreaProgress, type ChildId, type DevelopmentalAge, type DevelopmentArea,
  type MilestoneEntry, type MilestoneItem, type MilestoneStatus, type MilestoneStep,
} from '../domain/index';
import { deviceToday } from './clock';
import { newId, recordStore, type StoredChild } from './record-store';
import type { AppResult } from './result';

export type { AgeBand, AreaProgress, DevelopmentalAge, MilestoneEntry, MilestoneItem, MilestoneStatus } from '../domain/index';
export { MILESTONE_STATUSES } from '../domain/index';

/** The latest record per milestone code for one child. */
export function milestoneRecords(childId: ChildId): Map<string, MilestoneEntry> {
  const map = new Map<string, MilestoneEntry>();
  for (const e of recordStore.entries('milestone', childId)) {
    const seen = map.get(e.code);
    if (!seen || seen.updatedAt < e.updatedAt) map.set(e.code, e);
  }
  return map;
}

export function statusOf(record: MilestoneEntry | undefined): MilestoneStatus | undefined {
  return record ? currentStatus(record) : undefined;
}

export interface StepInput {
  code: string;
  status: MilestoneStatus;
  date: string;
  observationId?: string;
}

/** Records a step; the history is kept and the last step is the status. */
export async function recordMilestoneStep(childId: ChildId, input: StepInput, now = new Date()): Promise<AppResult<MilestoneEntry>> {
  const child = recordStore.child(childId);
  if (!child) return { ok: false, error: 'not-found' };
  if (!milestoneByCode(input.code)) return { ok: false, error: 'unknown-milestone' };
  if (!MILESTONE_STATUSES.includes(input.status)) return { ok: false, error: 'required' };
  const date = validateEntryDate(input.date, { today: deviceToday(now), dob: child.dob });
  if (!date.ok) return date;
  const step: MilestoneStep = { status: input.status, date: date.value };
  if (input.observationId) {
    const linked = recordStore.entry(input.observationId);
    if (!linked || linked.kind !== 'observation' || linked.childId !== childId) return { ok: false, error: 'not-found' };
    step.observationId = linked.id;
  }
  const stamp = isoDateTimeFromMs(now.getTime());
  const existing = milestoneRecords(childId).get(input.code);
  const next = existing
    ? addMilestoneStep(existing, step, stamp)
    : newMilestoneEntry({ id: asEntryId(newId()), childId, code: input.code, now: stamp }, step);
  if (!next.ok) return next;
  return recordStore.save(next.value, now.getTime());
}

/** Takes back the latest step (a slip of the finger); a record with no steps left is deleted. */
export async function undoLastStep(childId: ChildId, code: string, now = new Date()): Promise<AppResult<MilestoneEntry | undefined>> {
  const existing = milestoneRecords(childId).get(code);
  if (!existing) return { ok: false, error: 'not-found' };
  if (existing.history.length <= 1) {
    const removed = await recordStore.remove(existing.id);
    return removed.ok ? { ok: true, value: undefined } : removed;
  }
  return recordStore.save({ ...existing, history: existing.history.slice(0, -1) }, now.getTime());
}

export interface BandGroup {
  band: AgeBand;
  items: MilestoneItem[];
}

/** The catalogue of one area, band by band, in order. */
export function catalogueByBand(area: DevelopmentArea): BandGroup[] {
  const items = milestonesFor(area);
  return AGE_BANDS.map((band) => ({ band, items: items.filter((i) => i.band.code === band.code) }))
    .filter((g) => g.items.length > 0);
}

/**
 * The catalogue of one area for a picker: the band of the child's (corrected) age today first,
 * flagged `now`, then the other bands in order, so the picker opens on what is likely.
 */
export function catalogueForChild(child: StoredChild, area: DevelopmentArea, now = new Date()): (BandGroup & { now: boolean })[] {
  const band = bandForAge(developmentalAge(child, deviceToday(now)).months);
  const groups = catalogueByBand(area).map((g) => ({ ...g, now: g.band.code === band?.code }));
  return [...groups.filter((g) => g.now), ...groups.filter((g) => !g.now)];
}

export interface ProgressView {
  progress: AreaProgress;
  age: DevelopmentalAge;
}

/** Progress for one area today, with the age it was judged at (corrected for prematurity until 2). */
export function areaProgress(child: StoredChild, area: DevelopmentArea, now = new Date()): ProgressView {
  const today = deviceToday(now);
  return {
    progress: progressForArea(child, recordStore.entries('milestone', child.id), area, today),
    age: developmentalAge(child, today),
  };
}
