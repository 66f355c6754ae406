import { describe, expect, it } from 'vitest';
import { hash } from '../../crypto';
import { toHex } from '../bytes';
import { deflateRaw, inflateRawBounded } from '../compress';
import { DEFLATE_DICTIONARY_V1 } from './deflate-dictionary-v1';

describe('preset DEFLATE dictionary v1', () => {
  it('is frozen: its bytes never change (a new list is a new version)', () => {
    expect(DEFLATE_DICTIONARY_V1.length).toBe(DICTIONARY_LENGTH);
    expect(toHex(hash(DEFLATE_DICTIONARY_V1)).slice(0, 32)).toBe(DICTIONARY_SHA512_PREFIX);
  });

  it('shrinks coded values and is needed to inflate', () => {
    const text = new TextEncoder().encode('speech-language-therapist hives-rash breathing-difficulty');
    const withDict = deflateRaw(text, DEFLATE_DICTIONARY_V1);
    expect(withDict.length).toBeLessThan(deflateRaw(text).length);
    expect(inflateRawBounded(withDict, 1000, DEFLATE_DICTIONARY_V1)).toEqual({ ok: true, value: text });
    expect(inflateRawBounded(withDict, 1000)).not.toEqual({ ok: true, value: text });
  });
});

const DICTIONARY_LENGTH = 1887;
const DICTIONARY_SHA512_PREFIX = '9a13f57d72d4ede4c60eb6c33de3dcde';
