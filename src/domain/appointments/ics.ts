// "Add to my calendar": an iCalendar file (RFC 5545) the phone's own calendar imports, with reminders.
import { addDays, type IsoDate, type IsoDateTime } from '../record/dates';
import type { AppointmentEntry } from '../record/types';

export type CalendarTime = { start: IsoDateTime; end: IsoDateTime } | { date: IsoDate };

export interface CalendarEvent {
  uid: string;
  when: CalendarTime;
  summary: string;
  location?: string;
  description?: string;
  /** Reminder offsets as RFC 5545 durations before the start, e.g. `-PT1H`, `-P1D`. */
  alarms?: readonly string[];
}

export const DEFAULT_ALARMS: readonly string[] = ['-P1D', '-PT1H'];
const CRLF = '\r\n';

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is over 75 octets (RFC 5545 §3.1). Continuation lines
 * start with one space. Splits only between code points, so a UTF-8 character is never cut.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** `2025-03-04T09:30:00.000Z` → `20250304T093000Z`. */
function icsUtc(t: IsoDateTime): string {
  return `${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}T${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}Z`;
}

function icsDate(d: IsoDate): string {
  return d.replace(/-/g, '');
}

function eventLines(e: CalendarEvent, now: IsoDateTime): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeIcsText(e.uid)}`, `DTSTAMP:${icsUtc(now)}`];
  if ('date' in e.when) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(e.when.date)}`, `DTEND;VALUE=DATE:${icsDate(addDays(e.when.date, 1))}`);
  } else {
    lines.push(`DTSTART:${icsUtc(e.when.start)}`, `DTEND:${icsUtc(e.when.end)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(e.summary)}`);
  if (e.location) lines.push(`LOCATION:${escapeIcsText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
  for (const trigger of e.alarms ?? DEFAULT_ALARMS) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(e.summary)}`, `TRIGGER:${trigger}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with CRLF line endings, folded lines, and a final CRLF. */
export function toIcs(events: readonly CalendarEvent[], now: IsoDateTime): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Family File//Family File 1//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) lines.push(...eventLines(e, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An appointment as a calendar event. The summary is already translated by the caller. */
export function appointmentToCalendarEvent(appt: AppointmentEntry, summary: string, description?: string): CalendarEvent {
  const event: CalendarEvent = {
    uid: `${appt.id}@family-file`,
    when: { start: appt.start, end: appt.end },
    summary,
    location: appt.where,
  };
  const text = description ?? [appt.who, appt.note?.text].filter(Boolean).join('\n');
  if (text) event.description = text;
  return event;
}

/** A dose or review that is due, as an all-day event on its due date (summary already translated). */
export function dueDateToCalendarEvent(uidPart: string, date: IsoDate, summary: string, description?: string): CalendarEvent {
  const event: CalendarEvent = { uid: `due-${uidPart}@family-file`, when: { date }, summary, alarms: ['-P1D'] };
  if (description) event.description = description;
  return event;
}
