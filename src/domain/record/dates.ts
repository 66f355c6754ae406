// Calendar dates and instants as branded ISO strings: JSON-safe, sortable, and hard to mix up.
import { DomainBugError, fail, ok, type Result } from '../result';

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };
/** An instant in UTC, `YYYY-MM-DDTHH:MM:SS(.sss)Z`. */
export type IsoDateTime = string & { readonly __brand: 'IsoDateTime' };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function parseIsoDate(s: string): Result<IsoDate, 'invalid-date'> {
  const m = DATE_PATTERN.exec(s);
  if (!m) return fail('invalid-date');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2023-02-30 over to March; a round trip catches that.
  if (y < 1900 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    return fail('invalid-date');
  }
  return ok(s as IsoDate);
}

export function parseIsoDateTime(s: string): Result<IsoDateTime, 'invalid-date'> {
  if (!DATETIME_PATTERN.test(s)) return fail('invalid-date');
  const t = Date.parse(s);
  if (Number.isNaN(t)) return fail('invalid-date');
  if (!parseIsoDate(s.slice(0, 10)).ok) return fail('invalid-date');
  return ok(s as IsoDateTime);
}

export function asIsoDate(s: string): IsoDate {
  const r = parseIsoDate(s);
  if (!r.ok) throw new DomainBugError('asIsoDate', `not a calendar date: ${JSON.stringify(s)}`);
  return r.value;
}

export function asIsoDateTime(s: string): IsoDateTime {
  const r = parseIsoDateTime(s);
  if (!r.ok) throw new DomainBugError('asIsoDateTime', `not a UTC instant: ${JSON.stringify(s)}`);
  return r.value;
}

export function isoDateTimeFromMs(ms: number): IsoDateTime {
  if (!Number.isFinite(ms)) throw new DomainBugError('isoDateTimeFromMs', 'time is not finite');
  return new Date(ms).toISOString() as IsoDateTime;
}

export function isoDateFromMs(ms: number): IsoDate {
  return isoDateTimeFromMs(ms).slice(0, 10) as IsoDate;
}

/** Days since 1970-01-01 for a calendar date (UTC based, so no daylight-saving drift). */
export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function dateFromDayNumber(day: number): IsoDate {
  return isoDateFromMs(day * 86_400_000);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return isoDateFromMs(Date.UTC(targetYear, targetMonth, Math.min(d, lastDay)));
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day it is at `nowMs` where the user is: the one "today" of the app.
 * `timeZone` is an IANA name; left out, it is the device's own zone. Never derive a day
 * from `toISOString()`: that is the UTC day, and a parent in Karachi at 00:30 is already
 * on the next one.
 */
export function todayIn(nowMs: number, timeZone?: string): IsoDate {
  if (!Number.isFinite(nowMs)) throw new DomainBugError('todayIn', 'time is not finite');
  // The device's zone is looked up each time: a phone that travels (or a test that sets TZ)
  // changes it while the app runs, and a formatter keeps the zone it was made with.
  const zone = timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  let fmt = dayFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    dayFormatters.set(zone, fmt);
  }
  const parts = fmt.formatToParts(nowMs);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}` as IsoDate;
}
