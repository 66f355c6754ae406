// The self-hosted Chinese font holds every character our Chinese strings use (scripts/make-fonts.mjs
// cuts it down to exactly those). A string that gains a character the font lacks fails here: run
// the script again. The Indic fonts are whole scripts and need no such check.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';

const ROOT = new URL('../../', import.meta.url).pathname;
// fonts.css loads with the app; fonts-zh.css once Chinese is chosen.
const css = readFileSync(`${ROOT}src/ui/fonts.css`, 'utf8') + readFileSync(`${ROOT}src/ui/fonts-zh.css`, 'utf8');

/** The code points a family's @font-face rules claim, from their unicode-range lists. */
function claimed(family: string, weight: number): Set<number> {
  const out = new Set<number>();
  for (const rule of css.split('\n').filter((l) => l.includes(`'${family}'`) && l.includes(`font-weight: ${weight};`))) {
    const range = /unicode-range: ([^;]+);/.exec(rule)?.[1] ?? '';
    for (const part of range.split(',')) {
      const [a, b] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
      if (a === undefined || Number.isNaN(a)) continue;
      for (let cp = a; cp <= (b ?? a); cp++) out.add(cp);
    }
  }
  return out;
}

describe('self-hosted fonts', () => {
  it("each language's fontFace has regular and bold faces in the CSS (the app loads them whole once in use)", () => {
    const withFace = LANGUAGES.filter((l) => l.fontFace);
    expect(withFace.map((l) => l.code).sort()).toEqual(['bn', 'gu', 'pa', 'zh-Hans']);
    for (const lang of withFace) {
      expect(claimed(lang.fontFace!, 400).size, lang.code).toBeGreaterThan(0);
      expect(claimed(lang.fontFace!, 700).size, lang.code).toBeGreaterThan(0);
    }
  });

  it('the Chinese font covers every CJK character of the Chinese strings, in both weights', () => {
    let text = '';
    for (const f of readdirSync(`${ROOT}locales/zh-Hans`)) text += readFileSync(`${ROOT}locales/zh-Hans/${f}`, 'utf8');
    const wanted = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((cp) => cp >= 0x2e80);
    expect(wanted.length).toBeGreaterThan(500);
    for (const weight of [400, 700]) {
      const have = claimed('FF Noto Sans SC', weight);
      expect(wanted.filter((cp) => !have.has(cp)).map((cp) => String.fromCodePoint(cp)), `weight ${weight}`).toEqual([]);
    }
  });

  it('the language screen needs no Chinese font file beyond the few characters of its own lines', () => {
    const always = readFileSync(`${ROOT}src/ui/fonts.css`, 'utf8');
    const names = claimed('FF Noto Sans SC', 400);
    expect(always.split('\n').filter((l) => l.includes("'FF Noto Sans SC'")).every((l) => l.includes('-names.woff2'))).toBe(true);
    expect(names.size).toBeGreaterThan(0);
  });

  it('every font the CSS names is in public/fonts, and each face tries the phone\'s own font first', () => {
    const urls = [...css.matchAll(/url\('\/fonts\/([^']+)'\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(6);
    for (const name of urls) expect(statSync(`${ROOT}public/fonts/${name}`).size, name).toBeGreaterThan(200);
    for (const rule of css.split('\n').filter((l) => l.startsWith('@font-face'))) expect(rule).toMatch(/src: local\(/);
    for (const family of ['FF Noto Sans Bengali', 'FF Noto Sans Gurmukhi', 'FF Noto Sans Gujarati', 'FF Noto Sans SC']) {
      expect(css).toContain(`'${family}'`);
    }
  });
});
