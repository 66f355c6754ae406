import i18next, { type i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, findLanguage, type Language } from './languages';
import { pseudoResource, type Resource } from './pseudo';

export * from './languages';

// Locale files load lazily, one chunk per file, so a parent downloads only their
// language. The service worker precaches all of them for offline use.
// Translator notes (locales/_descriptions) are for translators only: kept out of the build.
const files = import.meta.glob<{ default: Resource }>(['../../locales/*/*.json', '!../../locales/_descriptions/*.json']);

function filesFor(lang: string): Array<[ns: string, load: () => Promise<{ default: Resource }>]> {
  const prefix = `../../locales/${lang}/`;
  return Object.entries(files)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, load]) => [path.slice(prefix.length, -'.json'.length), load]);
}

export const NAMESPACES: readonly string[] = [...new Set(filesFor('en').map(([ns]) => ns))];

/** The namespace the first screens need; everything else loads right after first paint. */
export const FIRST_NAMESPACE = 'common';
/**
 * Namespaces of screens few people open (a professional writing back, the parent's inbox): not
 * loaded with the rest, but by the screen itself (loadNamespace), so unlocking does not pay for them.
 */
export const LAZY_NAMESPACES: readonly string[] = ['inbox', 'summary', 'backup', 'restore', 'receive', 'passport', 'health', 'consent'];
export type Scope = 'first' | 'all';

async function loadResources(lang: Language, scope: Scope): Promise<Record<string, Resource>> {
  const source = lang.pseudo ? 'en' : lang.code;
  const out: Record<string, Resource> = {};
  await Promise.all(
    filesFor(source)
      .filter(([ns]) => (scope === 'all' && !LAZY_NAMESPACES.includes(ns)) || ns === FIRST_NAMESPACE)
      .map(async ([ns, load]) => {
        const res = (await load()).default;
        out[ns] = lang.pseudo ? pseudoResource(res, lang.dir === 'rtl') : res;
      }),
  );
  return out;
}

// Numbers inside sentences ("3 photos", "entry 12") are written the language's way, like every
// other number the app shows: Bengali counts in Bengali digits, Portuguese decimals with a comma.
// Plural choice still uses the number itself. No string asks for a named format.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberIn(lng: string | undefined): Intl.NumberFormat | undefined {
  const locale = !lng || lng.startsWith('en') ? 'en-GB' : lng;
  let f = numberFormats.get(locale);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    } catch {
      return undefined;
    }
    numberFormats.set(locale, f);
  }
  return f;
}
const numbersInTheirLanguage = {
  type: 'formatter' as const,
  init() {},
  add() {},
  addCached() {},
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    (typeof value === 'number' && Number.isFinite(value) ? (numberIn(lng)?.format(value) ?? value) : value),
};

let ready: Promise<I18n> | undefined;

/** Initialise i18next once; English is always loaded as the fallback. */
export function initI18n(): Promise<I18n> {
  ready ??= (async () => {
    const en = await loadResources(findLanguage(DEFAULT_LANGUAGE)!, 'first');
    await i18next.use(numbersInTheirLanguage).init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      resources: { en },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false, alwaysFormat: true }, // Preact escapes text already
      returnNull: false,
    });
    return i18next;
  })();
  return ready;
}

const loaded = new Map<string, Scope>();

async function ensureLoaded(i18n: I18n, lang: Language, scope: Scope): Promise<void> {
  const have = loaded.get(lang.code);
  if (have === 'all' || have === scope) return;
  const res = await loadResources(lang, scope);
  for (const [ns, bundle] of Object.entries(res)) i18n.addResourceBundle(lang.code, ns, bundle, true, true);
  loaded.set(lang.code, scope);
}

/**
 * Load a language's strings and switch to it. 'first' loads only what the first screens
 * need (for a fast first paint); 'all' loads every namespace, with English as fallback.
 */
export async function changeLanguage(code: string, scope: Scope = 'all'): Promise<Language> {
  const lang = findLanguage(code) ?? findLanguage(DEFAULT_LANGUAGE)!;
  const i18n = await initI18n();
  await Promise.all([
    ensureLoaded(i18n, lang, scope),
    scope === 'all' ? ensureLoaded(i18n, findLanguage(DEFAULT_LANGUAGE)!, 'all') : Promise.resolve(),
  ]);
  await i18n.changeLanguage(lang.code);
  return lang;
}

const lazyLoaded = new Set<string>();

/** Loads one lazy namespace in a language and in English (the fallback); at once if already there. */
export async function loadNamespace(ns: string, code: string): Promise<void> {
  const i18n = await initI18n();
  const langs = [findLanguage(code) ?? findLanguage(DEFAULT_LANGUAGE)!, findLanguage(DEFAULT_LANGUAGE)!];
  await Promise.all(langs.map(async (lang) => {
    const key = `${lang.code}/${ns}`;
    if (lazyLoaded.has(key)) return;
    const file = filesFor(lang.pseudo ? 'en' : lang.code).find(([name]) => name === ns);
    if (!file) return;
    const res = (await file[1]()).default;
    i18n.addResourceBundle(lang.code, ns, lang.pseudo ? pseudoResource(res, lang.dir === 'rtl') : res, true, true);
    lazyLoaded.add(key);
  }));
}

export { i18next };
