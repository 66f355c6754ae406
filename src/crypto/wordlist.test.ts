import { describe, expect, it } from 'vitest';
import { hash, utf8 } from './index';
import { toHex } from '../../tests/fixtures/crypto/hex';
import { WORDLIST } from './wordlist';

// Printed recovery sheets depend on this exact list, in this order.
const LIST_SHA512_PREFIX = '0440caf846aab5ff852688f0df48c57d';

// Pairs that sound alike when a fingerprint is read aloud; at most one of each may be listed.
const HOMOPHONES: [string, string][] = [
  ['flour', 'flower'], ['heal', 'heel'], ['plain', 'plane'], ['peace', 'piece'], ['aisle', 'isle'],
  ['chili', 'chilly'], ['mussel', 'muscle'], ['quay', 'key'], ['cymbal', 'symbol'], ['sundae', 'sunday'],
  ['miner', 'minor'], ['medal', 'metal'], ['pedal', 'petal'], ['advice', 'advise'], ['desert', 'dessert'],
  ['chord', 'cord'], ['read', 'red'], ['sea', 'see'], ['sun', 'son'], ['hair', 'hare'], ['bear', 'bare'],
  ['night', 'knight'], ['deer', 'dear'], ['sail', 'sale'], ['tail', 'tale'], ['peak', 'peek'], ['pail', 'pale'],
  ['meat', 'meet'], ['week', 'weak'], ['rain', 'reign'], ['road', 'rode'], ['whole', 'hole'], ['knot', 'not'],
  ['hour', 'our'], ['four', 'for'], ['eight', 'ate'], ['one', 'won'], ['two', 'too'], ['wait', 'weight'],
  ['berry', 'bury'], ['tea', 'tee'], ['toe', 'tow'], ['sole', 'soul'], ['steel', 'steal'], ['writer', 'rider'],
  ['idle', 'idol'], ['cellar', 'seller'], ['lute', 'loot'], ['maid', 'made'], ['mail', 'male'], ['sum', 'some'],
];

// Words spelt differently in British and American English; neither spelling is listed.
const SPELLING_VARIANTS = [
  'colour', 'color', 'grey', 'gray', 'harbour', 'harbor', 'favour', 'favor', 'honour', 'honor', 'theatre', 'theater',
  'metre', 'meter', 'cosy', 'cozy', 'yogurt', 'yoghurt', 'pajamas', 'pyjamas', 'jeweller', 'jeweler', 'traveler',
  'traveller', 'vapour', 'vapor', 'humour', 'humor', 'neighbour', 'neighbor', 'organise', 'organize', 'mum', 'mom',
];

describe('WORDLIST', () => {
  it('has exactly 2048 distinct words', () => {
    expect(WORDLIST).toHaveLength(2048);
    expect(new Set(WORDLIST).size).toBe(2048);
  });

  it('is sorted, so a reader can find a word on the printed sheet', () => {
    expect([...WORDLIST].sort()).toEqual(WORDLIST);
  });

  it('has only 3–8 lowercase ASCII letters per word', () => {
    const bad = WORDLIST.filter((w) => !/^[a-z]{3,8}$/.test(w));
    expect(bad).toEqual([]);
  });

  it('is unique in the first 4 letters of every word', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const w of WORDLIST) {
      const p = w.slice(0, 4);
      if (seen.has(p)) clashes.push(`${seen.get(p)}/${w}`);
      seen.set(p, w);
    }
    expect(clashes).toEqual([]);
  });

  it('lists at most one word of each homophone pair', () => {
    const both = HOMOPHONES.filter(([a, b]) => WORDLIST.includes(a) && WORDLIST.includes(b));
    expect(both).toEqual([]);
  });

  it('avoids words spelt differently in British and American English', () => {
    expect(WORDLIST.filter((w) => SPELLING_VARIANTS.includes(w))).toEqual([]);
  });

  it('has not changed (printed recovery sheets depend on it)', () => {
    expect(toHex(hash(utf8(WORDLIST.join('\n')))).slice(0, 32)).toBe(LIST_SHA512_PREFIX);
  });
});
