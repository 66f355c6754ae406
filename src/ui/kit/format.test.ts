import { beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, findLanguage, initI18n } from '../../i18n';
import { currentLanguage } from '../state/language';
import { durationParts, formatDate, formatDay, formatDuration, formatList, formatNumber, formatWhen } from './format';

async function use(code: string) {
  await changeLanguage(code, 'all');
  currentLanguage.value = findLanguage(code);
}

const MIN = 60_000;
const HOUR = 60 * MIN;

beforeAll(async () => {
  await initI18n();
});

describe('one date style per language', () => {
  it('English is British: day, short month, year, on every screen', async () => {
    await use('en');
    expect(formatDate('2025-06-15')).toBe('15 Jun 2025');
    expect(formatDate('2025-10-03')).toBe('3 Oct 2025');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('Polish, Arabic and Urdu use their own medium date', async () => {
    await use('pl');
    expect(formatDate('2025-06-15')).toBe(new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 5, 15)));
    await use('ar');
    expect(formatDate('2025-06-15')).toBe(new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 5, 15)));
    await use('ur');
    expect(formatNumber(1234.5)).toBe(new Intl.NumberFormat('ur').format(1234.5));
  });

  it('a weekday date gives the year only when it is not this year', async () => {
    await use('en');
    const now = Date.UTC(2026, 11, 3, 12);
    expect(formatDay('2026-12-04', now)).toMatch(/^Friday,? 4 December$/);
    expect(formatDay('2027-12-03', now)).toMatch(/^Friday,? 3 December 2027$/);
    // A contact card that works for a year says which year.
    expect(formatWhen(Date.UTC(2027, 11, 3, 12), now)).toContain('2027');
    expect(formatWhen(Date.UTC(2026, 11, 5, 12), now)).not.toContain('2026');
  });

  it('lists are joined the reader\'s way', async () => {
    await use('en');
    expect(formatList(['Health', 'About me', 'Journal'])).toBe('Health, About me and Journal');
  });
});

describe('honest durations', () => {
  it.each([
    [0, 'lessThanMinute', 0],
    [59_000, 'lessThanMinute', 0],
    [4 * MIN + 50_000, 'minutes', 4],
    [54 * MIN, 'minutes', 54],
    [55 * MIN, 'aboutHours', 1],
    [HOUR + 58 * MIN, 'aboutHours', 2],
    [HOUR + 20 * MIN, 'aboutHours', 1],
    [23 * HOUR + 50 * MIN, 'aboutHours', 24],
    [36 * HOUR, 'aboutDays', 2],
    [7 * 24 * HOUR - MIN, 'aboutDays', 7],
    [-5, 'lessThanMinute', 0],
  ])('%d ms → %s %d', (ms, unit, count) => {
    expect(durationParts(ms)).toEqual({ unit, count });
  });

  it('1 h 58 min reads "about 2 hours", not "1 hour", in every language', async () => {
    await use('en');
    expect(formatDuration(HOUR + 58 * MIN)).toBe('about 2 hours');
    expect(formatDuration(HOUR)).toBe('about 1 hour');
    expect(formatDuration(2 * MIN)).toBe('2 minutes');
    await use('pl');
    expect(formatDuration(HOUR + 58 * MIN)).toBe('około 2 godzin');
    await use('ar');
    expect(formatDuration(HOUR + 58 * MIN)).toBe('نحو ساعتين');
    await use('ur');
    expect(formatDuration(HOUR + 58 * MIN)).toBe('تقریباً 2 گھنٹے');
  });
});
