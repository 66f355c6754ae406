import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENVELOPE_ERRORS } from './envelope/types';
import { SHARE_ERROR_KEYS, shareErrorMessageKey, type ShareErrorCode } from './errors';

/** Every shipped language (each has its folder under locales/) and the translator notes. */
const LANGUAGES = [...readdirSync(new URL('../../locales/', import.meta.url)).filter((d) => !d.startsWith('_') && !d.includes('.')), '_descriptions'];

function messages(lang: string): Record<string, unknown> {
  const file = new URL(`../../locales/${lang}/share.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { error: Record<string, unknown> }).error;
}

describe('share error messages', () => {
  it.each(LANGUAGES)('%s has exactly one message per error code', (lang) => {
    const error = messages(lang);
    const keys = Object.values(SHARE_ERROR_KEYS);
    expect(Object.keys(error).sort()).toEqual([...keys].sort());
    for (const code of Object.keys(SHARE_ERROR_KEYS) as ShareErrorCode[]) {
      const text = error[shareErrorMessageKey(code).slice('error.'.length)];
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}: ${code}`).toBe(true);
    }
  });

  it('covers every envelope error code', () => {
    for (const code of ENVELOPE_ERRORS) expect(SHARE_ERROR_KEYS[code]).toBeTruthy();
  });

  it('uses the exact wording the issue asks for in English', () => {
    const en = messages('en');
    expect(en.expired).toMatch(/^This share has expired\./);
    expect(en.notForMe).toBe('This code was made for someone else.');
    expect(en.notOurs).toBe('This is not a Family File code.');
  });
});
