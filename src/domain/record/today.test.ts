import { describe, expect, it } from 'vitest';
import { todayIn } from './dates';

// 2026-06-14T20:30:00Z: already the 15th east of UTC+3:30, still the 14th west of it.
const lateEvening = Date.UTC(2026, 5, 14, 20, 30);

describe('todayIn: the user\'s calendar day', () => {
  it.each([
    ['Asia/Karachi', '2026-06-15'], // UTC+5: 01:30 on the 15th
    ['Pacific/Kiritimati', '2026-06-15'], // UTC+14
    ['America/Los_Angeles', '2026-06-14'], // UTC-7 in summer
    ['Europe/Warsaw', '2026-06-14'], // UTC+2 in summer: 22:30
    ['UTC', '2026-06-14'],
  ])('%s → %s', (zone, day) => {
    expect(todayIn(lateEvening, zone)).toBe(day);
  });

  it('Kiritimati is a day ahead of Los Angeles for part of every day', () => {
    const noonUtc = Date.UTC(2026, 0, 1, 12);
    expect(todayIn(noonUtc, 'Pacific/Kiritimati')).toBe('2026-01-02');
    expect(todayIn(noonUtc, 'America/Los_Angeles')).toBe('2026-01-01');
  });

  it('follows the device zone when none is given', () => {
    const d = new Date(lateEvening);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(todayIn(lateEvening)).toBe(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
  });

  it('refuses a time that is not finite', () => {
    expect(() => todayIn(Number.NaN)).toThrow(/todayIn/);
  });
});
