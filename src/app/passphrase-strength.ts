// A passphrase meter that works in any script: it counts user-perceived characters
// (graphemes) and words, not English dictionary hits, so "ذهبنا إلى البحر يوم السبت"
// scores as well as its English equivalent.

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;
export type StrengthHint = 'too-short' | 'add-words' | 'avoid-repeats' | 'avoid-common' | 'good';

export interface Strength {
  level: StrengthLevel;
  /** Rough guessing cost in bits: for the meter, not a security claim. */
  bits: number;
  hint: StrengthHint;
  acceptable: boolean;
}

export const MIN_GRAPHEMES = 10;
export const ACCEPTABLE_BITS = 50;

// A few passwords people reach for first, in several of our languages' keyboards.
const COMMON = new Set([
  'password', 'passw0rd', 'qwerty', 'qwertyuiop', 'azerty', 'letmein', 'iloveyou', 'welcome', 'monkey', 'dragon',
  'football', 'princess', 'sunshine', 'admin', 'abc123', '123456', '12345678', '123456789', '1234567890',
  'haslo', 'hasło', 'kochamcie', 'zaq12wsx', 'familyfile', 'password1', 'qwerty123', '1q2w3e4r', '11111111',
]);

function graphemes(s: string): string[] {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return [...s];
  return [...new Seg(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);
}

/** Bits per character from the kinds of character used (any script counts as letters). */
function poolBits(chars: string[]): number {
  let pool = 0;
  if (chars.some((c) => /\p{Ll}/u.test(c))) pool += 26;
  if (chars.some((c) => /\p{Lu}/u.test(c))) pool += 26;
  if (chars.some((c) => /\p{Lo}|\p{Lm}/u.test(c))) pool += 40; // scripts without case: Arabic, Urdu…
  if (chars.some((c) => /\p{N}/u.test(c))) pool += 10;
  if (chars.some((c) => /[\p{P}\p{S}]/u.test(c))) pool += 20;
  if (chars.some((c) => /\p{Extended_Pictographic}/u.test(c))) pool += 100;
  if (chars.some((c) => /\s/u.test(c))) pool += 1;
  return Math.log2(Math.max(pool, 2));
}

export function passphraseStrength(raw: string): Strength {
  const text = raw.normalize('NFC');
  const chars = graphemes(text);
  if (chars.length === 0) return { level: 0, bits: 0, hint: 'too-short', acceptable: false };
  if (COMMON.has(text.toLowerCase().replace(/\s+/g, ''))) return { level: 0, bits: 0, hint: 'avoid-common', acceptable: false };

  // Repeats and runs add little: count a character only when it differs from the one before
  // and is not the next in a simple sequence (abc, 123).
  let effective = 0;
  for (let i = 0; i < chars.length; i++) {
    const prev = chars[i - 1];
    const cur = chars[i]!;
    const step = prev !== undefined && cur.length === 1 && prev.length === 1 ? cur.charCodeAt(0) - prev.charCodeAt(0) : NaN;
    effective += cur === prev || Math.abs(step) === 1 ? 0.25 : 1;
  }
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size;
  const variety = Math.min(1, distinct / Math.max(4, chars.length * 0.5));
  const words = text.split(/\s+/u).filter((w) => graphemes(w).length >= 2).length;
  const bits = Math.round(effective * poolBits(chars) * (0.55 + 0.45 * variety) + Math.max(0, words - 1) * 4);

  const level: StrengthLevel = bits >= 80 ? 4 : bits >= ACCEPTABLE_BITS ? 3 : bits >= 35 ? 2 : bits >= 20 ? 1 : 0;
  const acceptable = chars.length >= MIN_GRAPHEMES && bits >= ACCEPTABLE_BITS;
  const hint: StrengthHint =
    chars.length < MIN_GRAPHEMES ? 'too-short' : variety < 0.5 ? 'avoid-repeats' : acceptable ? 'good' : 'add-words';
  return { level, bits, hint, acceptable };
}
