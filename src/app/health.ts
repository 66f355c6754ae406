// Use cases for the Health section: conditions, allergies, medicines (with their history),
// immunisations, growth and health reviews. Each validates with the domain, then saves.
import {
  appendMedicationChange, currentMedicines, healthReviewStatus, immunisationStatus, isCode,
  isoDateTimeFromMs, validateEntryDate, validateText,
  type Allergen, type AllergyEntry, type AllergyReaction, type AllergySeverity, type ConditionEntry, type Entry,
  type EntryKind, type EntryOfKind, type GrowthEntry, type HealthReviewCode, type HealthReviewEntry,
  type ImmunisationEntry, type IsoDate, type MedicationChange, type MedicationEntry,
  EARLIER_HEALTH_ANSWERS, type EarlierHealth, MEASURES, MEASURE_RANGE, type Measure,
} from '../domain/index';
import { checkText, toAsciiDigits, type FormResult } from './passport';
import type { WriterLanguage } from './written-in';
import { deviceToday } from './clock';
import { deleteEntryOfKind, entryOfKind, restoreEntry } from './entries';
import { recordStore, type StoredChild } from './record-store';
import { entryBase, saveEdited } from './entry-base';

const fieldFail = (error: string, field?: string): { ok: false; error: string; field?: string } =>
  field ? { ok: false, error, field } : { ok: false, error };

function checkDate(field: string, input: string, child: StoredChild, now: number): FormResult<IsoDate> {
  const d = validateEntryDate(input, { today: deviceToday(now), dob: child.dob });
  return d.ok ? d : fieldFail(d.error, field);
}

function checkShort(field: string, input: string, required = false): FormResult<string> {
  const v = validateText(input.trim(), { required, maxLength: 200 });
  return v.ok ? v : fieldFail(v.error, field);
}

/** Id, kind and stamps for a new entry, or the existing entry's when editing. */
function baseOf<K extends EntryKind>(kind: K, child: StoredChild, existing: EntryOfKind<K> | undefined, sensitive: boolean, now: number) {
  return {
    ...entryBase(kind, child.id, existing, now),
    ...(sensitive ? { sensitive: true } : {}),
  };
}

async function persist<T extends Entry>(entry: T, now: number, before?: Entry): Promise<FormResult<T>> {
  const saved = await saveEdited(before, entry, now);
  return saved.ok ? saved : fieldFail(saved.error);
}

// ---- Conditions ----
export interface ConditionInput { name: string; diagnosedOn: string; note: string; sensitive: boolean }

export async function saveCondition(child: StoredChild, input: ConditionInput, lang: WriterLanguage, id?: string, now = Date.now()) {
  const before = entryOfKind('condition', id);
  const name = checkText('name', input.name, lang, before?.name, { required: true, maxLength: 500 });
  if (!name.ok) return name;
  const date = input.diagnosedOn ? checkDate('diagnosedOn', input.diagnosedOn, child, now) : undefined;
  if (date && !date.ok) return date;
  const note = checkText('note', input.note, lang, before?.note);
  if (!note.ok) return note;
  return persist<ConditionEntry>({
    ...baseOf('condition', child, before, input.sensitive, now),
    name: name.value!,
    ...(date ? { diagnosedOn: date.value } : {}),
    ...(note.value ? { note: note.value } : {}),
  }, now);
}

// ---- Allergies ----
export interface AllergyInput {
  allergen: Allergen; detail: string; reactions: AllergyReaction[]; severity: AllergySeverity;
  notedOn: string; note: string; sensitive: boolean;
}

export async function saveAllergy(child: StoredChild, input: AllergyInput, lang: WriterLanguage, id?: string, now = Date.now()) {
  const before = entryOfKind('allergy', id);
  if (!isCode('allergen', input.allergen)) return fieldFail('required', 'allergen');
  if (!isCode('allergySeverity', input.severity)) return fieldFail('required', 'severity');
  // "Other" says nothing on its own: the parent must name it.
  const detail = checkText('detail', input.detail, lang, before?.detail, { required: input.allergen === 'other', maxLength: 500 });
  if (!detail.ok) return detail;
  const date = input.notedOn ? checkDate('notedOn', input.notedOn, child, now) : undefined;
  if (date && !date.ok) return date;
  const note = checkText('note', input.note, lang, before?.note);
  if (!note.ok) return note;
  return persist<AllergyEntry>({
    ...baseOf('allergy', child, before, input.sensitive, now),
    allergen: input.allergen,
    reactions: input.reactions.filter((r) => isCode('allergyReaction', r)),
    severity: input.severity,
    ...(detail.value ? { detail: detail.value } : {}),
    ...(date ? { notedOn: date.value } : {}),
    ...(note.value ? { note: note.value } : {}),
  }, now);
}

// ---- Medicines ----
export interface MedicineInput {
  name: string; reason: string; dose: string; frequency: string; startedOn: string; changedBy: string; sensitive: boolean;
}

/** A new medicine starts its history with a "started" line; editing changes only name, reason and the sensitive mark. */
export async function saveMedicine(child: StoredChild, input: MedicineInput, lang: WriterLanguage, id?: string, now = Date.now()) {
  const before = entryOfKind('medication', id);
  const name = checkShort('name', input.name, true);
  if (!name.ok) return name;
  const reason = checkText('reason', input.reason, lang, before?.reason, { maxLength: 2000 });
  if (!reason.ok) return reason;
  let history = before?.history;
  if (!history) {
    const first = checkChange(child, { change: 'started', ...input, date: input.startedOn, note: '' }, lang, now);
    if (!first.ok) return first;
    history = [first.value];
  }
  return persist<MedicationEntry>({
    ...baseOf('medication', child, before, input.sensitive, now),
    name: name.value,
    history,
    ...(reason.value ? { reason: reason.value } : {}),
  }, now, before);
}

export interface ChangeInput {
  change: MedicationChange['change']; date: string; dose: string; frequency: string; changedBy: string; note: string;
}

function checkChange(child: StoredChild, input: ChangeInput, lang: WriterLanguage, now: number): FormResult<MedicationChange> {
  const date = checkDate('date', input.date, child, now);
  if (!date.ok) return date;
  const needsDose = input.change !== 'stopped';
  const dose = checkShort('dose', input.dose, needsDose);
  if (!dose.ok) return dose;
  const frequency = checkShort('frequency', input.frequency, needsDose);
  if (!frequency.ok) return frequency;
  const by = checkShort('changedBy', input.changedBy, true);
  if (!by.ok) return by;
  const note = checkText('note', input.note, lang, undefined, { maxLength: 2000 });
  if (!note.ok) return note;
  return {
    ok: true,
    value: { date: date.value, change: input.change, dose: dose.value, frequency: frequency.value, changedBy: by.value, ...(note.value ? { note: note.value } : {}) },
  };
}

/** Appends one line (dose change, stop or restart) to a medicine's history; nothing is overwritten. */
export async function changeMedicine(child: StoredChild, id: string, input: ChangeInput, lang: WriterLanguage, now = Date.now()) {
  const med = entryOfKind('medication', id);
  if (!med) return fieldFail('not-found');
  const last = med.history.at(-1);
  // A stop keeps the last dose on the line, so the history reads "stopped (was 5 ml twice a day)".
  const filled = input.change === 'stopped' ? { ...input, dose: last?.dose ?? '', frequency: last?.frequency ?? '' } : input;
  const line = checkChange(child, filled, lang, now);
  if (!line.ok) return line;
  const next = appendMedicationChange(med, line.value, isoDateTimeFromMs(now));
  if (!next.ok) return fieldFail(next.error, 'date');
  return persist(next.value, now);
}

// ---- Immunisations ----
export interface ImmunisationInput {
  doseCode: string; givenOn: string; vaccineName: string; batch: string; where: string; note: string; sensitive: boolean;
}

export async function saveImmunisation(child: StoredChild, input: ImmunisationInput, lang: WriterLanguage, id?: string, now = Date.now()) {
  const before = entryOfKind('immunisation', id);
  if (!input.doseCode) return fieldFail('required', 'doseCode');
  const date = checkDate('givenOn', input.givenOn, child, now);
  if (!date.ok) return date;
  const vaccine = checkShort('vaccineName', input.vaccineName, input.doseCode === 'other');
  if (!vaccine.ok) return vaccine;
  const batch = checkShort('batch', input.batch);
  if (!batch.ok) return batch;
  const where = checkShort('where', input.where);
  if (!where.ok) return where;
  const note = checkText('note', input.note, lang, before?.note, { maxLength: 2000 });
  if (!note.ok) return note;
  return persist<ImmunisationEntry>({
    ...baseOf('immunisation', child, before, input.sensitive, now),
    doseCode: input.doseCode,
    givenOn: date.value,
    ...(vaccine.value ? { vaccineName: vaccine.value } : {}),
    ...(batch.value ? { batch: batch.value } : {}),
    ...(where.value ? { where: where.value } : {}),
    ...(note.value ? { note: note.value } : {}),
  }, now);
}

// ---- Growth ----
export { MEASURES, type Measure } from '../domain/index';

export interface GrowthInput { measuredOn: string; weightKg: string; heightCm: string; headCm: string; by: string; sensitive: boolean }

/** "3,25" (Polish), "٣٫٢٥" (Arabic) and "3.25" all read as 3.25; anything else is not a number. */
export function parseMeasure(s: string): number | undefined {
  const t = toAsciiDigits(s.trim()).replace(/[,\u066b]/, '.');
  return /^\d{1,3}(\.\d{1,3})?$/.test(t) ? Number(t) : undefined;
}

export async function saveGrowth(child: StoredChild, input: GrowthInput, _lang: string, id?: string, now = Date.now()) {
  const before = entryOfKind('growth', id);
  const date = checkDate('measuredOn', input.measuredOn, child, now);
  if (!date.ok) return date;
  const values: Partial<Record<Measure, number>> = {};
  for (const m of MEASURES) {
    if (input[m].trim() === '') continue;
    const v = parseMeasure(input[m]);
    const [min, max] = MEASURE_RANGE[m];
    if (v === undefined) return fieldFail('measure-not-number', m);
    if (v < min || v > max) return fieldFail('measure-out-of-range', m);
    values[m] = v;
  }
  if (Object.keys(values).length === 0) return fieldFail('measure-needed', 'weightKg');
  const by = checkShort('by', input.by);
  if (!by.ok) return by;
  return persist<GrowthEntry>({
    ...baseOf('growth', child, before, input.sensitive, now),
    measuredOn: date.value,
    ...values,
    ...(by.value ? { by: by.value } : {}),
  }, now, before);
}

// ---- Health reviews ----
export interface ReviewInput { review: HealthReviewCode; doneOn: string; by: string; outcome: string; sensitive: boolean }

export async function saveReview(child: StoredChild, input: ReviewInput, lang: WriterLanguage, id?: string, now = Date.now()) {
  const before = entryOfKind('health-review', id);
  const date = checkDate('doneOn', input.doneOn, child, now);
  if (!date.ok) return date;
  const by = checkShort('by', input.by);
  if (!by.ok) return by;
  const outcome = checkText('outcome', input.outcome, lang, before?.outcome);
  if (!outcome.ok) return outcome;
  return persist<HealthReviewEntry>({
    ...baseOf('health-review', child, before, input.sensitive, now),
    review: input.review,
    doneOn: date.value,
    ...(by.value ? { by: by.value } : {}),
    ...(outcome.value ? { outcome: outcome.value } : {}),
  }, now);
}

// ---- Reading and deleting ----

/** The kinds the Health screens show, and so the only ones they may delete. */
const HEALTH_KINDS = ['condition', 'allergy', 'medication', 'immunisation', 'growth', 'health-review'] as const;

/** Deletes an entry and hands it back, so the screen can offer Undo. */
export async function deleteEntry(id: string): Promise<FormResult<Entry>> {
  const removed = await deleteEntryOfKind(HEALTH_KINDS, id);
  return removed.ok ? removed : fieldFail(removed.error);
}

export async function undoDelete(entry: Entry): Promise<FormResult<Entry>> {
  const restored = await restoreEntry(entry);
  return restored.ok ? restored : fieldFail(restored.error);
}

const newestFirst = (a: string, b: string) => b.localeCompare(a);

/** The parent's one answer about vaccinations and checks that were past when the child was added. */
export async function setEarlierHealth(child: StoredChild, answer: EarlierHealth, now = Date.now()): Promise<FormResult<StoredChild>> {
  if (!EARLIER_HEALTH_ANSWERS.includes(answer)) return fieldFail('invalid');
  const saved = await recordStore.saveChild({ ...child, earlierHealth: answer, updatedAt: isoDateTimeFromMs(now) });
  return saved.ok ? saved : fieldFail(saved.error);
}

/**
 * Marks one past dose or review (`doseItem(code)`, `reviewItem(review)`) as not done, so it reads
 * "Overdue" again, or takes the mark back.
 */
export async function setMarkedNotDone(child: StoredChild, item: string, notDone: boolean, now = Date.now()): Promise<FormResult<StoredChild>> {
  if (!/^(dose|review):[a-z0-9-]+$/.test(item)) return fieldFail('invalid');
  const others = (child.markedNotDone ?? []).filter((x) => x !== item);
  const markedNotDone = notDone ? [...others, item] : others;
  const next: StoredChild = { ...child, updatedAt: isoDateTimeFromMs(now) };
  if (markedNotDone.length > 0) next.markedNotDone = markedNotDone;
  else delete next.markedNotDone;
  const saved = await recordStore.saveChild(next);
  return saved.ok ? saved : fieldFail(saved.error);
}

/** Everything the Health screens show for one child, worked out for today. */
export function healthOf(child: StoredChild, now = Date.now()) {
  const today = deviceToday(now);
  // A professional's entry the parent hid is not shown (their edited copy, if any, is).
  const all = recordStore.allEntries().filter((e) => e.childId === child.id && !e.hidden);
  const of = <K extends EntryKind>(kind: K) => all.filter((e): e is EntryOfKind<K> => e.kind === kind);
  return {
    today,
    conditions: of('condition').sort((a, b) => newestFirst(a.createdAt, b.createdAt)),
    allergies: of('allergy').sort((a, b) => newestFirst(a.createdAt, b.createdAt)),
    medicines: of('medication').sort((a, b) => a.name.localeCompare(b.name)),
    currentMedicines: currentMedicines(all, { childId: child.id, at: today }),
    immunisations: of('immunisation').sort((a, b) => newestFirst(a.givenOn, b.givenOn)),
    doses: immunisationStatus(child, all, today),
    growth: of('growth').sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.createdAt.localeCompare(b.createdAt)),
    reviewEntries: of('health-review').sort((a, b) => newestFirst(a.doneOn, b.doneOn)),
    reviews: healthReviewStatus(child, all, today),
  };
}
export type HealthView = ReturnType<typeof healthOf>;

export {
  ALLERGENS, ALLERGY_REACTIONS, ALLERGY_SEVERITIES, HEALTH_REVIEWS, SCHEDULES, scheduleIdFor,
} from '../domain/index';
export type {
  Allergen, AllergyEntry, AllergyReaction, AllergySeverity, ConditionEntry, DoseStatus, Entry, GrowthEntry, HealthReviewCode,
  HealthReviewEntry, ImmunisationEntry, MedicationChange, MedicationEntry, ReviewStatus,
} from '../domain/index';
