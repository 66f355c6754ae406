import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toHex } from '../../tests/fixtures/crypto/hex';
import {
  FINGERPRINT_WORD_COUNT, RECOVERY_WORD_COUNT, asSecretKey, fingerprint, hash, recoveryKeyFromWords,
  recoveryKeyToWords, splitRecoveryWords, type SecretKey,
  PASSCODE_WORD_COUNT, newPasscodeWords, canonicalPasscode,
} from './index';
import { WORDLIST } from './wordlist';

// An independent (BigInt) reading of the bit layout: the words are big-endian 11-bit
// slices of key || checksum byte, or of SHA-512 for fingerprints.
function slices(bytes: Uint8Array, count: number): string[] {
  const big = BigInt('0x' + toHex(bytes));
  const totalBits = BigInt(bytes.length * 8);
  return Array.from({ length: count }, (_, i) => {
    const shift = totalBits - BigInt((i + 1) * 11);
    return WORDLIST[Number((big >> shift) & 0x7ffn)] as string;
  });
}

function withChecksum(key: Uint8Array): Uint8Array {
  const out = new Uint8Array(33);
  out.set(key);
  out[32] = hash(key)[0] as number;
  return out;
}

const key = asSecretKey(Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff));
const words = recoveryKeyToWords(key);

/** Small seeded generator so the rate measurements below are repeatable. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomKeyFrom(rand: () => number): SecretKey {
  return asSecretKey(Uint8Array.from({ length: 32 }, () => Math.floor(rand() * 256)));
}

describe('recoveryKeyToWords', () => {
  it('gives 24 words that are the 11-bit slices of key || first byte of SHA-512(key)', () => {
    expect(words).toHaveLength(RECOVERY_WORD_COUNT);
    expect(words).toEqual(slices(withChecksum(key), 24));
  });

  it('maps the all-zero and all-one keys to the first and last list words, then the checksum word', () => {
    const zeros = recoveryKeyToWords(asSecretKey(new Uint8Array(32)));
    expect(zeros.slice(0, 23)).toEqual(Array(23).fill(WORDLIST[0]));
    expect(zeros[23]).toBe(WORDLIST[hash(new Uint8Array(32))[0] as number]);
    const ones = recoveryKeyToWords(asSecretKey(new Uint8Array(32).fill(0xff)));
    expect(ones.slice(0, 23)).toEqual(Array(23).fill(WORDLIST[2047]));
    expect(ones[23]).toBe(WORDLIST[(0b111 << 8) | (hash(new Uint8Array(32).fill(0xff))[0] as number)]);
  });

  it('throws naming the function for a key of the wrong length', () => {
    expect(() => recoveryKeyToWords(new Uint8Array(16) as SecretKey)).toThrow(/^recoveryKeyToWords: key must be 32 bytes/);
  });
});

describe('recoveryKeyFromWords', () => {
  it('round-trips', () => {
    const result = recoveryKeyFromWords(words);
    expect(result.ok && toHex(result.value)).toBe(toHex(key));
  });

  it('round-trips random keys (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const result = recoveryKeyFromWords(recoveryKeyToWords(asSecretKey(bytes)));
        return result.ok && toHex(result.value) === toHex(bytes);
      }),
      { seed: 4242, numRuns: 300 },
    );
  });

  it('accepts any letter case and surrounding spaces', () => {
    const messy = words.map((w, i) => (i % 3 === 0 ? w.toUpperCase() : i % 3 === 1 ? `  ${w}\t` : w[0]!.toUpperCase() + w.slice(1)));
    const result = recoveryKeyFromWords(messy);
    expect(result.ok && toHex(result.value)).toBe(toHex(key));
  });

  it('accepts each word cut to its first 4 (or more) letters', () => {
    const short = words.map((w, i) => w.slice(0, i % 2 === 0 ? 4 : Math.max(4, w.length - 1)));
    const result = recoveryKeyFromWords(short);
    expect(result.ok && toHex(result.value)).toBe(toHex(key));
  });

  it('reports wrong-length for anything but 24 words', () => {
    expect(recoveryKeyFromWords(words.slice(0, 23))).toEqual({ ok: false, error: 'wrong-length' });
    expect(recoveryKeyFromWords([...words, words[0]!])).toEqual({ ok: false, error: 'wrong-length' });
    expect(recoveryKeyFromWords([])).toEqual({ ok: false, error: 'wrong-length' });
  });

  it('reports unknown-word with the index of the first unknown word', () => {
    const bad = [...words];
    bad[5] = 'qqqq';
    bad[9] = 'zzzzz';
    expect(recoveryKeyFromWords(bad)).toEqual({ ok: false, error: 'unknown-word', index: 5 });
  });

  it('treats a 4-letter prefix followed by wrong letters, a 3-letter stub and an empty entry as unknown', () => {
    const long = WORDLIST.find((w) => w.length >= 6 && !WORDLIST.includes(w.slice(0, 3)))!;
    for (const typed of [long.slice(0, 4) + 'qq', long.slice(0, 3), '', '   ']) {
      const bad = [...words];
      bad[0] = typed;
      expect(recoveryKeyFromWords(bad)).toEqual({ ok: false, error: 'unknown-word', index: 0 });
    }
  });

  it('reports bad-checksum when one word is swapped for another valid word', () => {
    const bad = [...words];
    bad[3] = WORDLIST[(WORDLIST.indexOf(words[3]!) + 1) % 2048]!;
    expect(recoveryKeyFromWords(bad)).toEqual({ ok: false, error: 'bad-checksum' });
  });

  it('catches at least 99% of single-word substitutions (20,000 seeded trials)', () => {
    const rand = seeded(1);
    const trials = 20_000;
    let caught = 0;
    for (let t = 0; t < trials; t++) {
      const w = recoveryKeyToWords(randomKeyFrom(rand));
      const at = Math.floor(rand() * 24);
      const was = WORDLIST.indexOf(w[at]!);
      w[at] = WORDLIST[(was + 1 + Math.floor(rand() * 2047)) % 2048]!;
      const result = recoveryKeyFromWords(w);
      if (!result.ok) {
        expect(result.error).toBe('bad-checksum');
        caught++;
      }
    }
    console.info(`single-word substitutions caught: ${caught}/${trials} (${((100 * caught) / trials).toFixed(2)}%)`);
    expect(caught / trials).toBeGreaterThanOrEqual(0.99);
  });

  it('catches at least 99% of two neighbouring words written in swapped order (5,000 seeded trials)', () => {
    const rand = seeded(2);
    const trials = 5_000;
    let caught = 0;
    let counted = 0;
    for (let t = 0; t < trials; t++) {
      const w = recoveryKeyToWords(randomKeyFrom(rand));
      const at = Math.floor(rand() * 23);
      if (w[at] === w[at + 1]) continue;
      [w[at], w[at + 1]] = [w[at + 1]!, w[at]!];
      counted++;
      if (!recoveryKeyFromWords(w).ok) caught++;
    }
    expect(caught / counted).toBeGreaterThanOrEqual(0.99);
  });
});

describe('splitRecoveryWords', () => {
  it('splits typed or pasted text on spaces, new lines, commas and numbering', () => {
    expect(splitRecoveryWords(' 1. apple  2. bread\n3) cake,daisy;\t4 echo ')).toEqual(['apple', 'bread', 'cake', 'daisy', 'echo']);
    expect(splitRecoveryWords(words.join('\n'))).toEqual(words);
    expect(splitRecoveryWords('')).toEqual([]);
  });
});

describe('fingerprint', () => {
  it('gives the first 66 bits of SHA-512(publicKey) as 6 words', () => {
    const publicKey = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    const fp = fingerprint(publicKey);
    expect(fp).toHaveLength(FINGERPRINT_WORD_COUNT);
    expect(fp).toEqual(slices(hash(publicKey), 6));
  });

  it('changes completely when one key bit changes', () => {
    const a = new Uint8Array(32);
    const b = new Uint8Array(32);
    b[31] = 1;
    const same = fingerprint(a).filter((w, i) => fingerprint(b)[i] === w).length;
    expect(same).toBeLessThan(3);
  });
});

describe('open-share passcode words', () => {
  it('are five words from the list, different each time', () => {
    const a = newPasscodeWords();
    expect(a).toHaveLength(PASSCODE_WORD_COUNT);
    for (const w of a) expect(WORDLIST).toContain(w);
    const seen = new Set(Array.from({ length: 50 }, () => newPasscodeWords().join(' ')));
    expect(seen.size).toBeGreaterThan(45);
  });

  it('spread over the whole list (no index is favoured by the bit trick)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) for (const w of newPasscodeWords()) counts.set(w, (counts.get(w) ?? 0) + 1);
    // 16,000 draws over 2,048 words: about 1,950 distinct words are expected; a bias to a
    // quarter of the list would show fewer than 512.
    expect(counts.size).toBeGreaterThan(1800);
  });

  it('read back the same however they are typed, and leave numeric codes as they were', () => {
    const words = [WORDLIST[0]!, WORDLIST[700]!, WORDLIST[1400]!, WORDLIST[2047]!];
    const canonical = words.join(' ');
    expect(canonicalPasscode(canonical)).toBe(canonical);
    expect(canonicalPasscode(`  ${words.map((w) => w.toUpperCase()).join(',   ')} `)).toBe(canonical);
    expect(canonicalPasscode(words.map((w) => (w.length > 4 ? w.slice(0, 4) : w)).join(' '))).toBe(canonical);
    expect(canonicalPasscode(' 482193 ')).toBe('482193');
    expect(canonicalPasscode('not-a-listword zzzz')).toBe('not-a-listword zzzz');
  });
});
