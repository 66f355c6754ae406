import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appointmentToCalendarEvent, dueDateToCalendarEvent, escapeIcsText, foldLine, toIcs, type CalendarEvent } from './ics';
import { asIsoDate, asIsoDateTime } from '../record/dates';
import { asChildId, asEntryId } from '../record/ids';
import type { AppointmentEntry } from '../record/types';

const now = asIsoDateTime('2025-03-01T08:00:00.000Z');
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and folds long ones at 75 octets', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('never splits a multi-byte character, whatever the text', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const line = `DESCRIPTION:${escapeIcsText(text)}`;
      const folded = foldLine(line);
      expect(unfold(folded)).toBe(line);
      for (const physical of folded.split('\r\n')) {
        const bytes = new TextEncoder().encode(physical);
        expect(bytes.length).toBeLessThanOrEqual(75);
        expect(decoder.decode(bytes)).toBe(physical);
      }
    }), { seed: 3, numRuns: 300 });
  });

  it('keeps Arabic and emoji intact across folds', () => {
    const text = 'موعد السمع في المستشفى 👂🏽 '.repeat(6);
    const folded = foldLine(`SUMMARY:${text}`);
    expect(folded.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(unfold(folded)).toBe(`SUMMARY:${text}`);
  });
});

describe('toIcs', () => {
  const appt: AppointmentEntry = {
    id: asEntryId('appt-1'), kind: 'appointment', childId: asChildId('c1'),
    createdAt: now, updatedAt: now, start: asIsoDateTime('2025-03-04T09:30:00.000Z'), end: asIsoDateTime('2025-03-04T10:15:00.000Z'),
    who: 'Audiology, Dr Khan', where: 'Children\'s Hospital; Clinic 4, Level 2', reason: 'hearing-test',
    note: { text: 'Bring hearing aids,\nand the red book', lang: 'en' },
  };

  it('writes a calendar with a timed event, escaping and two reminders', () => {
    const ics = toIcs([appointmentToCalendarEvent(appt, 'Hearing test')], now);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('UID:appt-1@family-file');
    expect(lines).toContain('DTSTAMP:20250301T080000Z');
    expect(lines).toContain('DTSTART:20250304T093000Z');
    expect(lines).toContain('DTEND:20250304T101500Z');
    expect(lines).toContain('SUMMARY:Hearing test');
    expect(lines).toContain('LOCATION:Children\'s Hospital\\; Clinic 4\\, Level 2');
    expect(lines).toContain('DESCRIPTION:Audiology\\, Dr Khan\\nBring hearing aids\\,\\nand the red book');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines).toContain('TRIGGER:-P1D');
    expect(lines).toContain('TRIGGER:-PT1H');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(lines.filter((l) => l === 'END:VEVENT').length);
  });

  it('writes an all-day event for a due immunisation as DATE values', () => {
    const due: CalendarEvent = { uid: 'due-mmr-1@family-file', when: { date: asIsoDate('2025-12-31') }, summary: 'MMR', alarms: ['-P1D'] };
    const lines = unfold(toIcs([due], now)).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20251231');
    expect(lines).toContain('DTEND;VALUE=DATE:20260101');
    expect(lines.filter((l) => l.startsWith('TRIGGER:'))).toEqual(['TRIGGER:-P1D']);
  });
});

describe('dueDateToCalendarEvent', () => {
  it('makes an all-day event with a day-before reminder', () => {
    const e = dueDateToCalendarEvent('maya-mmrv-1', asIsoDate('2026-09-01'), 'MMRV, 1st dose');
    expect(e).toEqual({ uid: 'due-maya-mmrv-1@family-file', when: { date: '2026-09-01' }, summary: 'MMRV, 1st dose', alarms: ['-P1D'] });
  });
});
