// Issue 16: dates, numbers, lists and plurals in every shipped language, through the app's own
// formatters and i18next, never English by accident.
import { beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage, findLanguage, initI18n, i18next, LANGUAGES } from '../../i18n';
import { currentLanguage } from '../state/language';
import { formatDate, formatDuration, formatList, formatNumber } from './format';

async function use(code: string) {
  await changeLanguage(code, 'all');
  currentLanguage.value = findLanguage(code);
}

beforeAll(async () => {
  await initI18n();
});

describe('every language formats in its own way', () => {
  it('has twelve languages, two of them right to left', () => {
    expect(LANGUAGES).toHaveLength(12);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'ur']);
  });

  for (const lang of LANGUAGES.filter((l) => l.code !== 'en')) {
    it(`${lang.englishName}: dates, numbers, lists, durations and plural forms`, async () => {
      await use('en');
      const english = { date: formatDate('2025-06-15'), list: formatList(['A', 'B', 'C']), hours: formatDuration(3 * 3_600_000) };
      await use(lang.code);
      const locale = lang.code === 'zh-Hans' ? 'zh' : lang.code;
      // The language's own medium date, from Intl, not the English one.
      expect(formatDate('2025-06-15')).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 5, 15)));
      expect(formatDate('2025-06-15')).not.toBe(english.date);
      expect(formatNumber(1234.5)).toBe(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1234.5));
      expect(formatList(['A', 'B', 'C'])).not.toBe(english.list);
      expect(formatDuration(3 * 3_600_000)).not.toBe(english.hours);
      // Every plural form the language has resolves to its own string.
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const samples: Record<string, number> = {};
      for (let n = 0; n <= 200; n++) {
        const form = new Intl.PluralRules(locale).select(n);
        samples[form] ??= n;
      }
      for (const form of forms) {
        const n = samples[form];
        if (n === undefined) continue; // "many" in Portuguese is for large compact numbers only
        const text = i18next.t('kit:duration.minutes', { count: n });
        expect(text, `${lang.code} ${form} (${n})`).toBe(i18next.getResource(lang.code, 'kit', `duration.minutes_${form}`)?.replace('{{count}}', new Intl.NumberFormat(locale).format(n)));
      }
    });
  }

  it('writes counts inside sentences in the language\'s own digits', async () => {
    await use('bn');
    expect(i18next.t('kit:duration.minutes', { count: 3 })).toContain('৩');
    expect(i18next.t('kit:duration.minutes', { count: 3 })).not.toContain('3');
    await use('pt');
    expect(i18next.t('kit:duration.minutes', { count: 1500 })).toContain('1500'.replace(/^(\d)/, '$1.'));
    await use('en');
    expect(i18next.t('kit:duration.minutes', { count: 1500 })).toContain('1,500');
  });
});
