// Envelope v1 decoder. Total: every input gives a value or one error code, checked in this order
// (docs/share-format.md §8): framing, size, signature, time, recipient, decryption, inflation, body.
// Cheap structural checks come first; nothing is decrypted or inflated before the signature holds.
import { boxKeyPairFromSecret, keyId, openBox, openRaw, verify, type SecretKey, type SignPublicKey } from '../../crypto';
import { decodeBody } from '../body/body';
import { ByteReader, bytesEqual } from '../bytes';
import { decompressCm } from '../cm/cm';
import { inflateRawBounded } from '../compress';
import type { DecodeContext, DecodeResult, EnvelopeHeader, EnvelopeType, KeyId, ShareId } from '../envelope/types';
import {
  DEFLATE_DICTIONARIES, DICTIONARY_MASK, DICTIONARY_SHIFT, EPHEMERAL_KEY_BYTES, FLAG_ATTACHMENTS, FLAG_CM, FLAG_DEFLATED, FLAG_PASSCODE, KEY_ID_BYTES, KNOWN_FLAGS, MAC_BYTES,
  MAX_CLOCK_SKEW_MS, MAX_LIFETIME_MS, SHARE_ID_BYTES, SIGNATURE_BYTES, SIGN_PUBLIC_KEY_BYTES, TYPE_BY_CODE, hasRecipient,
  limitsFor, mayCarryAttachments,
} from './layout';
import { nonceFromHeader } from './nonce';

type Fail = Extract<DecodeResult, { ok: false }>;
const fail = (error: Fail['error']): Fail => ({ ok: false, error });

interface Framed {
  header: EnvelopeHeader;
  headerBytes: Uint8Array;
  deflated: boolean;
  dictionary: Uint8Array | undefined;
  cm: boolean;
  body: Uint8Array;
  signed: Uint8Array;
  signature: Uint8Array;
}

/** Parses the frame after magic and version (already checked by the dispatcher). */
function frame(bytes: Uint8Array): { ok: true; value: Framed } | Fail {
  const reader = new ByteReader(bytes);
  reader.take(4);
  const typeCode = reader.u8();
  if (typeCode < 0) return fail('truncated');
  const type: EnvelopeType | undefined = TYPE_BY_CODE.get(typeCode);
  if (type === undefined) return fail('unknown-type');
  const flags = reader.u8();
  if (flags < 0) return fail('truncated');
  // Bits we do not know would change the meaning of the envelope: a newer writer made it.
  const dictionaryId = (flags & DICTIONARY_MASK) >> DICTIONARY_SHIFT;
  const dictionary = DEFLATE_DICTIONARIES.get(dictionaryId);
  if (
    (flags & ~KNOWN_FLAGS) !== 0 ||
    ((flags & FLAG_PASSCODE) !== 0 && type !== 'open-share') ||
    ((flags & FLAG_ATTACHMENTS) !== 0 && !mayCarryAttachments(type)) ||
    (dictionaryId !== 0 && (dictionary === undefined || (flags & FLAG_DEFLATED) === 0)) ||
    ((flags & FLAG_CM) !== 0 && (flags & (FLAG_DEFLATED | DICTIONARY_MASK)) !== 0)
  ) {
    return fail('unsupported-version');
  }
  const issued = reader.u32();
  const expires = reader.u32();
  const shareId = reader.take(SHARE_ID_BYTES);
  const sender = reader.take(SIGN_PUBLIC_KEY_BYTES);
  const recipient = hasRecipient(type) ? reader.take(KEY_ID_BYTES) : new Uint8Array(0);
  if (issued < 0 || expires < 0 || !shareId || !sender || !recipient) return fail('truncated');
  const headerEnd = reader.position;
  const attachments = (flags & FLAG_ATTACHMENTS) !== 0;

  const length = reader.varint();
  if (!length.ok) return fail(length.error === 'truncated' ? 'truncated' : length.error === 'too-large' ? 'too-large' : 'malformed-body');
  if (length.value > limitsFor(type, attachments).maxWireBody) return fail('too-large');
  const body = reader.take(length.value);
  const signedEnd = reader.position;
  const signature = reader.take(SIGNATURE_BYTES);
  if (!body || !signature) return fail('truncated');
  if (reader.remaining > 0) return fail('trailing-bytes');

  return {
    ok: true,
    value: {
      header: {
        version: 1,
        type,
        issuedAt: issued * 1000,
        expiresAt: expires === 0 ? null : expires * 1000,
        shareId: shareId.slice() as ShareId,
        sender: sender.slice() as SignPublicKey,
        recipientKeyId: hasRecipient(type) ? (recipient.slice() as KeyId) : null,
        passcodeProtected: (flags & FLAG_PASSCODE) !== 0,
        attachments,
      },
      headerBytes: bytes.subarray(0, headerEnd),
      deflated: (flags & FLAG_DEFLATED) !== 0,
      dictionary,
      cm: (flags & FLAG_CM) !== 0,
      body,
      signed: bytes.subarray(0, signedEnd),
      signature,
    },
  };
}

/** Checks the times and caps expiresAt at the type's lifetime (the header is updated in place). */
function checkTime(header: EnvelopeHeader, now: number): Fail | undefined {
  if (header.issuedAt > now + MAX_CLOCK_SKEW_MS) return fail('not-yet-valid');
  if (header.expiresAt === null) return header.type === 'backup' ? undefined : fail('expired');
  // An envelope whose expiry is not after its issue time was never valid.
  if (header.expiresAt <= header.issuedAt) return fail('expired');
  // The sender chooses the lifetime only up to the cap: a share dated to 2106 is held for 7 days.
  const cap = MAX_LIFETIME_MS[header.type];
  if (cap !== null) header.expiresAt = Math.min(header.expiresAt, header.issuedAt + cap);
  if (now >= header.expiresAt) return fail('expired');
  return undefined;
}

function decrypt(framed: Framed, ctx: DecodeContext): { ok: true; value: Uint8Array } | Fail {
  const { header, body } = framed;
  if (header.type === 'contact-card') return { ok: true, value: body };
  if (header.type === 'addressed-share' || header.type === 'contribution') {
    const secret = ctx.myBoxSecretKey;
    if (secret === undefined || header.recipientKeyId === null) return fail('not-for-me');
    const mine = ctx.myBoxKeyId ?? keyId(boxKeyPairFromSecret(secret).publicKey);
    if (!bytesEqual(mine, header.recipientKeyId)) return fail('not-for-me');
    if (body.length < EPHEMERAL_KEY_BYTES + MAC_BYTES) return fail('decrypt-failed');
    const nonce = nonceFromHeader(framed.headerBytes);
    const sealed = new Uint8Array(body.length + nonce.length);
    sealed.set(body.subarray(0, EPHEMERAL_KEY_BYTES), 0);
    sealed.set(nonce, EPHEMERAL_KEY_BYTES);
    sealed.set(body.subarray(EPHEMERAL_KEY_BYTES), EPHEMERAL_KEY_BYTES + nonce.length);
    const opened = openBox(secret, sealed);
    return opened.ok ? opened : fail('decrypt-failed');
  }
  const key: SecretKey | undefined = header.type === 'open-share' ? ctx.openShareKey : ctx.vaultKey;
  if (key === undefined) return fail('not-for-me');
  if (body.length < MAC_BYTES) return fail('decrypt-failed');
  const opened = openRaw(key, nonceFromHeader(framed.headerBytes), body);
  return opened.ok ? opened : fail('decrypt-failed');
}

export function decodeEnvelopeV1(bytes: Uint8Array, ctx: DecodeContext): DecodeResult {
  const framed = frame(bytes);
  if (!framed.ok) return framed;
  const { header } = framed.value;

  if (!verify(header.sender, framed.value.signed, framed.value.signature)) return fail('bad-signature');
  if (ctx.trustedSender !== undefined && !bytesEqual(ctx.trustedSender, header.sender)) return fail('bad-signature');

  const timeFailure = checkTime(header, ctx.now);
  if (timeFailure) return timeFailure;

  const plain = decrypt(framed.value, ctx);
  if (!plain.ok) return plain;

  const limits = limitsFor(header.type, header.attachments);
  let payload = plain.value;
  if (framed.value.deflated) {
    const inflated = inflateRawBounded(payload, limits.maxInflated, framed.value.dictionary);
    if (!inflated.ok) return inflated;
    payload = inflated.value;
  } else if (framed.value.cm) {
    const decoded = decompressCm(payload, limits.maxInflated);
    if (!decoded.ok) return decoded;
    payload = decoded.value;
  } else if (payload.length > limits.maxInflated) {
    return fail('too-large');
  }
  const body = decodeBody(payload, limits.maxInflated);
  if (!body.ok) return body;
  return { ok: true, value: { header, body: body.value } };
}
