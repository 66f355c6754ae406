import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength';

describe('passphraseStrength', () => {
  const weak = ['', 'abc', 'password', 'Hasło', 'aaaaaaaaaaaa', 'abcdefghijkl', '1234567890', 'qwerty123'];
  weak.forEach((p) =>
    it(`refuses weak "${p}"`, () => {
      expect(passphraseStrength(p).acceptable).toBe(false);
    }),
  );

  const strong = [
    'blue kettle under the stairs',
    'ذهبنا إلى البحر يوم السبت', // Arabic: "we went to the sea on Saturday"
    'ہم ہفتے کو سمندر گئے تھے', // Urdu
    'żółta łódka płynie po Wiśle',
    '😀 tea at nan’s on sunday 🙏',
  ];
  strong.forEach((p) =>
    it(`accepts a long passphrase in any script: "${p}"`, () => {
      const s = passphraseStrength(p);
      expect(s.acceptable).toBe(true);
      expect(s.level).toBeGreaterThanOrEqual(3);
      expect(s.hint).toBe('good');
    }),
  );

  it('says why a passphrase is refused', () => {
    expect(passphraseStrength('short').hint).toBe('too-short');
    expect(passphraseStrength('password').hint).toBe('avoid-common');
    expect(passphraseStrength('abababababababab').hint).toBe('avoid-repeats');
  });

  it('scores NFC and NFD spellings alike', () => {
    const nfc = 'żółta łódka płynie'.normalize('NFC');
    expect(passphraseStrength(nfc)).toEqual(passphraseStrength(nfc.normalize('NFD')));
  });

  it('grows with length', () => {
    const a = passphraseStrength('river stone').bits;
    const b = passphraseStrength('river stone garden lamp').bits;
    expect(b).toBeGreaterThan(a);
  });
});
