import { requireLength } from './errors';
import { SECRET_KEY_BYTES, type SecretKey } from './keys';
import { hash } from './hash';
import { elevenBitGroups, packElevenBitGroups } from './bits';
import { WORDLIST } from './wordlist';
import { randomBytes } from './keys';

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

/**
 * Open-share passcodes are words from the same 2048-word list, chosen by the app, never typed by
 * the parent: five words are 55 bits, which someone holding a photo of the code, or the saved
 * file, must search through the passcode KDF at about half a second a guess (issue 13 asks at
 * least 55 bits of a file protected this way; the QR code gets the same).
 */
export const PASSCODE_WORD_COUNT = 5;

export function newPasscodeWords(count = PASSCODE_WORD_COUNT): string[] {
  const bytes = randomBytes(2 * count);
  const words: string[] = [];
  // 65536 is a multiple of 2048, so the low 11 bits of two random bytes are uniform.
  for (let i = 0; i < count; i++) words.push(WORDLIST[(((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number)) & 0x7ff] as string);
  return words;
}

/**
 * The passcode as the KDF sees it. Words from the list, however they were typed (any case, extra
 * spaces or commas, a word cut short after 4 letters), become the list's words joined by single
 * spaces, exactly as the writer wrapped them. Anything else (the numeric codes parents typed
 * before words) is only trimmed, so those codes still open.
 */
export function canonicalPasscode(typed: string): string {
  const trimmed = typed.trim();
  if (!/\p{L}/u.test(trimmed) || /\d/.test(trimmed)) return trimmed;
  const indexes = splitRecoveryWords(trimmed).map(lookUpWord);
  if (indexes.length === 0 || indexes.some((i) => i === undefined)) return trimmed;
  return indexes.map((i) => WORDLIST[i as number] as string).join(' ');
}
