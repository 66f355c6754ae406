import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { changeLanguage, findLanguage, i18next, loadNamespace, matchPreferred, type Language, type Scope } from '../../i18n';

// The chosen language is a display preference, not record data, so it lives in
// localStorage: it must be known before the vault is unlocked.
const STORAGE_KEY = 'ff.language';

export const currentLanguage = signal<Language | undefined>(undefined);
/** False until the parent has picked a language on the first screen. */
export const languageChosen = signal(false);
/** Polite announcements for screen readers (see LiveRegion). */
export const announcement = signal('');
/** Bumps on every language change so components re-render with new strings. */
export const languageVersion = signal(0);

export function savedLanguage(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // storage blocked: we simply ask again
  }
}

/** ?lng=xx wins (used by tests and for pseudo-locales), then the saved choice. */
export function requestedLanguage(search: string): string | undefined {
  const fromUrl = new URLSearchParams(search).get('lng');
  if (fromUrl && findLanguage(fromUrl)) return fromUrl;
  return savedLanguage();
}

export function browserLanguage(): string {
  return matchPreferred(navigator.languages ?? [navigator.language]) ?? 'en';
}

/** True once every namespace of the current language is loaded (screens past the first wait for it). */
export const translationsReady = signal(false);

/**
 * Once a language with a face of our own is in use, every weight and slice of that face is loaded
 * while the phone is idle: the phone's own font where it has one (local(), nothing downloaded),
 * else our file, which the service worker then keeps. So a screen first opened offline, or bold
 * text never seen before, still has its letters, not boxes.
 */
function keepFontsFor(lang: Language): void {
  const family = lang.fontFace;
  if (!family || typeof document === 'undefined' || !('fonts' in document)) return;
  const load = () => document.fonts.forEach((face) => {
    if (face.family.replace(/["']/g, '') === family && face.status === 'unloaded') face.load().catch(() => undefined);
  });
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 5_000 });
  else setTimeout(load, 1_000);
}

export async function applyLanguage(code: string, remember: boolean, scope: Scope = 'all'): Promise<Language> {
  // Chinese needs its font's faces (self-hosted for phones without one: docs/translations.md).
  // They are in place before any Chinese text is drawn: text drawn before them keeps its boxes.
  if (code === 'zh-Hans') await import('../fonts-zh.css');
  const lang = await changeLanguage(code, scope);
  if (scope === 'all') translationsReady.value = true;
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
  currentLanguage.value = lang;
  languageVersion.value++;
  if (remember) languageChosen.value = true;
  if (scope === 'all') keepFontsFor(lang);
  if (remember && !lang.pseudo) {
    try {
      localStorage.setItem(STORAGE_KEY, lang.code);
    } catch {
      /* private mode: the choice lasts for this visit only */
    }
  }
  return lang;
}

let englishNow = false;

/**
 * Runs `make` with every string and format in (British) English, whatever the app's language:
 * the key worker's English line under a sentence a screen builds from several strings
 * (src/ui/state/bilingual.ts). Synchronous, so nothing else can run inside it.
 */
export function inEnglish<T>(make: () => T): T {
  const before = englishNow;
  englishNow = true;
  try {
    return make();
  } finally {
    englishNow = before;
  }
}

/** The language strings and formats are in at this moment (English inside `inEnglish`). */
export function activeLanguageCode(): string {
  return englishNow ? 'en' : (currentLanguage.value?.code ?? 'en');
}

export function t(key: string, options?: Record<string, unknown>): string {
  void languageVersion.value; // subscribe the calling component to language changes
  return englishNow ? i18next.getFixedT('en')(key, options) : i18next.t(key, options);
}

/**
 * For screens whose strings are a lazy namespace (LAZY_NAMESPACES): loads it in the current
 * language and says when it is there. The screen shows a short "loading" until then.
 */
export function useNamespace(ns: string | readonly string[]): boolean {
  const code = currentLanguage.value?.code ?? 'en';
  const [ready, setReady] = useState<string | undefined>();
  const names = typeof ns === 'string' ? ns : ns.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(names.split(',').map((n) => loadNamespace(n, code))).then(() => {
      if (!live) return;
      setReady(code);
      // Components that read strings re-render on this signal, not when a parent does (signals skip those).
      languageVersion.value++;
    });
    return () => { live = false; };
  }, [names, code]);
  // After a language change the English fallback shows until the new language's file is in.
  return ready !== undefined;
}
