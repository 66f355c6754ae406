import { hash } from './hash';
import { elevenBitGroups } from './bits';
import { WORDLIST } from './wordlist';

export const FINGERPRINT_WORD_COUNT = 6;

/**
 * Six words (66 bits of SHA-512(publicKey)) that two people read aloud to each other
 * to confirm they hold the same key. Same list as the recovery words.
 */
export function fingerprint(publicKey: Uint8Array): string[] {
  return elevenBitGroups(hash(publicKey), FINGERPRINT_WORD_COUNT).map((i) => WORDLIST[i] as string);
}
