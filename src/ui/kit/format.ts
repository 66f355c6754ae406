// Dates, times, numbers, sizes and durations in the reader's language: the one place the app
// formats them, so a record never shows "Oct 3, 2025" beside "10 Nov 2026".
// - One style per language: the language's own medium date ("15 Jun 2025" in our British
//   English, "15 cze 2025" in Polish), 24-hour times where the language uses them.
// - Calendar dates (`YYYY-MM-DD`) have no zone and are shown as they are; instants are shown
//   in the device's own time zone.
// - A date that names the weekday ("Friday 3 December") also gives the year when it is not
//   this year, so an expiry a year away never reads as "today".
// - Durations are rounded honestly: 1 h 58 min is "about 2 hours", never "1 hour".
import { activeLanguageCode, t } from '../state/language';

/** The Intl locale for the app's language (pseudo-locales use their base language). */
export function formatLocale(): string {
  const base = activeLanguageCode().split('-')[0]!;
  // The app's English is British English (NHS letters, 24-hour clock).
  return base === 'en' ? 'en-GB' : base;
}

/** The name of a language in the reader's language (e.g. "English", "angielski"); the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([formatLocale()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${formatLocale()}|${name}|${options.timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(formatLocale(), options);
    formatters.set(key, f);
  }
  return f;
}

const calendarMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const instantMs = (instant: number | string) => (typeof instant === 'number' ? instant : Date.parse(instant));
const DAY_MONTH = { day: 'numeric', month: 'long' } as const;

/** A calendar date (`YYYY-MM-DD`), e.g. "15 Jun 2025"; anything else is shown as it came. */
export function formatDate(date: string): string {
  const ms = calendarMs(date);
  return Number.isNaN(ms) ? date : dateTimeFormat('date', { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** A day heading with its weekday, e.g. "Friday 3 December", with the year when it is not this year. */
export function formatDay(date: string, now = Date.now()): string {
  const ms = calendarMs(date);
  if (Number.isNaN(ms)) return date;
  const thisYear = date.slice(0, 4) === String(new Date(now).getFullYear());
  return thisYear
    ? dateTimeFormat('day', { weekday: 'long', ...DAY_MONTH, timeZone: 'UTC' }).format(ms)
    : dateTimeFormat('day-year', { weekday: 'long', ...DAY_MONTH, year: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** The local time of an instant, e.g. 09:30. */
export function formatTime(instant: number | string): string {
  return dateTimeFormat('time', { hour: '2-digit', minute: '2-digit' }).format(instantMs(instant));
}

/** An instant as date and time, e.g. "15 Jun 2025, 09:30". */
export function formatDateTime(instant: number | string): string {
  const ms = instantMs(instant);
  return Number.isNaN(ms) ? String(instant) : dateTimeFormat('date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/**
 * When something ends or happens, with its weekday: "Friday 3 December at 14:30", and the
 * year when it is not this year ("Friday 3 December 2027 at 14:30").
 */
export function formatWhen(instant: number | string, now = Date.now()): string {
  const ms = instantMs(instant);
  if (Number.isNaN(ms)) return String(instant);
  const thisYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  const base = { weekday: 'long', ...DAY_MONTH, hour: '2-digit', minute: '2-digit' } as const;
  return thisYear
    ? dateTimeFormat('when', base).format(ms)
    : dateTimeFormat('when-year', { ...base, year: 'numeric' }).format(ms);
}

/** A number the reader's way (digits, separators), up to `maxFraction` decimals. */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, maxFraction = 2): string {
  // Making an Intl.NumberFormat costs far more than using one: a growth table of 100 rows
  // formats 300 numbers, so each language and precision gets one, kept.
  const key = `${formatLocale()}|${maxFraction}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: maxFraction });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/** A file size, e.g. "340 kB" or "2.5 MB". */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(formatLocale(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** "a, b and c" the reader's way, never by joining translated pieces. */
export function formatList(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(formatLocale(), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How a duration is said: which words and which number. Pure, so the rounding is tested alone. */
export function durationParts(ms: number): { unit: 'lessThanMinute' | 'minutes' | 'aboutHours' | 'aboutDays'; count: number } {
  const left = Math.max(0, ms);
  if (left < MINUTE) return { unit: 'lessThanMinute', count: 0 };
  // Minutes are counted down, never up: "4 minutes" when 4 min 50 s are left.
  if (left < 55 * MINUTE) return { unit: 'minutes', count: Math.floor(left / MINUTE) };
  // From 55 minutes, hours to the nearest one, said as "about": 1 h 58 min is about 2 hours.
  if (left < 36 * HOUR) return { unit: 'aboutHours', count: Math.max(1, Math.round(left / HOUR)) };
  return { unit: 'aboutDays', count: Math.round(left / DAY) };
}

/** A duration in words: "less than a minute", "12 minutes", "about 2 hours", "about 3 days". */
export function formatDuration(ms: number): string {
  const { unit, count } = durationParts(ms);
  return t(`kit:duration.${unit}`, { count });
}
