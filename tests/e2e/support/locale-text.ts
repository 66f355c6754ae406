// A string of the app in a given language, read from locales/ the way i18next reads it, so a
// spec can press "Continue" in Somali or Bengali without its own copy of the translations.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../../locales/', import.meta.url).pathname;
const cache = new Map<string, Record<string, unknown>>();

/** `ns:dotted.key` in `lang`, with {{placeholders}} filled in from `values`. */
export function localeText(lang: string, key: string, values: Record<string, string | number> = {}): string {
  const [ns, path] = key.split(':') as [string, string];
  const file = `${lang}/${ns}`;
  let json = cache.get(file);
  if (!json) {
    json = JSON.parse(readFileSync(`${ROOT}${file}.json`, 'utf8')) as Record<string, unknown>;
    cache.set(file, json);
  }
  let node: unknown = json;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`localeText: no ${key} in ${lang}`);
  // Numbers the way the app writes them in sentences (src/i18n/index.ts): Bengali digits in Bengali.
  const number = new Intl.NumberFormat(lang.startsWith('en') ? 'en-GB' : lang, { maximumFractionDigits: 2 });
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    return value === undefined ? `{{${name}}}` : typeof value === 'number' ? number.format(value) : value;
  });
}
