// Version dispatch: magic and version byte pick the module that reads the rest.
// Every version module stays here forever so old shares and backups remain readable.
import { decodeEnvelopeV1 } from '../v1/decode';
import { encodeEnvelopeV1 } from '../v1/encode';
import { MAGIC } from '../v1/layout';
import type { DecodeContext, DecodeResult, EncodeInput, EncodeResult } from './types';

const MAGIC_LENGTH = MAGIC.length;

/** Encodes with the current version (1). */
export function encodeEnvelope(input: EncodeInput): EncodeResult {
  return encodeEnvelopeV1(input);
}

/** Total: never throws, whatever the bytes. See docs/share-format.md §8 for the order of checks. */
export function decodeEnvelope(bytes: Uint8Array, ctx: DecodeContext): DecodeResult {
  const prefix = Math.min(bytes.length, MAGIC_LENGTH);
  for (let i = 0; i < prefix; i++) if (bytes[i] !== MAGIC[i]) return { ok: false, error: 'bad-magic' };
  if (bytes.length <= MAGIC_LENGTH) return { ok: false, error: 'truncated' };
  switch (bytes[MAGIC_LENGTH]) {
    case 1:
      return decodeEnvelopeV1(bytes, ctx);
    default:
      return { ok: false, error: 'unsupported-version' };
  }
}
