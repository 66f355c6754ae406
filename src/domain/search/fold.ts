// Folding text for search so "zażółć" finds "zazolc", "أحمد" finds "احمد", and Urdu and Arabic
// keyboards (ی/ي, ک/ك, ہ/ه) find each other.

// Letters that NFD does not take apart but people type without their marks.
const LETTER_MAP: Readonly<Record<string, string>> = {
  'ł': 'l', 'đ': 'd', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i',
  // Arabic-script variants
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ك': 'ک', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ة': 'ه', 'ۃ': 'ه', 'ـ': '',
};

const COMBINING_MARKS = /\p{M}/gu;
const MAPPED = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'gu');
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(MAPPED, (ch) => LETTER_MAP[ch] ?? ch)
    .replace(ARABIC_INDIC_DIGIT, (ch) => String((ch.charCodeAt(0) & 0xf) % 10))
    .normalize('NFC');
}
