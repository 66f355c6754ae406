// Primers: bytes the coder learns from before the message, so even a short share starts with
// a model that knows our code values and the way the app's languages are written. A share names
// its primer by id; the list is append-only and every primer is frozen.
import { utf8 } from '../../crypto';
import { encodeBody } from '../body/body';
import { concatBytes } from '../bytes';
import { DEFLATE_DICTIONARY_V1 } from '../body/deflate-dictionary-v1';
import { PRIMER_STRUCTURE_V1 } from './primers/structure-v1';
import { PRIMER_TEXT_AR_V1 } from './primers/text-ar-v1';
import { PRIMER_TEXT_EN_V1 } from './primers/text-en-v1';
import { PRIMER_TEXT_PL_V1 } from './primers/text-pl-v1';
import { PRIMER_TEXT_UR_V1 } from './primers/text-ur-v1';

export const PRIMER_IDS = [0, 1, 2, 3, 4] as const;
export type PrimerId = (typeof PRIMER_IDS)[number];

/** Primer 0 is the code values alone; 1-4 put one language's text before them. */
const TEXT_BY_PRIMER: Readonly<Record<PrimerId, string>> = {
  0: '',
  1: PRIMER_TEXT_EN_V1,
  2: PRIMER_TEXT_AR_V1,
  3: PRIMER_TEXT_PL_V1,
  4: PRIMER_TEXT_UR_V1,
};

const PRIMER_BY_LANGUAGE: ReadonlyMap<string, PrimerId> = new Map([['en', 1], ['ar', 2], ['pl', 3], ['ur', 4]]);

export function isPrimerId(id: number): id is PrimerId {
  return (PRIMER_IDS as readonly number[]).includes(id);
}

/** The primer for text mostly in `language` (a BCP 47 tag); the code values alone for any other. */
export function primerForLanguage(language: string | undefined): PrimerId {
  const base = language?.toLowerCase().split('-')[0];
  return (base !== undefined && PRIMER_BY_LANGUAGE.get(base)) || 0;
}

/** Text, then the code values, then the structure: the model adapts, so what it read last weighs most. */
export function primerBytes(id: PrimerId): Uint8Array {
  return concatBytes(utf8(TEXT_BY_PRIMER[id]), DEFLATE_DICTIONARY_V1, encodeBody(PRIMER_STRUCTURE_V1));
}

/** Adds up the UTF-8 bytes of every free text ({text, lang}) in a body, by language. */
function textBytesByLanguage(value: unknown, totals: Map<string, number>, depth = 0): void {
  if (depth > 32 || value === null || typeof value !== 'object' || value instanceof Uint8Array) return;
  if (Array.isArray(value)) {
    for (const item of value) textBytesByLanguage(item, totals, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string' && typeof record.lang === 'string') {
    totals.set(record.lang, (totals.get(record.lang) ?? 0) + utf8(record.text).length);
  }
  for (const item of Object.values(record)) textBytesByLanguage(item, totals, depth + 1);
}

/** The primer for the language most of a body's free text is written in (ties: the first seen). */
export function primerForBody(body: unknown): PrimerId {
  const totals = new Map<string, number>();
  textBytesByLanguage(body, totals);
  let best: string | undefined;
  for (const [language, bytes] of totals) if (best === undefined || bytes > (totals.get(best) ?? 0)) best = language;
  return primerForLanguage(best);
}
