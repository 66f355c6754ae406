import { describe, expect, it } from 'vitest';
import { asSecretKey, boxKeyPairFromSecret, keyId, sign, signKeyPairFromSeed } from '../../crypto';
import type { BodyValue } from '../body/body';
import { ByteWriter } from '../bytes';
import { decodeEnvelope, encodeEnvelope } from '../envelope/envelope';
import type { DecodeContext, EncodeInput, ShareId } from '../envelope/types';

const fill = (n: number, v: number) => new Uint8Array(n).fill(v);
const parent = signKeyPairFromSeed(fill(32, 1));
const pro = signKeyPairFromSeed(fill(32, 2));
const mallory = signKeyPairFromSeed(fill(32, 3));
const proBox = boxKeyPairFromSecret(fill(32, 4));
const otherBox = boxKeyPairFromSecret(fill(32, 5));
const parentBox = boxKeyPairFromSecret(fill(32, 6));
const openKey = asSecretKey(fill(32, 7));
const vaultKey = asSecretKey(fill(32, 8));

const T0 = Date.UTC(2025, 0, 15, 9, 30);
const HOUR = 3600_000;
const body: BodyValue = { sections: { 'about-me': { name: 'Amira', lang: 'en', likes: { text: 'trains', lang: 'en' } } } };
const shareId = fill(8, 9) as ShareId;

function make(type: EncodeInput['type'], extra: Partial<EncodeInput> = {}): Uint8Array {
  const common = { sender: type === 'contribution' || type === 'contact-card' ? pro : parent, issuedAt: T0, expiresAt: T0 + 24 * HOUR, body, shareId };
  const inputs: Record<EncodeInput['type'], EncodeInput> = {
    'contact-card': { ...common, type: 'contact-card' },
    'addressed-share': { ...common, type: 'addressed-share', recipient: proBox.publicKey },
    'open-share': { ...common, type: 'open-share', openShareKey: openKey },
    contribution: { ...common, type: 'contribution', recipient: parentBox.publicKey },
    backup: { ...common, type: 'backup', vaultKey, expiresAt: null },
  };
  const result = encodeEnvelope({ ...inputs[type], ...extra } as EncodeInput);
  if (!result.ok) throw new Error(`make: ${result.error}`);
  return result.value;
}

const ctxFor: Record<EncodeInput['type'], DecodeContext> = {
  'contact-card': { now: T0 + HOUR },
  'addressed-share': { now: T0 + HOUR, myBoxSecretKey: proBox.secretKey },
  'open-share': { now: T0 + HOUR, openShareKey: openKey },
  contribution: { now: T0 + HOUR, myBoxSecretKey: parentBox.secretKey, myBoxKeyId: keyId(parentBox.publicKey) },
  backup: { now: T0 + 1000 * 24 * HOUR, vaultKey },
};
const TYPES = Object.keys(ctxFor) as EncodeInput['type'][];

describe('envelope v1 round trips', () => {
  TYPES.forEach((type) => {
    it(`${type}: decodes to the header and body that went in`, () => {
      const decoded = decodeEnvelope(make(type), ctxFor[type]);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.value.body).toEqual(body);
      expect(decoded.value.header).toMatchObject({ version: 1, type, issuedAt: T0, shareId });
      expect(decoded.value.header.expiresAt).toBe(type === 'backup' ? null : T0 + 24 * HOUR);
    });
  });

  it('the addressed share carries the recipient key id, and no nonce on the wire', () => {
    const bytes = make('addressed-share');
    expect(bytes.subarray(54, 62)).toEqual(keyId(proBox.publicKey));
    const contact = make('contact-card');
    expect(contact.length).toBeLessThan(bytes.length);
    // 62 header + 1 length + 32 ephemeral key + 16 MAC + payload + 64 signature; the payload is the card's.
    expect(bytes.length - contact.length).toBe(8 + 32 + 16);
  });

  it('keeps a tiny body uncompressed when DEFLATE would grow it', () => {
    const bytes = make('contact-card', { body: { name: 'A' } });
    expect((bytes[5] ?? 0) & 0b10).toBe(0);
    expect(decodeEnvelope(bytes, ctxFor['contact-card'])).toMatchObject({ ok: true, value: { body: { name: 'A' } } });
  });

  it('marks a passcode-protected open share in the signed flags', () => {
    const decoded = decodeEnvelope(make('open-share', { passcodeProtected: true }), ctxFor['open-share']);
    expect(decoded).toMatchObject({ ok: true, value: { header: { passcodeProtected: true } } });
  });
});

describe('envelope v1 refusals', () => {
  const addressed = make('addressed-share');
  const ctx = ctxFor['addressed-share'];
  const flip = (at: number) => {
    const copy = addressed.slice();
    copy[at] = (copy[at] ?? 0) ^ 0x01;
    return copy;
  };

  const cases: [string, Uint8Array, DecodeContext, string][] = [
    ['empty input', new Uint8Array(0), ctx, 'truncated'],
    ['another magic', Uint8Array.from([0x50, 0x4b, 3, 4]), ctx, 'bad-magic'],
    ['magic only', addressed.subarray(0, 3), ctx, 'truncated'],
    ['version 2', flip(3).map((b, i) => (i === 3 ? 2 : b)), ctx, 'unsupported-version'],
    ['type 9', addressed.map((b, i) => (i === 4 ? 9 : b)), ctx, 'unknown-type'],
    ['an unknown flag', addressed.map((b, i) => (i === 5 ? b | 0x80 : b)), ctx, 'unsupported-version'],
    ['a cut header', addressed.subarray(0, 40), ctx, 'truncated'],
    ['a cut signature', addressed.subarray(0, addressed.length - 1), ctx, 'truncated'],
    ['an extra byte', Uint8Array.from([...addressed, 0]), ctx, 'trailing-bytes'],
    ['a flipped expiry', flip(12), ctx, 'bad-signature'],
    ['a flipped recipient', flip(58), ctx, 'bad-signature'],
    ['a flipped body byte', flip(100), ctx, 'bad-signature'],
    ['a flipped signature', flip(addressed.length - 5), ctx, 'bad-signature'],
    ['an unexpected sender', addressed, { ...ctx, trustedSender: pro.publicKey }, 'bad-signature'],
    ['reading after expiry', addressed, { ...ctx, now: T0 + 24 * HOUR }, 'expired'],
    ['a share from the future', addressed, { ...ctx, now: T0 - 6 * 60_000 }, 'not-yet-valid'],
    ['someone else\'s key', addressed, { now: T0 + HOUR, myBoxSecretKey: otherBox.secretKey }, 'not-for-me'],
    ['no box key at all', addressed, { now: T0 + HOUR }, 'not-for-me'],
    ['a wrong key with a matching id', addressed, { now: T0 + HOUR, myBoxSecretKey: otherBox.secretKey, myBoxKeyId: keyId(proBox.publicKey) }, 'decrypt-failed'],
    ['an open share without its key', make('open-share'), { now: T0 + HOUR }, 'not-for-me'],
    ['an open share with a wrong key', make('open-share'), { now: T0 + HOUR, openShareKey: vaultKey }, 'decrypt-failed'],
    ['a backup with a wrong key', make('backup'), { now: T0, vaultKey: openKey }, 'decrypt-failed'],
  ];
  cases.forEach(([what, bytes, context, error]) => {
    it(`${what} -> ${error}`, () => {
      expect(decodeEnvelope(bytes, context)).toEqual({ ok: false, error });
    });
  });

  it('accepts a clock up to five minutes behind the sender', () => {
    expect(decodeEnvelope(addressed, { ...ctx, now: T0 - 4 * 60_000 }).ok).toBe(true);
  });

  it('refuses a declared body length over the cap before reading it', () => {
    const header = addressed.subarray(0, 62);
    const bytes = new ByteWriter().bytes(header).varint(300 * 1024).bytes(fill(100, 0)).finish();
    expect(decodeEnvelope(bytes, ctx)).toEqual({ ok: false, error: 'too-large' });
  });

  it('Mallory cannot re-sign the parent\'s ciphertext as his own: the nonce is bound to the header', () => {
    const copy = addressed.slice(0, addressed.length - 64);
    copy.set(mallory.publicKey, 22);
    const forged = Uint8Array.from([...copy, ...sign(mallory.secretKey, copy)]);
    expect(decodeEnvelope(forged, ctx)).toEqual({ ok: false, error: 'decrypt-failed' });
  });

  it('a signed but undecodable body is malformed-body, after decryption', () => {
    // Build a contact card by hand whose body is not CBOR; the signature is valid.
    const header = make('contact-card').subarray(0, 54).slice();
    header[5] = 0; // not deflated
    const signed = new ByteWriter().bytes(header).varint(3).bytes(Uint8Array.from([1, 0x1f, 0])).finish();
    const bytes = Uint8Array.from([...signed, ...sign(pro.secretKey, signed)]);
    expect(decodeEnvelope(bytes, ctxFor['contact-card'])).toEqual({ ok: false, error: 'malformed-body' });
  });

  it('a signed deflate bomb stops at the inflate cap', async () => {
    const { deflateRaw } = await import('../compress');
    const header = make('contact-card').subarray(0, 54).slice();
    header[5] = 0b10;
    const bomb = deflateRaw(new Uint8Array(20 * 1024 * 1024));
    const signed = new ByteWriter().bytes(header).varint(bomb.length).bytes(bomb).finish();
    const bytes = Uint8Array.from([...signed, ...sign(pro.secretKey, signed)]);
    expect(decodeEnvelope(bytes, ctxFor['contact-card'])).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('envelope v1: shares that carry photos (flag bit 5, share-format §4.6)', () => {
  // Bytes that do not compress, as a JPEG's do not.
  let seed = 0x2545f491;
  const photo = Uint8Array.from({ length: 400 * 1024 }, () => {
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return seed & 0xff;
  });
  const withPhoto: BodyValue = { ...(body as Record<string, BodyValue>), attachments: [{ id: 'p1', type: 'image/jpeg', bytes: photo }] };

  it('a body too big for a QR-sized share travels when the flag says it carries attachments', () => {
    const encodeInput = (attachments: boolean): EncodeInput => ({
      type: 'addressed-share', sender: parent, recipient: proBox.publicKey, issuedAt: T0, expiresAt: T0 + HOUR * 24, body: withPhoto, shareId, attachments,
    });
    expect(encodeEnvelope(encodeInput(false))).toEqual({ ok: false, error: 'too-large' });
    const made = encodeEnvelope(encodeInput(true));
    if (!made.ok) throw new Error(made.error);
    expect((made.value[5] ?? 0) & 0x20).toBe(0x20);
    // Sent as it is: JPEG bytes do not shrink, and coding 16 MB twice would cost a cheap phone seconds.
    expect((made.value[5] ?? 0) & 0b1_1110).toBe(0);
    const decoded = decodeEnvelope(made.value, ctx());
    expect(decoded).toMatchObject({ ok: true, value: { header: { attachments: true }, body: { attachments: [{ id: 'p1' }] } } });
    if (decoded.ok) expect((decoded.value.body as { attachments: { bytes: Uint8Array }[] }).attachments[0]!.bytes).toEqual(photo);
  });

  it('an open share may carry them too; a share without the flag says so in its header', () => {
    const open = make('open-share', { body: withPhoto, attachments: true });
    expect(decodeEnvelope(open, ctxFor['open-share'])).toMatchObject({ ok: true, value: { header: { type: 'open-share', attachments: true } } });
    expect(decodeEnvelope(make('addressed-share'), ctx())).toMatchObject({ ok: true, value: { header: { attachments: false } } });
  });

  it('the flag on a contact card, a contribution or a backup is refused as a newer format', () => {
    for (const type of ['contact-card', 'contribution', 'backup'] as const) {
      const bytes = make(type).slice();
      bytes[5] = (bytes[5] ?? 0) | 0x20;
      expect(decodeEnvelope(bytes, ctxFor[type])).toEqual({ ok: false, error: 'unsupported-version' });
    }
  });

  it('a writer cannot put the flag on a contribution', () => {
    expect(() => make('contribution', { attachments: true })).toThrow(/only shares/);
  });

  it('even with the flag, a declared body over 16 MiB is refused before it is read', () => {
    const header = make('addressed-share').subarray(0, 62).slice();
    header[5] = 0x20;
    const bytes = new ByteWriter().bytes(header).varint(16 * 1024 * 1024 + 1).bytes(fill(100, 0)).finish();
    expect(decodeEnvelope(bytes, ctx())).toEqual({ ok: false, error: 'too-large' });
  });

  function ctx(): DecodeContext {
    return ctxFor['addressed-share'];
  }
});
