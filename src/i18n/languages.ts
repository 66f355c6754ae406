// The shipped languages. `dir` drives <html dir>; `nativeName` is shown on the
// language screen so a parent finds their language without reading English.
export type LanguageCode = 'en' | 'ar' | 'pl' | 'ur';
export type PseudoCode = 'en-XA' | 'ar-XB';
export type Direction = 'ltr' | 'rtl';

export interface Language {
  code: LanguageCode | PseudoCode;
  nativeName: string;
  englishName: string;
  dir: Direction;
  pseudo?: true;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl' },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', dir: 'ltr' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', dir: 'rtl' },
];

// Pseudo-locales exist for testing layout: accented and lengthened text shows
// truncation and hard-coded strings; the RTL variant shows mirroring bugs.
export const PSEUDO_LANGUAGES: readonly Language[] = [
  { code: 'en-XA', nativeName: '[Ēñğļîšħ ƥšéûðö]', englishName: 'Pseudo (accented)', dir: 'ltr', pseudo: true },
  { code: 'ar-XB', nativeName: '[ƥšéûðö ŔŢĻ]', englishName: 'Pseudo (right to left)', dir: 'rtl', pseudo: true },
];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function findLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  return [...LANGUAGES, ...PSEUDO_LANGUAGES].find((l) => l.code === code);
}

/** Best shipped match for the browser's preferred languages, e.g. 'pl-PL' → 'pl'. */
export function matchPreferred(preferred: readonly string[]): LanguageCode | undefined {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGUAGES.find((l) => l.code === base);
    if (hit) return hit.code as LanguageCode;
  }
  return undefined;
}
