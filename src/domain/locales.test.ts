// The `record` locale namespace must label every code the domain defines, in every language.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
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
const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));
/** Every shipped language: each has its folder under locales/ (English first). */
const LANGS = ['en', ...readdirSync(LOCALES).filter((d) => d !== 'en' && !d.startsWith('_') && !d.includes('.'))] as const;
const trees = new Map(LANGS.map((l) => [l, load(l)] as const));
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
const flatByLang = new Map(LANGS.map((l) => [l, flatten(trees.get(l)!)] as const));
/** One language's keys and values; every language in LANGS has them. */
const flatOf = (lng: string): Map<string, string> => flatByLang.get(lng)!;
/** The plural forms i18next asks each language for: its CLDR categories. */
const PLURALS: Record<string, string[]> = Object.fromEntries(LANGS.map((l) => [l, new Intl.PluralRules(l).resolvedOptions().pluralCategories]));
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function baseKeys(lng: string): Set<string> {
  return new Set([...flatOf(lng).keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
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
    const missing = expectedKeys.filter((k) => !(flatOf(lng).get(k) ?? '').trim());
    expect(missing).toEqual([]);
  });

  it('all languages have the same keys, apart from plural forms', () => {
    const en = [...baseKeys('en')].sort();
    for (const lng of LANGS) expect([...baseKeys(lng)].sort()).toEqual(en);
  });

  it('plural keys have every CLDR category of their language, and the same placeholders', () => {
    for (const lng of LANGS) {
      const pluralBases = new Set([...flatOf(lng).keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
      expect(pluralBases.size).toBeGreaterThan(0);
      for (const base of pluralBases) {
        const cats = [...flatOf(lng).keys()].filter((k) => k.replace(PLURAL_SUFFIX, '') === base && k !== base).map((k) => k.match(PLURAL_SUFFIX)?.[1]);
        expect(cats.sort(), `${lng} ${base}`).toEqual([...PLURALS[lng]!].sort());
      }
    }
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, en] of flatOf('en')) {
      const base = key.replace(PLURAL_SUFFIX, '');
      if (key !== base) continue;
      for (const lng of LANGS) expect(placeholders(flatOf(lng).get(key) ?? ''), `${lng} ${key}`).toEqual(placeholders(en));
    }
  });

  it('has the twelve shipped languages, each with the plural forms Intl gives it', () => {
    expect([...LANGS].sort()).toEqual(['ar', 'bn', 'cy', 'en', 'gu', 'pa', 'pl', 'pt', 'ro', 'so', 'ur', 'zh-Hans']);
    expect(PLURALS.cy).toHaveLength(6);
    expect(PLURALS.ar).toHaveLength(6);
    expect(PLURALS.ro).toEqual(expect.arrayContaining(['one', 'few', 'other']));
  });

  it('labels in languages with their own script are written in it (names everyone writes in Latin apart)', () => {
    const SCRIPT: Record<string, RegExp> = {
      ar: /\p{Script=Arabic}/u, ur: /\p{Script=Arabic}/u, bn: /\p{Script=Bengali}/u, pa: /\p{Script=Gurmukhi}/u,
      gu: /\p{Script=Gujarati}/u, 'zh-Hans': /\p{Script=Han}/u,
    };
    const checks = JSON.parse(readFileSync(`${LOCALES}_checks.json`, 'utf8')) as { namesEverywhere: string[] };
    for (const [lng, script] of Object.entries(SCRIPT)) {
      const latinOnly = [...flatOf(lng).entries()]
        .filter(([, v]) => !script.test(v) && !checks.namesEverywhere.includes(v))
        .map(([k]) => k);
      expect(latinOnly, lng).toEqual([]);
    }
  });

  it('descriptions have exactly the English keys', () => {
    expect([...flatten(descriptions).keys()].sort()).toEqual([...flatOf('en').keys()].sort());
  });
});
