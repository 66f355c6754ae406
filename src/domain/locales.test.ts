// The `record` locale namespace must label every code the domain defines, in every language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CODE_LISTS, codeLabelKey, type CodeListName } from './record/codes';
import { DEVELOPMENT_AREAS, SECTIONS } from './record/sections';
import { HEALTH_REVIEWS, MEDICATION_CHANGES, MILESTONE_STATUSES, OBSERVATION_MARKS, RECEIVED_NOTE_KINDS } from './record/types';
import { AGE_BANDS, MILESTONE_CATALOGUE } from './milestones/catalogue';
import { ALL_DOSE_CODES, ALL_VACCINES } from './health/schedule';
import { RECORD_ERROR_CODES } from './errors';

type Tree = { [k: string]: string | Tree };
const load = (lng: string): Tree =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/${lng}/record.json`, import.meta.url)), 'utf8')) as Tree;
const LANGS = ['en', 'ar', 'pl', 'ur'] as const;
const trees = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<(typeof LANGS)[number], Tree>;
const descriptions = load('_descriptions');

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [k2, v2] of flatten(v, key)) out.set(k2, v2);
  }
  return out;
}
const flat = Object.fromEntries(LANGS.map((l) => [l, flatten(trees[l])])) as Record<(typeof LANGS)[number], Map<string, string>>;
const PLURALS: Record<string, string[]> = { en: ['one', 'other'], ur: ['one', 'other'], pl: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'] };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function baseKeys(lng: (typeof LANGS)[number]): Set<string> {
  return new Set([...flat[lng].keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

const expectedKeys: string[] = [
  ...(Object.keys(CODE_LISTS) as CodeListName[]).flatMap((list) => CODE_LISTS[list].map((code) => codeLabelKey(list, code as never))),
  ...SECTIONS.map((s) => `section.${s}`),
  ...DEVELOPMENT_AREAS.map((a) => `area.${a}`),
  ...OBSERVATION_MARKS.map((m) => `mark.${m}`),
  ...MILESTONE_STATUSES.map((s) => `milestoneStatus.${s}`),
  ...MEDICATION_CHANGES.map((c) => `medicationChange.${c}`),
  ...HEALTH_REVIEWS.map((r) => `healthReview.${r}`),
  ...RECEIVED_NOTE_KINDS.map((k) => `receivedNoteKind.${k}`),
  ...AGE_BANDS.map((b) => `band.${b.code}`),
  ...['given', 'upcoming', 'due', 'overdue', 'window-closed'].map((s) => `doseState.${s}`),
  ...['done', 'upcoming', 'due', 'overdue'].map((s) => `reviewState.${s}`),
  ...ALL_VACCINES.map((v) => `vaccine.${v}`),
  ...[...ALL_DOSE_CODES, 'other'].map((c) => `dose.${c}`),
  ...RECORD_ERROR_CODES.map((c) => `error.${c}`),
  ...MILESTONE_CATALOGUE.map((m) => m.labelKey),
];

describe('record locale namespace', () => {
  it.each(LANGS)('%s has a non-empty label for every code', (lng) => {
    const missing = expectedKeys.filter((k) => !(flat[lng].get(k) ?? '').trim());
    expect(missing).toEqual([]);
  });

  it('all languages have the same keys, apart from plural forms', () => {
    const en = [...baseKeys('en')].sort();
    for (const lng of LANGS) expect([...baseKeys(lng)].sort()).toEqual(en);
  });

  it('plural keys have every CLDR category of their language, and the same placeholders', () => {
    for (const lng of LANGS) {
      const pluralBases = new Set([...flat[lng].keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      expect(pluralBases.size).toBeGreaterThan(0);
      for (const base of pluralBases) {
        const cats = [...flat[lng].keys()].filter((k) => k.replace(PLURAL_SUFFIX, '') === base && k !== base).map((k) => k.match(PLURAL_SUFFIX)?.[1]);
        expect(cats.sort(), `${lng} ${base}`).toEqual([...PLURALS[lng]!].sort());
      }
    }
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of flat.en) {
      const base = key.replace(PLURAL_SUFFIX, '');
      if (key !== base) continue;
      for (const lng of LANGS) expect(placeholders(flat[lng].get(key) ?? ''), `${lng} ${key}`).toEqual(placeholders(en));
    }
  });

  it('Arabic and Urdu labels are written in Arabic script', () => {
    for (const lng of ['ar', 'ur'] as const) {
      const latinOnly = [...flat[lng].entries()].filter(([, v]) => !/[\u0600-\u06FF]/.test(v)).map(([k]) => k);
      expect(latinOnly).toEqual([]);
    }
  });

  it('descriptions have exactly the English keys', () => {
    expect([...flatten(descriptions).keys()].sort()).toEqual([...flat.en.keys()].sort());
  });
});
