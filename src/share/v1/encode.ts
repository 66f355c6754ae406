// Envelope v1 encoder. Layout in ./layout.ts and docs/share-format.md §2.
import { boxTo, keyId, randomBytes, sealRaw, sign } from '../../crypto';
import { encodeBody } from '../body/body';
import { ByteWriter, ShareBugError, bytesEqual } from '../bytes';
import { DEFLATE_DICTIONARY_V1, DEFLATE_DICTIONARY_V1_ID } from '../body/deflate-dictionary-v1';
import { compressCm } from '../cm/cm';
import { primerForBody } from '../cm/primers';
import { deflateRaw } from '../compress';
import type { EncodeInput, EncodeResult } from '../envelope/types';
import {
  CM_MAX_ENCODE, DICTIONARY_SHIFT, EPHEMERAL_KEY_BYTES, FLAG_ATTACHMENTS, FLAG_CM, FLAG_DEFLATED, FLAG_PASSCODE, MAGIC, NONCE_BYTES, SHARE_ID_BYTES, TYPE_CODES,
  VERSION, limitsFor,
} from './layout';
import { nonceFromHeader } from './nonce';

function toSeconds(fn: string, what: string, ms: number): number {
  const seconds = Math.floor(ms / 1000);
  if (!Number.isFinite(ms) || seconds < 1 || seconds > 0xffff_ffff) {
    throw new ShareBugError(`${fn}: ${what} ${ms} is outside 1970-2106`);
  }
  return seconds;
}

/**
 * The smallest of: the body as it is (tiny bodies grow under any coder), DEFLATE with the preset
 * dictionary, and, for bodies small enough to code quickly (shares, not backups), CM1 primed for
 * the language most of the body's free text is in.
 */
function smallestCoding(input: EncodeInput, plain: Uint8Array): { payload: Uint8Array; flags: number } {
  let best = { payload: plain, flags: 0 };
  const deflated = deflateRaw(plain, DEFLATE_DICTIONARY_V1);
  if (deflated.length < best.payload.length) best = { payload: deflated, flags: FLAG_DEFLATED | (DEFLATE_DICTIONARY_V1_ID << DICTIONARY_SHIFT) };
  if (input.type !== 'backup' && plain.length <= CM_MAX_ENCODE) {
    const coded = compressCm(plain, primerForBody(input.body));
    if (coded.length < best.payload.length) best = { payload: coded, flags: FLAG_CM };
  }
  return best;
}

export function encodeEnvelopeV1(input: EncodeInput): EncodeResult {
  const issued = toSeconds('encodeEnvelopeV1', 'issuedAt', input.issuedAt);
  let expires = 0;
  if (input.expiresAt === null) {
    if (input.type !== 'backup') throw new ShareBugError('encodeEnvelopeV1: only backups may never expire');
  } else {
    expires = toSeconds('encodeEnvelopeV1', 'expiresAt', input.expiresAt);
    if (expires <= issued) throw new ShareBugError('encodeEnvelopeV1: expiresAt must be after issuedAt');
  }
  const shareId = input.shareId ?? randomBytes(SHARE_ID_BYTES);
  if (shareId.length !== SHARE_ID_BYTES) throw new ShareBugError('encodeEnvelopeV1: shareId must be 8 bytes');

  const attachments = 'attachments' in input && input.attachments === true;
  if (attachments && input.type === 'contribution') throw new ShareBugError('encodeEnvelopeV1: only shares carry attachments');
  const plain = encodeBody(input.body);
  const limits = limitsFor(input.type, attachments);
  if (plain.length > limits.maxInflated) return { ok: false, error: 'too-large' };
  // Photos are JPEG already: a body that carries them is sent as it is, not coded again.
  const { payload, flags: codingFlags } = attachments ? { payload: plain, flags: 0 } : smallestCoding(input, plain);
  let flags = codingFlags;
  if (attachments) flags |= FLAG_ATTACHMENTS;
  if (input.type === 'open-share' && input.passcodeProtected === true) flags |= FLAG_PASSCODE;

  const header = new ByteWriter()
    .bytes(MAGIC)
    .u8(VERSION)
    .u8(TYPE_CODES[input.type])
    .u8(flags)
    .u32(issued)
    .u32(expires)
    .bytes(shareId)
    .bytes(input.sender.publicKey);
  if (input.type === 'addressed-share' || input.type === 'contribution') header.bytes(keyId(input.recipient));
  const headerBytes = header.finish();

  const nonce = nonceFromHeader(headerBytes);
  let body: Uint8Array;
  switch (input.type) {
    case 'contact-card':
      body = payload;
      break;
    case 'addressed-share':
    case 'contribution': {
      const boxed = boxTo(input.recipient, payload, { nonce, ...(input.ephemeral ? { ephemeral: input.ephemeral } : {}) });
      const sentNonce = boxed.subarray(EPHEMERAL_KEY_BYTES, EPHEMERAL_KEY_BYTES + NONCE_BYTES);
      if (!bytesEqual(sentNonce, nonce)) throw new ShareBugError('encodeEnvelopeV1: boxTo ignored the nonce');
      // Drop the nonce from the wire: ephemeral public key || MAC || ciphertext.
      body = new Uint8Array(boxed.length - NONCE_BYTES);
      body.set(boxed.subarray(0, EPHEMERAL_KEY_BYTES), 0);
      body.set(boxed.subarray(EPHEMERAL_KEY_BYTES + NONCE_BYTES), EPHEMERAL_KEY_BYTES);
      break;
    }
    case 'open-share':
      body = sealRaw(input.openShareKey, nonce, payload);
      break;
    case 'backup':
      body = sealRaw(input.vaultKey, nonce, payload);
      break;
  }
  if (body.length > limits.maxWireBody) return { ok: false, error: 'too-large' };

  const signed = new ByteWriter().bytes(headerBytes).varint(body.length).bytes(body).finish();
  const signature = sign(input.sender.secretKey, signed);
  return { ok: true, value: new ByteWriter().bytes(signed).bytes(signature).finish() };
}
