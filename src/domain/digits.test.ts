import { describe, expect, it } from 'vitest';
import { asciiDigits } from './digits';
import { foldForSearch } from './search/fold';

describe('digits as people type them', () => {
  it('reads every keyboard digit the shipped languages use as the same number', () => {
    expect(asciiDigits('٧٫٥')).toBe('7٫5'); // Arabic
    expect(asciiDigits('۹۴۳ ۴۷۶ ۵۹۱۹')).toBe('943 476 5919'); // Urdu
    expect(asciiDigits('৭.৫')).toBe('7.5'); // Bengali
    expect(asciiDigits('੩੮')).toBe('38'); // Gurmukhi
    expect(asciiDigits('૧૨.૩')).toBe('12.3'); // Gujarati
    expect(asciiDigits('７.５')).toBe('7.5'); // full-width, from Chinese input
    expect(asciiDigits('०१२३४५६७८९')).toBe('0123456789'); // Devanagari
  });

  it('leaves letters, ASCII digits and other numbers alone', () => {
    expect(asciiDigits('Amira 2 ½ ² Ⅻ আমি')).toBe('Amira 2 ½ ² Ⅻ আমি');
  });

  it('search finds a number however it was typed', () => {
    expect(foldForSearch('৩ ml')).toBe(foldForSearch('3 ml'));
    expect(foldForSearch('۳ ml')).toBe(foldForSearch('3 ml'));
  });
});
