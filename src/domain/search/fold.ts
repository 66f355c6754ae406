// Folding text for search so "zażółć" finds "zazolc", "أحمد" finds "احمد", and Urdu and Arabic
// keyboards (ی/ي, ک/ك, ہ/ه) find each other.

import { asciiDigits } from '../digits';

// Letters that NFD does not take apart but people type without their marks.
const LETTER_MAP: Readonly<Record<string, string>> = {
  'ł': 'l', 'đ': 'd', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i',
  // Arabic-script variants
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ك': 'ک', 'ہ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ة': 'ه', 'ۃ': 'ه', 'ـ': '',
};

const COMBINING_MARKS = /\p{M}/gu;
const MAPPED = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'gu');

export function foldForSearch(text: string): string {
  return asciiDigits(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(MAPPED, (ch) => LETTER_MAP[ch] ?? ch)
    .normalize('NFC');
}
