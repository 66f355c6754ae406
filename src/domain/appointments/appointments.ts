// Appointment lists: clashes and same-day groups (one parent had 11 appointments in four days).
import { compareIso, todayIn, type IsoDate, type IsoDateTime } from '../record/dates';
import type { AppointmentEntry } from '../record/types';

export interface Clash {
  first: AppointmentEntry;
  second: AppointmentEntry;
}

/** Pairs of appointments whose times overlap. One ending as the next starts is not a clash. */
export function findClashes(appointments: readonly AppointmentEntry[]): Clash[] {
  const sorted = [...appointments].sort((a, b) => compareIso(a.start, b.start) || compareIso(a.end, b.end));
  const clashes: Clash[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      // Sorted by start, so once b starts after a ends nothing later can overlap a.
      if (compareIso(b.start, a.end) >= 0) break;
      if (compareIso(a.start, b.end) < 0) clashes.push({ first: a, second: b });
    }
  }
  return clashes;
}

/** The calendar day an instant falls on in a time zone (IANA name; undefined = this device's zone). */
export function localDay(instant: IsoDateTime, timeZone?: string): IsoDate {
  return todayIn(Date.parse(instant), timeZone);
}

export interface AppointmentDay {
  day: IsoDate;
  appointments: AppointmentEntry[];
}

/** Appointments grouped by local day, days in order and each day's appointments by start time. */
export function groupByDay(appointments: readonly AppointmentEntry[], timeZone?: string): AppointmentDay[] {
  const byDay = new Map<string, AppointmentEntry[]>();
  const sorted = [...appointments].sort((a, b) => compareIso(a.start, b.start));
  for (const appt of sorted) {
    const day = localDay(appt.start, timeZone);
    const list = byDay.get(day);
    if (list) list.push(appt);
    else byDay.set(day, [appt]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => compareIso(a, b))
    .map(([day, list]) => ({ day: day as IsoDate, appointments: list }));
}

/** Upcoming (not yet ended, soonest first) and past (most recent first). */
export function splitByTime(appointments: readonly AppointmentEntry[], now: IsoDateTime): {
  upcoming: AppointmentEntry[];
  past: AppointmentEntry[];
} {
  const upcoming = appointments.filter((a) => compareIso(a.end, now) > 0).sort((a, b) => compareIso(a.start, b.start));
  const past = appointments.filter((a) => compareIso(a.end, now) <= 0).sort((a, b) => compareIso(b.start, a.start));
  return { upcoming, past };
}
