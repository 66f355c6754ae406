// Pseudo-localisation: a pure transform of the English resources.
// Placeholders ({{name}}) and i18next nesting ($t(...)) are kept intact.

const ACCENTS: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ğ', h: 'ħ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'ƥ', q: 'ʠ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ğ', H: 'Ħ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Ƥ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const TOKEN = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]+>)/;

export function pseudoString(s: string, rtl: boolean): string {
  const parts = s.split(TOKEN).map((part, i) => {
    if (i % 2 === 1) return part; // a placeholder: leave it alone
    return [...part].map((ch) => ACCENTS[ch] ?? ch).join('');
  });
  const body = parts.join('');
  // About 35% longer, as translations often are.
  const pad = '~'.repeat(Math.max(1, Math.ceil(s.length * 0.35)));
  return rtl ? `\u202B[${body} ${pad}]\u202C` : `[${body} ${pad}]`;
}

export type Resource = { [key: string]: string | Resource };

export function pseudoResource(r: Resource, rtl: boolean): Resource {
  const out: Resource = {};
  for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'string' ? pseudoString(v, rtl) : pseudoResource(v, rtl);
  return out;
}
