// Digits as people type them. A parent using the app in Arabic, Urdu, Bengali or Chinese may type
// 7.5 as ٧٫٥, ۷٫۵, ৭.৫ or ７.５ (a phone keyboard's own digits, or full-width ones): every form
// is read as the same number.

/** The zero of each run of ten decimal digits a phone keyboard may offer. */
const ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Urdu, Persian)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, // Oriya, Tamil, Telugu, Kannada, Malayalam
  0x0e50, 0x0ed0, 0x1040, 0x17e0, // Thai, Lao, Myanmar, Khmer
  0xff10, // full-width (Chinese and Japanese input)
];
const DIGIT = new RegExp(`[${ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`, 'gu');

/** Every digit above as its ASCII digit; everything else as it is. */
export function asciiDigits(text: string): string {
  return text.replace(DIGIT, (ch) => {
    const cp = ch.codePointAt(0)!;
    const zero = ZEROS.find((z) => cp >= z && cp <= z + 9)!;
    return String(cp - zero);
  });
}
