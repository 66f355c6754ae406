#!/usr/bin/env node
// Writes the self-hosted fonts for scripts a phone may lack (issue 16), and src/ui/fonts.css.
// Run by hand when the Chinese strings change (a unit test says when: src/i18n/fonts.test.ts):
//
//   mkdir -p /tmp/fontsrc && cd /tmp/fontsrc
//   for p in noto-sans-bengali noto-sans-gurmukhi noto-sans-gujarati noto-sans-sc; do
//     npm pack @fontsource/$p@5.3.0 && mkdir -p $p && tar xzf fontsource-$p-5.3.0.tgz -C $p --strip-components=1; done
//   cd - && node scripts/make-fonts.mjs /tmp/fontsrc
//
// - Bengali, Gurmukhi and Gujarati: Fontsource's file for the script's own range, as it is
//   (whole scripts are small, and subsetting a script that shapes could lose a conjunct).
// - Simplified Chinese: only the characters our zh-Hans strings use, cut from each Fontsource
//   chunk that holds some (subset-font: HarfBuzz's subsetter, compiled to WebAssembly).
// Every @font-face names the phone's own copy first (local()), so a phone that has the font
// downloads nothing; and a face is only fetched when text in its unicode-range is on screen.
// The fonts are SIL OFL 1.1 (public/fonts/OFL.txt).
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const SRC = process.argv[2];
if (!SRC) throw new Error('usage: node scripts/make-fonts.mjs <dir with the unpacked @fontsource packages>');
const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'public/fonts');
const WEIGHTS = [400, 700];

/** The @font-face blocks of a Fontsource CSS file: which file covers which unicode-range. */
function faces(pkg, weight) {
  const css = readFileSync(join(SRC, pkg, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({ file: m[1], range: m[2].trim() }));
}

const inRange = (range, cp) => range.split(',').some((part) => {
  const [a, b] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
  return cp >= a && cp <= (b ?? a);
});
const hex = (cp) => cp.toString(16);
/** Code points as a unicode-range, runs of neighbours written as one range. */
function rangeOf(cps) {
  const parts = [];
  for (let i = 0; i < cps.length; i++) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    parts.push(j > i ? `U+${hex(cps[i])}-${hex(cps[j])}` : `U+${hex(cps[i])}`);
    i = j;
  }
  return parts.join(',');
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
copyFileSync(join(SRC, 'noto-sans-sc', 'LICENSE'), join(OUT, 'OFL.txt'));
const css = ['/* Written by scripts/make-fonts.mjs: do not edit. Self-hosted fonts for scripts a phone may lack (issue 16). */'];

// Whole scripts: Bengali, Gurmukhi, Gujarati.
const INDIC = [
  { pkg: 'noto-sans-bengali', script: 'bengali', family: 'Noto Sans Bengali', ps: 'NotoSansBengali' },
  { pkg: 'noto-sans-gurmukhi', script: 'gurmukhi', family: 'Noto Sans Gurmukhi', ps: 'NotoSansGurmukhi' },
  { pkg: 'noto-sans-gujarati', script: 'gujarati', family: 'Noto Sans Gujarati', ps: 'NotoSansGujarati' },
];
for (const { pkg, script, family, ps } of INDIC) {
  for (const weight of WEIGHTS) {
    const face = faces(pkg, weight).find((f) => f.file === `${pkg}-${script}-${weight}-normal.woff2`);
    if (!face) throw new Error(`${pkg}: no ${script} file at ${weight}`);
    const name = `${pkg}-${weight}.woff2`;
    copyFileSync(join(SRC, pkg, 'files', face.file), join(OUT, name));
    const style = weight === 700 ? 'Bold' : 'Regular';
    css.push(`@font-face { font-family: 'FF ${family}'; font-weight: ${weight}; font-display: swap; ` +
      `src: local('${family}'), local('${family} ${style}'), local('${ps}-${style}'), url('/fonts/${name}') format('woff2'); unicode-range: ${face.range}; }`);
  }
}

// Simplified Chinese, in two parts. The language screen names every language, so the few
// characters of its Chinese name and note are always there (fonts.css). The characters of all
// our Chinese strings come in fonts-zh.css, which the app loads only once Chinese is chosen.
const cjk = (text) => [...new Set([...text].map((c) => c.codePointAt(0)))].filter((cp) => cp >= 0x2e80).sort((a, b) => a - b);
const zhDir = join(ROOT, 'locales/zh-Hans');
let text = '';
for (const f of readdirSync(zhDir).filter((n) => n.endsWith('.json'))) text += readFileSync(join(zhDir, f), 'utf8');
const onLanguageScreen = cjk(readFileSync(join(ROOT, 'src/i18n/languages.ts'), 'utf8'));
const wanted = cjk(text + String.fromCodePoint(...onLanguageScreen));
const zhCss = ['/* Written by scripts/make-fonts.mjs: do not edit. The Chinese strings\' characters, loaded once Chinese is chosen. */'];
const LOCAL_SC = ["local('Noto Sans CJK SC')", "local('Noto Sans SC')", "local('NotoSansCJKsc-Regular')", "local('Source Han Sans SC')", "local('PingFang SC')", "local('Microsoft YaHei')"];
let covered = 0;
/** One subset per Fontsource chunk that holds some of `cps`, as @font-face rules into `out`. */
async function chineseFaces(cps, out, suffix) {
  for (const weight of WEIGHTS) {
    for (const face of faces('noto-sans-sc', weight)) {
      const here = cps.filter((cp) => inRange(face.range, cp));
      if (here.length === 0) continue;
      const font = readFileSync(join(SRC, 'noto-sans-sc', 'files', face.file));
      const small = await subsetFont(font, String.fromCodePoint(...here), { targetFormat: 'woff2' });
      const name = face.file.replace('-normal.woff2', `${suffix}.woff2`);
      writeFileSync(join(OUT, name), small);
      if (weight === 400 && suffix === '') covered += here.length;
      const local = weight === 400 ? LOCAL_SC : LOCAL_SC.map((l) => l.replace("')", " Bold')"));
      out.push(`@font-face { font-family: 'FF Noto Sans SC'; font-weight: ${weight}; font-display: swap; ` +
        `src: ${local.join(', ')}, url('/fonts/${name}') format('woff2'); unicode-range: ${rangeOf(here)}; }`);
    }
  }
}
await chineseFaces(onLanguageScreen, css, '-names');
await chineseFaces(wanted, zhCss, '');
writeFileSync(join(ROOT, 'src/ui/fonts.css'), `${css.join('\n')}\n`);
writeFileSync(join(ROOT, 'src/ui/fonts-zh.css'), `${zhCss.join('\n')}\n`);
console.log(`make-fonts: ${wanted.length} Chinese characters wanted, ${covered} covered; files in public/fonts:`);
for (const f of readdirSync(OUT).sort()) console.log(`  ${f} ${readFileSync(join(OUT, f)).length} bytes`);
