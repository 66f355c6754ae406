// The shipped languages. `dir` drives <html dir>; `nativeName` is shown on the
// language screen so a parent finds their language without reading English.
// `state` is the honest state of the translation (docs/translations.md): every language but the
// source is complete, and each says on the language screen, in its own words, that a native
// speaker has not checked it yet.
export type LanguageCode = 'en' | 'ar' | 'pl' | 'ur' | 'cy' | 'ro' | 'bn' | 'pa' | 'gu' | 'so' | 'pt' | 'zh-Hans';
export type TranslationState = 'source' | 'complete' | 'checked' | 'reviewed';
export type PseudoCode = 'en-XA' | 'ar-XB';
export type Direction = 'ltr' | 'rtl';

export interface Language {
  code: LanguageCode | PseudoCode;
  nativeName: string;
  englishName: string;
  dir: Direction;
  pseudo?: true;
  state?: TranslationState;
  /** "New: help us check it", in the language itself, while no native speaker has reviewed it. */
  reviewNote?: string;
  /** The font face of our own for a script a phone may lack (src/ui/fonts.css, fonts-zh.css). */
  fontFace?: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', state: 'source' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', state: 'complete', reviewNote: 'جديدة: ساعدنا في مراجعتها' },
  { code: 'bn', nativeName: 'বাংলা', englishName: 'Bengali', dir: 'ltr', state: 'complete', reviewNote: 'নতুন: যাচাই করতে আমাদের সাহায্য করুন', fontFace: 'FF Noto Sans Bengali' },
  { code: 'zh-Hans', nativeName: '简体中文', englishName: 'Chinese (Simplified)', dir: 'ltr', state: 'complete', reviewNote: '新：请帮我们检查', fontFace: 'FF Noto Sans SC' },
  { code: 'gu', nativeName: 'ગુજરાતી', englishName: 'Gujarati', dir: 'ltr', state: 'complete', reviewNote: 'નવું: તેને તપાસવામાં અમારી મદદ કરો', fontFace: 'FF Noto Sans Gujarati' },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', dir: 'ltr', state: 'complete', reviewNote: 'Nowe: pomóż nam to sprawdzić' },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', dir: 'ltr', state: 'complete', reviewNote: 'Novo: ajude-nos a verificar' },
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', englishName: 'Punjabi', dir: 'ltr', state: 'complete', reviewNote: 'ਨਵਾਂ: ਇਸਨੂੰ ਜਾਂਚਣ ਵਿੱਚ ਸਾਡੀ ਮਦਦ ਕਰੋ', fontFace: 'FF Noto Sans Gurmukhi' },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', dir: 'ltr', state: 'complete', reviewNote: 'Nou: ajutați-ne să verificăm' },
  { code: 'so', nativeName: 'Soomaali', englishName: 'Somali', dir: 'ltr', state: 'complete', reviewNote: 'Cusub: naga caawi hubintiisa' },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', dir: 'rtl', state: 'complete', reviewNote: 'نیا: اسے جانچنے میں ہماری مدد کریں' },
  { code: 'cy', nativeName: 'Cymraeg', englishName: 'Welsh', dir: 'ltr', state: 'complete', reviewNote: "Newydd: helpwch ni i'w wirio" },
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
    // Chinese: only Simplified is shipped, so a Traditional preference (zh-TW, zh-HK, zh-Hant) is not taken for it.
    if (base === 'zh') {
      if (!/-(hant|tw|hk|mo)\b/i.test(tag)) return 'zh-Hans';
      continue;
    }
    const hit = LANGUAGES.find((l) => l.code === base);
    if (hit) return hit.code as LanguageCode;
  }
  return undefined;
}
