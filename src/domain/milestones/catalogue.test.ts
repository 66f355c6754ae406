import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AGE_BANDS, bandForAge, MILESTONE_CATALOGUE, MILESTONE_CODES, milestoneByCode, milestonesFor } from './catalogue';
import { DEVELOPMENT_AREAS } from '../record/sections';

const lockPath = fileURLToPath(new URL('./codes.lock.json', import.meta.url));
const locked = JSON.parse(readFileSync(lockPath, 'utf8')) as string[];

describe('milestone code stability', () => {
  it('never drops or renames a shipped code (codes.lock.json only grows)', () => {
    const current = new Set<string>(MILESTONE_CODES);
    const missing = locked.filter((c) => !current.has(c));
    expect(missing).toEqual([]);
  });

  it('every code is in the lock file: add new codes there on purpose, at the end', () => {
    const lockedSet = new Set(locked);
    expect(MILESTONE_CODES.filter((c) => !lockedSet.has(c))).toEqual([]);
    expect(new Set(locked).size).toBe(locked.length);
  });
});

describe('catalogue shape', () => {
  it('codes are unique and well formed', () => {
    expect(new Set(MILESTONE_CODES).size).toBe(MILESTONE_CODES.length);
    for (const item of MILESTONE_CATALOGUE) {
      const prefix = { communication: 'cl', physical: 'pd', pse: 'pse' }[item.area];
      expect(item.code).toBe(`${prefix}-${item.band.code}-${String(item.order).padStart(2, '0')}`);
      expect(item.labelKey).toBe(`milestone.${item.code}`);
    }
  });

  it('has 8 to 12 items in every band of every area, numbered from 01 without gaps', () => {
    for (const area of DEVELOPMENT_AREAS) for (const band of AGE_BANDS) {
      const items = milestonesFor(area, band.code);
      expect(items.length, `${area} ${band.code}`).toBeGreaterThanOrEqual(8);
      expect(items.length, `${area} ${band.code}`).toBeLessThanOrEqual(12);
      expect(items.map((i) => i.order)).toEqual(items.map((_, i) => i + 1));
    }
    expect(MILESTONE_CATALOGUE.length).toBeGreaterThanOrEqual(190);
  });

  it('bands run from birth to 60 months with no gaps', () => {
    expect(AGE_BANDS[0]?.fromMonths).toBe(0);
    expect(AGE_BANDS.at(-1)?.toMonths).toBe(60);
    for (let i = 1; i < AGE_BANDS.length; i++) expect(AGE_BANDS[i]?.fromMonths).toBe(AGE_BANDS[i - 1]?.toMonths);
    expect(bandForAge(0)?.code).toBe('0-3');
    expect(bandForAge(17)?.code).toBe('12-18');
    expect(bandForAge(18)?.code).toBe('18-24');
    expect(bandForAge(60)).toBeUndefined();
    expect(milestoneByCode('cl-12-18-03')?.area).toBe('communication');
    expect(milestoneByCode('cl-99-99-01')).toBeUndefined();
  });
});
