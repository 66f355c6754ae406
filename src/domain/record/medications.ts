// Medicines keep an append-only history; the current list is derived, never stored.
import { compareIso, type IsoDate, type IsoDateTime } from './dates';
import type { ChildId } from './ids';
import { fail, ok, type Result } from '../result';
import type { Entry, MedicationChange, MedicationEntry } from './types';

export interface MedicineNow {
  entry: MedicationEntry;
  dose: string;
  frequency: string;
  /** Date of the change that set the current dose. */
  since: IsoDate;
  changedBy: string;
}

/** History lines on or before `at`, oldest first; lines with the same date keep their order. */
function historyUpTo(med: MedicationEntry, at?: IsoDate): MedicationChange[] {
  const lines = at ? med.history.filter((h) => compareIso(h.date, at) <= 0) : [...med.history];
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => compareIso(a.line.date, b.line.date) || a.index - b.index)
    .map((x) => x.line);
}

/** The medicine's state at a date, or undefined if not being taken then. */
export function medicineAt(med: MedicationEntry, at?: IsoDate): MedicineNow | undefined {
  const last = historyUpTo(med, at).at(-1);
  if (!last || last.change === 'stopped') return undefined;
  return { entry: med, dose: last.dose, frequency: last.frequency, since: last.date, changedBy: last.changedBy };
}

/** Medicines being taken (started and not stopped), optionally for one child and as of a date. */
export function currentMedicines(entries: readonly Entry[], options: { childId?: ChildId; at?: IsoDate } = {}): MedicineNow[] {
  const out: MedicineNow[] = [];
  for (const e of entries) {
    if (e.kind !== 'medication') continue;
    if (options.childId && e.childId !== options.childId) continue;
    const now = medicineAt(e, options.at);
    if (now) out.push(now);
  }
  return out.sort((a, b) => a.entry.name.localeCompare(b.entry.name));
}

export type MedicationChangeError = 'not-started' | 'already-started' | 'already-stopped' | 'change-before-last';

/**
 * Adds one line to the history and returns a new entry (the old one is untouched).
 * A medicine must start before it changes; a stopped one may only be started again.
 */
export function appendMedicationChange(
  med: MedicationEntry,
  change: MedicationChange,
  now: IsoDateTime,
): Result<MedicationEntry, MedicationChangeError> {
  const last = historyUpTo(med).at(-1);
  if (last && compareIso(change.date, last.date) < 0) return fail('change-before-last');
  const active = last !== undefined && last.change !== 'stopped';
  if (change.change === 'started' && active) return fail('already-started');
  if (change.change !== 'started' && !last) return fail('not-started');
  if (change.change !== 'started' && !active) return fail('already-stopped');
  return ok({ ...med, history: [...med.history, { ...change }], updatedAt: now });
}
