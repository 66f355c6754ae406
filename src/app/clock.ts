// The one "today" of the app: the calendar day where the user is, from domain's todayIn.
// Screens use it for a date input's default and its `max`; use cases for "not in the future".
import { todayIn, type IsoDate } from '../domain/index';

export { todayIn };

/** Today on this device's calendar (not UTC: a note written at 00:30 in Karachi belongs to today). */
export function deviceToday(now: number | Date = Date.now()): IsoDate {
  return todayIn(typeof now === 'number' ? now : now.getTime());
}
