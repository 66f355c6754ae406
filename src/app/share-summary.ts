// The health summary a share carries by default: what a professional needs at an appointment,
// small enough that passport plus health still fits one QR code. It only ever leaves things
// out of entries that consent already let through (buildSharePayload), never adds any, and
// keeps every free text it does carry exactly as written, with its language.
import {
  compareIso,
  type AllergyEntry, type ConditionEntry, type GrowthEntry, type HealthReviewEntry, type ImmunisationEntry,
  type MedicationChange, type MedicationEntry, type ShareableEntry,
} from '../domain/index';

/** How much of the health section a share carries: the summary, or every entry with its history. */
export const HEALTH_DETAILS = ['summary', 'full'] as const;
export type HealthDetail = (typeof HEALTH_DETAILS)[number];

type Base<E extends ShareableEntry> = Pick<E, 'id' | 'kind' | 'childId' | 'createdAt' | 'updatedAt' | 'sensitive'>;

// Bookkeeping is kept here (the share body drops it later); ids let the caller log which
// sensitive entries really left.
function base<E extends ShareableEntry>(entry: E): Base<E> {
  const out = { id: entry.id, kind: entry.kind, childId: entry.childId, createdAt: entry.createdAt, updatedAt: entry.updatedAt } as Base<E>;
  if (entry.sensitive !== undefined) out.sensitive = entry.sensitive;
  return out;
}

/** Copies the optional fields that are set, so a summary never carries `undefined` keys. */
function withOptional<T extends object>(target: T, source: T, keys: readonly (keyof T)[]): T {
  for (const key of keys) if (source[key] !== undefined) target[key] = source[key];
  return target;
}

/** The newest line of a medicine's history (same date: the later one written), as the domain orders it. */
function latestChange(med: MedicationEntry): MedicationChange | undefined {
  return med.history
    .map((line, index) => ({ line, index }))
    .sort((a, b) => compareIso(a.line.date, b.line.date) || a.index - b.index)
    .at(-1)?.line;
}

function condition(e: ConditionEntry): ConditionEntry {
  const out: ConditionEntry = { ...base(e), name: e.name };
  return withOptional(out, e, ['diagnosedOn', 'note']);
}

function allergy(e: AllergyEntry): AllergyEntry {
  const out: AllergyEntry = { ...base(e), allergen: e.allergen, reactions: [...e.reactions], severity: e.severity };
  return withOptional(out, e, ['detail']);
}

/** A medicine being taken, with only the line that set its current dose; a stopped one is left out. */
function currentMedicine(e: MedicationEntry): MedicationEntry | undefined {
  const last = latestChange(e);
  if (!last || last.change === 'stopped') return undefined;
  // The line's own note is history; the reader sees dose, frequency, since when and who set it.
  const { date, change, dose, frequency, changedBy } = last;
  return { ...base(e), name: e.name, history: [{ date, change, dose, frequency, changedBy }] };
}

function immunisation(e: ImmunisationEntry): ImmunisationEntry {
  const out: ImmunisationEntry = { ...base(e), doseCode: e.doseCode, givenOn: e.givenOn };
  // A dose outside the schedule is only identified by the vaccine's name.
  if (e.doseCode === 'other' && e.vaccineName !== undefined) out.vaccineName = e.vaccineName;
  return out;
}

function growth(e: GrowthEntry): GrowthEntry {
  const out: GrowthEntry = { ...base(e), measuredOn: e.measuredOn };
  return withOptional(out, e, ['weightKg', 'heightCm', 'headCm']);
}

function review(e: HealthReviewEntry): HealthReviewEntry {
  return { ...base(e), review: e.review, doneOn: e.doneOn };
}

/** The newest measurement; on the same date the one written last. */
function latestGrowth(entries: readonly ShareableEntry[]): GrowthEntry | undefined {
  let latest: GrowthEntry | undefined;
  for (const e of entries) {
    if (e.kind === 'growth' && (!latest || compareIso(e.measuredOn, latest.measuredOn) >= 0)) latest = e;
  }
  return latest;
}

/**
 * Replaces the health entries of a share by their summary: conditions; allergies (coded
 * allergen, reactions and severity, and the parent's detail); current medicines only, each
 * with its current dose line; immunisations as dose code and date; the latest growth
 * measurement; reviews done as code and date. Entries of other sections pass through untouched,
 * in their order.
 */
export function summariseHealth(entries: readonly ShareableEntry[]): ShareableEntry[] {
  const newestGrowth = latestGrowth(entries);
  const out: ShareableEntry[] = [];
  for (const e of entries) {
    switch (e.kind) {
      case 'condition': out.push(condition(e)); break;
      case 'allergy': out.push(allergy(e)); break;
      case 'medication': {
        const current = currentMedicine(e);
        if (current) out.push(current);
        break;
      }
      case 'immunisation': out.push(immunisation(e)); break;
      case 'growth': if (e === newestGrowth) out.push(growth(e)); break;
      case 'health-review': out.push(review(e)); break;
      default: out.push(e);
    }
  }
  return out;
}
