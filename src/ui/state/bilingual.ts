// The key worker's bilingual setup (issue 16): the family's language with English underneath, on
// the setup and consent screens, so a key worker and a parent who share no language can go
// through them together. A choice of this phone only, like the language itself; no record data.
import { signal } from '@preact/signals';
import { i18next } from '../../i18n';
import { currentLanguage, inEnglish, languageVersion } from './language';

const STORAGE_KEY = 'ff.bilingual';

function stored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export const bilingual = signal(stored());

export function setBilingual(on: boolean): void {
  bilingual.value = on;
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    /* private mode: the choice lasts for this visit */
  }
}

function showingEnglishToo(): boolean {
  void languageVersion.value;
  const code = currentLanguage.value?.code ?? 'en';
  return bilingual.value && code !== 'en' && !currentLanguage.value?.pseudo;
}

/** The English line to show under a string, or undefined when there is none to show. */
export function englishUnder(key: string, options?: Record<string, unknown>): string | undefined {
  if (!showingEnglishToo()) return undefined;
  const english = i18next.getFixedT('en')(key, options);
  return english === i18next.t(key, options) ? undefined : english;
}

/**
 * The English line under a sentence a screen builds from several strings, lists and dates
 * ("Dr Khan will see About me and Health until Tuesday"): `make` run again in English.
 */
export function englishOfSentence(make: () => string, shown: string): string | undefined {
  if (!showingEnglishToo()) return undefined;
  const english = inEnglish(make);
  return english === shown ? undefined : english;
}
