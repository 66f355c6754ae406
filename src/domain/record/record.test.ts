import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, asIsoDate, asIsoDateTime, dateFromDayNumber, dayNumber, parseIsoDate, parseIsoDateTime } from './dates';
import { asChildId, asEntryId, idFromBytes, isValidId } from './ids';
import { CODE_LISTS, codeLabelKey, isCode } from './codes';
import { isShareableSection, SECTIONS, SHAREABLE_SECTIONS } from './sections';
import { sectionOf } from './section-of';
import { ENTRY_KINDS } from './types';
import { arbEntry } from '../testing/arbitraries';

describe('ids', () => {
  it('accepts url-safe ids and throws on anything else, naming the function', () => {
    expect(asEntryId('demo-obs-0001')).toBe('demo-obs-0001');
    expect(() => asChildId('has space')).toThrow(/^asChildId:/);
    expect(() => asEntryId('')).toThrow(/^asEntryId:/);
    expect(isValidId('x'.repeat(65))).toBe(false);
  });
  it('idFromBytes gives lower-case hex', () => {
    expect(idFromBytes(new Uint8Array([0, 1, 254, 255, 16, 32, 64, 128]))).toBe('0001feff10204080');
    expect(() => idFromBytes(new Uint8Array(4))).toThrow(/^idFromBytes:/);
  });
});

describe('dates', () => {
  it('parses only real calendar dates and UTC instants', () => {
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    expect(parseIsoDate('2023-02-29')).toEqual({ ok: false, error: 'invalid-date' });
    expect(parseIsoDate('2024-13-01').ok).toBe(false);
    expect(parseIsoDate('1899-12-31').ok).toBe(false);
    expect(parseIsoDateTime('2024-02-29T10:00:00Z').ok).toBe(true);
    expect(parseIsoDateTime('2024-02-29T10:00:00.123Z').ok).toBe(true);
    expect(parseIsoDateTime('2024-02-29T10:00:00+01:00').ok).toBe(false);
    expect(parseIsoDateTime('2023-02-29T10:00:00Z').ok).toBe(false);
    expect(() => asIsoDate('nope')).toThrow(/^asIsoDate:/);
    expect(() => asIsoDateTime('2024-01-01')).toThrow(/^asIsoDateTime:/);
  });
  it('adds days and months on the calendar', () => {
    expect(addDays(asIsoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addMonths(asIsoDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(asIsoDate('2024-03-31'), -1)).toBe('2024-02-29');
    expect(addMonths(asIsoDate('2024-11-15'), 14)).toBe('2026-01-15');
    fc.assert(fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -500, max: 500 }), (day, n) => {
      expect(dayNumber(addDays(dateFromDayNumber(day), n))).toBe(day + n);
    }), { seed: 1, numRuns: 200 });
  });
});

describe('codes and sections', () => {
  it('every list has unique, url-safe codes and label keys', () => {
    for (const [name, list] of Object.entries(CODE_LISTS)) {
      expect(new Set(list).size, name).toBe(list.length);
      for (const code of list) expect(code).toMatch(/^[a-z0-9-]+$/);
    }
    expect(codeLabelKey('serviceType', 'audiology')).toBe('code.serviceType.audiology');
    expect(isCode('homeLanguage', 'ur')).toBe(true);
    expect(isCode('homeLanguage', 'xx')).toBe(false);
    expect(() => codeLabelKey('serviceType', 'nope' as never)).toThrow(/^codeLabelKey:/);
  });
  it('private is a section but never shareable', () => {
    expect(SECTIONS).toContain('private');
    expect(SHAREABLE_SECTIONS).not.toContain('private');
    expect(SHAREABLE_SECTIONS).toHaveLength(SECTIONS.length - 1);
    expect(isShareableSection('private')).toBe(false);
    expect(Object.isFrozen(SHAREABLE_SECTIONS)).toBe(true);
  });
  it('every entry kind maps to a section, and only private notes map to private', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(arbEntry(), (e) => {
      seen.add(e.kind);
      const s = sectionOf(e);
      expect(SECTIONS).toContain(s);
      expect(s === 'private').toBe(e.kind === 'private-note');
    }), { seed: 9, numRuns: 400 });
    expect([...seen].sort()).toEqual([...ENTRY_KINDS].sort());
  });
});
