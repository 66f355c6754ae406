// Dates, times and sizes in the reader's language, with the device's own time zone for times.
import { currentLanguage } from '../state/language';

// The app's English is British English (NHS letters, 24-hour clock), so dates and times follow en-GB.
const locale = () => {
  const code = currentLanguage.value?.code ?? 'en';
  return code === 'en' ? 'en-GB' : code;
};

/** A calendar date (`YYYY-MM-DD`), shown without any time-zone shift. */
export function formatDate(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** A day heading: weekday and date. */
export function formatDay(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

/** The local time of an instant, e.g. 09:30. */
export function formatTime(instant: string): string {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(Date.parse(instant));
}

export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(locale(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

