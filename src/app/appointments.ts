// Appointment use cases: add and edit in local time, list by day with clashes, and calendar files.
import {
  addDays, appointmentToCalendarEvent, compareIso, dueDateToCalendarEvent, findClashes, groupByDay,
  healthReviewStatus, immunisationStatus, isCode, isoDateTimeFromMs, parseIsoDate, splitByTime, toIcs,
  validateText, type AppointmentDay, type AppointmentEntry, type ChildId, type Entry, type EntryId, type HealthReviewCode,
  type IsoDate, type IsoDateTime,
} from '../domain/index';
import { recordStore, type StoredChild } from './record-store';
import { entryBase } from './entry-base';
import { deleteEntryOfKind, restoreEntry } from './entries';
import type { AppResult } from './result';
import type { FormResult } from './support';
import { languageOf, writerLanguage } from './written-in';

/** The appointment form as typed: a local date and two local times, `HH:MM`. */
export interface AppointmentForm {
  date: string;
  startTime: string;
  endTime: string;
  who: string;
  where: string;
  reason: string;
  note: string;
  sensitive: boolean;
  lang: string;
  /** "Language of what you wrote": empty (or absent) is found from the writing. */
  writtenIn?: string;
}

export function emptyAppointmentForm(lang: string): AppointmentForm {
  return { date: '', startTime: '', endTime: '', who: '', where: '', reason: '', note: '', sensitive: false, lang };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date and time of an instant, as the form's inputs want them. */
export function localParts(instant: IsoDateTime): { date: string; time: string } {
  const d = new Date(instant);
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

export function appointmentToForm(a: AppointmentEntry, lang: string): AppointmentForm {
  const start = localParts(a.start);
  return {
    date: start.date, startTime: start.time, endTime: localParts(a.end).time, who: a.who, where: a.where,
    reason: a.reason, note: a.note?.text ?? '', sensitive: a.sensitive === true, lang: a.note?.lang ?? lang,
  };
}

/** A local date and time on this device as a UTC instant. */
export function localInstant(date: IsoDate, time: string): FormResult<IsoDateTime> {
  const m = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return { ok: false, error: 'invalid-time' };
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return { ok: true, value: isoDateTimeFromMs(new Date(y, mo - 1, d, Number(m[1]), Number(m[2])).getTime()) };
}

type Fields = Pick<AppointmentEntry, 'start' | 'end' | 'who' | 'where' | 'reason' | 'note'>;

export function validateAppointmentForm(form: AppointmentForm, dob: IsoDate): FormResult<Fields> {
  const date = parseIsoDate(form.date.trim());
  if (!date.ok) return { ok: false, error: form.date.trim() ? date.error : 'required', field: 'date' };
  // Appointments may be in the future, but never before the child was born.
  if (compareIso(date.value, dob) < 0) return { ok: false, error: 'date-before-birth', field: 'date' };
  if (!form.startTime.trim()) return { ok: false, error: 'required', field: 'startTime' };
  const start = localInstant(date.value, form.startTime);
  if (!start.ok) return { ...start, field: 'startTime' };
  if (!form.endTime.trim()) return { ok: false, error: 'required', field: 'endTime' };
  const end = localInstant(date.value, form.endTime);
  if (!end.ok) return { ...end, field: 'endTime' };
  if (compareIso(end.value, start.value) <= 0) return { ok: false, error: 'end-before-start', field: 'endTime' };
  if (!isCode('appointmentReason', form.reason)) return { ok: false, error: 'required', field: 'reason' };
  const who = validateText(form.who.trim(), { maxLength: 200 });
  if (!who.ok) return { ok: false, error: who.error, field: 'who' };
  const where = validateText(form.where.trim(), { maxLength: 200 });
  if (!where.ok) return { ok: false, error: where.error, field: 'where' };
  const note = validateText(form.note);
  if (!note.ok) return { ok: false, error: note.error, field: 'note' };
  const fields: Fields = { start: start.value, end: end.value, who: who.value, where: where.value, reason: form.reason };
  if (note.value.trim()) fields.note = { text: note.value, lang: languageOf(note.value, writerLanguage(form.writtenIn, form.lang)) };
  return { ok: true, value: fields };
}

export async function saveAppointment(childId: ChildId, form: AppointmentForm, id?: EntryId, now = Date.now()): Promise<FormResult<AppointmentEntry>> {
  const child = recordStore.child(childId);
  if (!child) return { ok: false, error: 'not-found' };
  const checked = validateAppointmentForm(form, child.dob);
  if (!checked.ok) return checked;
  const before = id ? recordStore.entry<AppointmentEntry>(id) : undefined;
  if (id && before?.kind !== 'appointment') return { ok: false, error: 'not-found' };
  const entry: AppointmentEntry = {
    ...entryBase('appointment', childId, before, now),
    ...checked.value,
    ...(before?.serviceId ? { serviceId: before.serviceId } : {}),
    ...(form.sensitive ? { sensitive: true } : {}),
  };
  return recordStore.save(entry, now);
}

export function deleteAppointment(id: EntryId): Promise<AppResult<AppointmentEntry>> {
  return deleteEntryOfKind('appointment', id);
}

export function restoreAppointment(entry: AppointmentEntry): Promise<AppResult<AppointmentEntry>> {
  return restoreEntry(entry);
}

export interface AppointmentOverview {
  upcoming: AppointmentDay[];
  past: AppointmentDay[];
  /** For each upcoming appointment of this child, the ones it overlaps (a sibling's too: one parent, one place at a time). */
  clashes: Map<EntryId, AppointmentEntry[]>;
}

export function appointmentOverview(childId: ChildId, now = Date.now(), timeZone?: string): AppointmentOverview {
  const all = recordStore.entries('appointment');
  const mine = all.filter((a) => a.childId === childId);
  const { upcoming, past } = splitByTime(mine, isoDateTimeFromMs(now));
  const clashes = new Map<EntryId, AppointmentEntry[]>();
  const upcomingIds = new Set(upcoming.map((a) => a.id));
  const note = (a: AppointmentEntry, other: AppointmentEntry) => {
    if (!upcomingIds.has(a.id)) return;
    clashes.set(a.id, [...(clashes.get(a.id) ?? []), other]);
  };
  for (const { first, second } of findClashes(all.filter((a) => compareIso(a.end, isoDateTimeFromMs(now)) > 0))) {
    note(first, second);
    note(second, first);
  }
  // Past days read newest first, like the rest of the record.
  return { upcoming: groupByDay(upcoming, timeZone), past: groupByDay(past, timeZone).reverse(), clashes };
}

/** A calendar file for some appointments; `summaryOf` gives each one's translated title. */
export function appointmentsIcs(list: readonly AppointmentEntry[], summaryOf: (a: AppointmentEntry) => string, now = Date.now()): string {
  return toIcs(list.map((a) => appointmentToCalendarEvent(a, summaryOf(a))), isoDateTimeFromMs(now));
}

// ---- Due immunisations and health reviews ----

export interface DueItem {
  /** Stable per child and item, so importing twice updates the same calendar event. */
  key: string;
  what: { kind: 'dose'; code: string } | { kind: 'review'; code: HealthReviewCode };
  state: 'upcoming' | 'due' | 'overdue';
  /** Due date of a dose, or the first day of a review's window. */
  dueDate: IsoDate;
  /** The day the calendar reminds about: the due date, or tomorrow if that has passed (a nudge to book it). */
  calendarDate: IsoDate;
}

/** Doses and reviews that are overdue, due now, or due within `horizonDays`, soonest first. */
export function dueSoon(child: StoredChild, entries: readonly Entry[], today: IsoDate, horizonDays = 60): DueItem[] {
  const horizon = addDays(today, horizonDays);
  const tomorrow = addDays(today, 1);
  const when = (d: IsoDate) => (compareIso(d, today) > 0 ? d : tomorrow);
  const out: DueItem[] = [];
  for (const s of immunisationStatus(child, entries, today)) {
    if (s.state !== 'upcoming' && s.state !== 'due' && s.state !== 'overdue') continue;
    if (s.state === 'upcoming' && compareIso(s.dueDate, horizon) > 0) continue;
    out.push({ key: `${child.id}-dose-${s.dose.code}`, what: { kind: 'dose', code: s.dose.code }, state: s.state, dueDate: s.dueDate, calendarDate: when(s.dueDate) });
  }
  for (const r of healthReviewStatus(child, entries, today)) {
    if (r.state !== 'upcoming' && r.state !== 'due' && r.state !== 'overdue') continue;
    if (r.state === 'upcoming' && compareIso(r.windowStart, horizon) > 0) continue;
    out.push({ key: `${child.id}-review-${r.review}`, what: { kind: 'review', code: r.review }, state: r.state, dueDate: r.windowStart, calendarDate: when(r.windowStart) });
  }
  return out.sort((a, b) => compareIso(a.dueDate, b.dueDate));
}

/** Due items for one child from the store, as of today. */
export function dueSoonFor(child: StoredChild, now = Date.now()): DueItem[] {
  const entries: Entry[] = [...recordStore.entries('immunisation', child.id), ...recordStore.entries('health-review', child.id)];
  return dueSoon(child, entries, localParts(isoDateTimeFromMs(now)).date as IsoDate);
}

export function dueItemIcs(item: DueItem, summary: string, description: string | undefined, now = Date.now()): string {
  return toIcs([dueDateToCalendarEvent(item.key, item.calendarDate, summary, description)], isoDateTimeFromMs(now));
}
