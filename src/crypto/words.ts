import { requireLength } from './errors';
import { SECRET_KEY_BYTES, type SecretKey } from './keys';
import { hash } from './hash';
import { elevenBitGroups, packElevenBitGroups } from './bits';
import { WORDLIST } from './wordlist';

/**
 * Recovery key as words: 32 key bytes + 1 checksum byte (the first byte of SHA-512(key))
 * = 264 bits = 24 words of 11 bits. The checksum catches a wrong or swapped word
 * that happens to be another valid word, with probability 255/256.
 */
export const RECOVERY_WORD_COUNT = 24;

export type WordsError = 'unknown-word' | 'wrong-length' | 'bad-checksum';
export type WordsResult = { ok: true; value: SecretKey } | { ok: false; error: WordsError; index?: number };

const INDEX_OF = new Map<string, number>(WORDLIST.map((w, i) => [w, i]));
const INDEX_OF_PREFIX = new Map<string, number>(WORDLIST.map((w, i) => [w.slice(0, 4), i]));

export function recoveryKeyToWords(key: SecretKey): string[] {
  requireLength('recoveryKeyToWords', 'key', key, SECRET_KEY_BYTES);
  const bytes = new Uint8Array(SECRET_KEY_BYTES + 1);
  bytes.set(key, 0);
  bytes[SECRET_KEY_BYTES] = hash(key)[0] as number;
  return elevenBitGroups(bytes, RECOVERY_WORD_COUNT).map((i) => WORDLIST[i] as string);
}

/**
 * Accepts any letter case and surrounding spaces, and a word cut short after at least
 * 4 letters (every word is unique in its first 4). `index` points at the first bad word.
 */
export function recoveryKeyFromWords(words: string[]): WordsResult {
  if (words.length !== RECOVERY_WORD_COUNT) return { ok: false, error: 'wrong-length' };
  const indexes: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = lookUpWord(words[i] ?? '');
    if (found === undefined) return { ok: false, error: 'unknown-word', index: i };
    indexes.push(found);
  }
  const bytes = packElevenBitGroups(indexes, SECRET_KEY_BYTES + 1);
  const key = bytes.slice(0, SECRET_KEY_BYTES);
  if ((hash(key)[0] as number) !== bytes[SECRET_KEY_BYTES]) return { ok: false, error: 'bad-checksum' };
  return { ok: true, value: key as SecretKey };
}

/** Index of a typed word in the list, forgiving case, spaces and a prefix of 4 or more letters. */
export function lookUpWord(typed: string): number | undefined {
  const w = typed.trim().toLowerCase();
  const exact = INDEX_OF.get(w);
  if (exact !== undefined) return exact;
  if (w.length < 4) return undefined;
  const byPrefix = INDEX_OF_PREFIX.get(w.slice(0, 4));
  if (byPrefix === undefined) return undefined;
  return (WORDLIST[byPrefix] as string).startsWith(w) ? byPrefix : undefined;
}

/** Splits pasted or typed text into words: anything that is not a letter (spaces, commas, numbering like "1.") separates. */
export function splitRecoveryWords(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
}
