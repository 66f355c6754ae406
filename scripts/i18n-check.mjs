#!/usr/bin/env node
// Fails when a locale's keys, {{placeholders}} or plural forms drift from English,
// or when an English key has no translator description. Runs inside `npm test`.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../locales/', import.meta.url).pathname;
const DESCRIPTIONS = '_descriptions';
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

const en = readLocale(join(ROOT, 'en'));
const enPluralBases = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map(pluralBase));
const enPlain = [...en.keys()].filter((k) => !PLURAL.test(k));

const langs = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory() && d !== 'en' && d !== DESCRIPTIONS);
for (const lang of langs) {
  const loc = readLocale(join(ROOT, lang));
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const k of enPlain) {
    if (!loc.has(k)) problems.push(`${lang}: missing ${k}`);
    else if (typeof loc.get(k) !== 'string' || loc.get(k).trim() === '') problems.push(`${lang}: empty ${k}`);
    else if (placeholders(loc.get(k)) !== placeholders(en.get(k)))
      problems.push(`${lang}: ${k} has placeholders [${placeholders(loc.get(k))}], English has [${placeholders(en.get(k))}]`);
  }
  for (const base of enPluralBases) {
    const enForms = [...en.keys()].filter((k) => pluralBase(k) === base && PLURAL.test(k));
    // English "one" may say the number in words too ("the photo"): the "other" form names every placeholder.
    const enVars = placeholders(en.get(`${base}_other`) ?? en.get(enForms[0]));
    for (const cat of categories) {
      const key = `${base}_${cat}`;
      if (!loc.has(key)) problems.push(`${lang}: missing plural form ${key}`);
      else if (!samePluralPlaceholders(loc.get(key), enVars, cat)) problems.push(`${lang}: ${key} placeholders differ from English`);
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

if (problems.length) {
  console.error(`i18n:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n:check: ${en.size} English keys; ${langs.join(', ')} complete; every key described.`);
