import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks on the production build itself (dist/, made before the e2e run): what ships to users.
const DIST = new URL('../../dist/', import.meta.url).pathname;
const DESCRIPTIONS = new URL('../../locales/_descriptions/', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]);
}

function notesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(notesOf);
  return [];
}

describe('the production build', () => {
  it('carries no translator note (locales/_descriptions), in any chunk or in the precache list', () => {
    const shipped = filesUnder(DIST).filter((f) => /\.(js|html|json|webmanifest)$/.test(f)).map((f) => readFileSync(f, 'utf8'));
    expect(shipped.length).toBeGreaterThan(10);
    const notes = readdirSync(DESCRIPTIONS).filter((f) => f.endsWith('.json'))
      .flatMap((f) => notesOf(JSON.parse(readFileSync(join(DESCRIPTIONS, f), 'utf8'))))
      // JSON in a chunk escapes quotes; long notes without them are found as they are written.
      .filter((n) => n.length >= 40 && !/["\\]/.test(n));
    expect(notes.length).toBeGreaterThan(100);
    const leaked = notes.filter((n) => shipped.some((text) => text.includes(n)));
    expect(leaked.slice(0, 3)).toEqual([]);
    expect(shipped.some((text) => text.includes('_descriptions'))).toBe(false);
  });
});
