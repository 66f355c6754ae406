#!/usr/bin/env node
// Fails when a locale's keys, {{placeholders}} or plural forms drift from English, when a value is
// still the English one (unless it is a name or a true cognate), when a value is over 2.5 times
// as long as the English (a layout risk), or when an English key has no translator description.
// Deliberate exceptions, each with its reason, live in locales/_checks.json. Prints a table of
// languages × namespaces with how complete each is. Runs inside `npm test`.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../locales/', import.meta.url).pathname;
const DESCRIPTIONS = '_descriptions';
const CHECKS = JSON.parse(readFileSync(join(ROOT, '_checks.json'), 'utf8'));
/** Names and abbreviations every language keeps as English writes them. */
const NAMES = new RegExp(`^(${CHECKS.namesEverywhere.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
/** An English value under this many characters counts as this long for the length rule. */
const SHORT = 10;
const MAX_RATIO = 2.5;
const excused = (rule, lang, key) => Boolean(CHECKS[rule]?.[lang]?.[key]);
const hasLetters = (s) => /\p{L}/u.test(String(s).replace(/\{\{[^}]*\}\}/g, ''));
const PLURAL = /_(zero|one|two|few|many|other)$/;
const problems = [];

const flatten = (obj, prefix = '') =>
  Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );

function readLocale(dir) {
  const out = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ns = file.slice(0, -5);
    let json;
    try {
      json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      problems.push(`${dir}/${file}: not valid JSON (${e.message})`);
      continue;
    }
    for (const [k, v] of flatten(json)) out.set(`${ns}:${k}`, v);
  }
  return out;
}

const placeholders = (s) => [...String(s).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort().join(',');
const pluralBase = (k) => k.replace(PLURAL, '');
// In zero/one/two forms a language may say the number in words ("سنتان", two years),
// so {{count}} alone may be left out there; every other placeholder must stay.
function samePluralPlaceholders(text, enVars, category) {
  const have = placeholders(text);
  if (have === enVars) return true;
  const withoutCount = enVars.split(',').filter((v) => v && v !== 'count').join(',');
  return ['zero', 'one', 'two'].includes(category) && have === withoutCount;
}

/** The two wording rules: not left in English, and not so long that it breaks the layout. */
function checkWording(lang, key, text, english) {
  if (text === english && hasLetters(english) && !NAMES.test(english) && !excused('sameAsEnglish', lang, key)) {
    problems.push(`${lang}: ${key} is the English text ("${english}"): translate it, or give the reason in _checks.json sameAsEnglish`);
  }
  if (text.length > MAX_RATIO * Math.max(english.length, SHORT) && !excused('longer', lang, key)) {
    problems.push(`${lang}: ${key} is ${text.length} characters, over ${MAX_RATIO} × the English ${english.length}: shorten it, or give the reason in _checks.json longer`);
  }
}

const en = readLocale(join(ROOT, 'en'));
const enPluralBases = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(pluralBase));
const enPlain = [...en.keys()].filter((k) => !PLURAL.test(k));

const langs = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory() && d !== 'en' && d !== DESCRIPTIONS);
// Every language the app offers (src/i18n/languages.ts) has its strings, and no folder is left unoffered.
const shipped = [...readFileSync(new URL('../src/i18n/languages.ts', import.meta.url), 'utf8')
  .split('export const PSEUDO_LANGUAGES')[0].matchAll(/\{ code: '([\w-]+)'/g)].map((m) => m[1]);
for (const code of shipped) if (code !== 'en' && !langs.includes(code)) problems.push(`${code}: offered in src/i18n/languages.ts but locales/${code}/ is missing`);
for (const code of langs) if (!shipped.includes(code)) problems.push(`${code}: locales/${code}/ exists but src/i18n/languages.ts does not offer it`);
for (const lang of langs) {
  const loc = readLocale(join(ROOT, lang));
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const k of enPlain) {
    if (!loc.has(k)) problems.push(`${lang}: missing ${k}`);
    else if (typeof loc.get(k) !== 'string' || loc.get(k).trim() === '') problems.push(`${lang}: empty ${k}`);
    else if (placeholders(loc.get(k)) !== placeholders(en.get(k)))
      problems.push(`${lang}: ${k} has placeholders [${placeholders(loc.get(k))}], English has [${placeholders(en.get(k))}]`);
    else checkWording(lang, k, loc.get(k), en.get(k));
  }
  for (const base of enPluralBases) {
    const enForms = [...en.keys()].filter((k) => pluralBase(k) === base && PLURAL.test(k));
    // English "one" may say the number in words too ("the photo"): the "other" form names every placeholder.
    const enVars = placeholders(en.get(`${base}_other`) ?? en.get(enForms[0]));
    for (const cat of categories) {
      const key = `${base}_${cat}`;
      if (!loc.has(key)) problems.push(`${lang}: missing plural form ${key}`);
      else if (!samePluralPlaceholders(loc.get(key), enVars, cat)) problems.push(`${lang}: ${key} placeholders differ from English`);
      else checkWording(lang, key, loc.get(key), en.get(`${base}_${cat}`) ?? en.get(`${base}_other`) ?? en.get(enForms[0]));
    }
  }
  for (const k of loc.keys()) {
    if (PLURAL.test(k)) {
      const cat = k.match(PLURAL)[1];
      if (!enPluralBases.has(pluralBase(k))) problems.push(`${lang}: plural ${k} has no English counterpart`);
      else if (!categories.includes(cat)) problems.push(`${lang}: plural form ${k} is not used by ${lang}`);
    } else if (!en.has(k)) problems.push(`${lang}: extra key ${k} (English lacks it)`);
  }
}

const descDir = join(ROOT, DESCRIPTIONS);
const desc = existsSync(descDir) ? readLocale(descDir) : new Map();
for (const k of en.keys()) if (!desc.has(k)) problems.push(`${DESCRIPTIONS}: no translator description for ${k}`);
for (const k of desc.keys()) if (!en.has(k)) problems.push(`${DESCRIPTIONS}: description for unknown key ${k}`);

for (const rule of ['sameAsEnglish', 'longer']) {
  for (const [lang, keys] of Object.entries(CHECKS[rule] ?? {})) {
    for (const key of Object.keys(keys)) if (!en.has(key) && ![...en.keys()].some((k) => pluralBase(k) === pluralBase(key))) problems.push(`_checks.json: ${rule} names unknown key ${lang} ${key}`);
  }
}

// How complete each language is, namespace by namespace (a key counts when every plural form is there).
const namespaces = [...new Set([...en.keys()].map((k) => k.split(':')[0]))].sort();
const wanted = (ns) => [...en.keys()].filter((k) => k.startsWith(`${ns}:`) && (!PLURAL.test(k) || k.endsWith('_other')));
const table = [['', ...namespaces, 'all'].join('\t')];
for (const lang of langs) {
  const loc = readLocale(join(ROOT, lang));
  const cats = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const done = (k) => (PLURAL.test(k) ? cats.every((c) => loc.has(`${pluralBase(k)}_${c}`)) : loc.has(k));
  let all = 0;
  let have = 0;
  const cells = namespaces.map((ns) => {
    const keys = wanted(ns);
    const n = keys.filter(done).length;
    all += keys.length;
    have += n;
    return `${Math.floor((100 * n) / keys.length)}%`;
  });
  table.push([lang, ...cells, `${Math.floor((100 * have) / all)}%`].join('\t'));
}
console.log(`Translation completeness (languages × namespaces):\n${table.join('\n')}`);

if (problems.length) {
  console.error(`i18n:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n:check: ${en.size} English keys; ${langs.join(', ')} complete; every key described.`);
