import { describe, expect, it } from 'vitest';
import { dominantScript, textLanguage } from './text-language';

describe('the language of free text', () => {
  it('keeps the app language when the text is in its script, or has no letters', () => {
    expect(textLanguage('Likes the swings', 'en')).toBe('en');
    expect(textLanguage('Lubi huśtawki', 'pl')).toBe('pl');
    expect(textLanguage('Likes the swings', 'pl')).toBe('pl'); // Latin: Polish app, Latin text, no way to tell
    expect(textLanguage('تحب الأراجيح', 'ar')).toBe('ar');
    expect(textLanguage('جھولے پسند ہیں', 'ur')).toBe('ur');
    expect(textLanguage('تحب الأراجيح', 'ur')).toBe('ur'); // Arabic script in the Urdu app: the app decides
    expect(textLanguage('5 ml 💊', 'ur')).toBe('ur');
    expect(textLanguage('', 'ar')).toBe('ar');
  });

  it('tags English typed in the Urdu or Arabic app as English, and Polish as Polish', () => {
    expect(textLanguage('Peanut allergy: carries an adrenaline pen', 'ur')).toBe('en');
    expect(textLanguage('Uczulenie na orzeszki, ma przy sobie długopis', 'ar')).toBe('pl');
  });

  it('tags Arabic-script text in a Latin-script app by its letters', () => {
    expect(textLanguage('تحب الأراجيح والفقاعات', 'en')).toBe('ar');
    expect(textLanguage('اسے جھولے اور بلبلے پسند ہیں', 'en')).toBe('ur');
  });

  it('names the one language of scripts only one shipped language uses', () => {
    expect(textLanguage('দোলনা ভালোবাসে', 'en')).toBe('bn');
    expect(textLanguage('ਝੂਲੇ ਪਸੰਦ ਹਨ', 'ur')).toBe('pa');
    expect(textLanguage('હીંચકા ગમે છે', 'pl')).toBe('gu');
    expect(textLanguage('喜欢荡秋千', 'en')).toBe('zh-Hans');
  });

  it('goes by most of the letters when scripts are mixed', () => {
    expect(dominantScript('Calpol (کیلپول) twice a day')).toBe('latin');
    expect(textLanguage('Calpol (کیلپول) twice a day', 'ur')).toBe('en');
    expect(dominantScript('١٢٣ 456')).toBeUndefined();
  });
});
