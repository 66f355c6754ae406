// The one "today" of the app: the calendar day where the user is, from domain's todayIn.
// Screens use it for a date input's default and its `max`; use cases for "not in the future".
import { todayIn, type IsoDate } from '../domain/index';

export { todayIn };

/** Today on this device's calendar (not UTC: a note written at 00:30 in Karachi belongs to today). */
export function deviceToday(now: number | Date = Date.now()): IsoDate {
  return todayIn(typeof now === 'number' ? now : now.getTime());
}

/**
 * The last millisecond of a calendar day on this device (23:59:59.999 local): when a permission
 * "until 15 May" ends for a family in Karachi is their midnight, not UTC's.
 */
export function endOfDeviceDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 23, 59, 59, 999).getTime();
}
