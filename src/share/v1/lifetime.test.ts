// A sender writes expiresAt, but a reader holds each type only up to its policy cap, measured
// from issuedAt (docs/share-format.md §8, step 9). Envelopes dated to 2106 (the last second a
// uint32 can hold) must not stay readable for eighty years.
import { describe, expect, it } from 'vitest';
import { asSecretKey, boxKeyPairFromSecret, signKeyPairFromSeed } from '../../crypto';
import { decodeEnvelope, encodeEnvelope } from '../envelope/envelope';
import type { DecodeContext, EncodeInput, EnvelopeType } from '../envelope/types';
import { MAX_LIFETIME_MS } from './layout';

const fill = (v: number) => new Uint8Array(32).fill(v);
const sender = signKeyPairFromSeed(fill(1));
const box = boxKeyPairFromSecret(fill(2));
const openShareKey = asSecretKey(fill(3));
const vaultKey = asSecretKey(fill(4));
const T0 = Date.UTC(2026, 4, 3, 9, 0);
const YEAR_2106 = 0xffff_ffff * 1000;
const DAY = 86_400_000;
const body = { note: { text: 'Allergic to penicillin', lang: 'en' } };

function dated(type: EnvelopeType, expiresAt: number | null): { bytes: Uint8Array; ctx: (now: number) => DecodeContext } {
  const common = { sender, issuedAt: T0, expiresAt, body };
  const inputs: Record<EnvelopeType, EncodeInput> = {
    'contact-card': { ...common, type: 'contact-card' },
    'addressed-share': { ...common, type: 'addressed-share', recipient: box.publicKey },
    'open-share': { ...common, type: 'open-share', openShareKey },
    contribution: { ...common, type: 'contribution', recipient: box.publicKey },
    backup: { ...common, type: 'backup', vaultKey },
  };
  const made = encodeEnvelope(inputs[type]);
  if (!made.ok) throw new Error(made.error);
  return { bytes: made.value, ctx: (now) => ({ now, myBoxSecretKey: box.secretKey, openShareKey, vaultKey }) };
}

const CAPS: [EnvelopeType, number][] = [
  ['addressed-share', 7 * DAY],
  ['open-share', DAY],
  ['contribution', 30 * DAY],
  ['contact-card', 365 * DAY],
];

describe('lifetime caps on receipt', () => {
  it('the caps are the policy maxima', () => {
    expect(Object.fromEntries(CAPS)).toEqual(Object.fromEntries(Object.entries(MAX_LIFETIME_MS).filter(([, v]) => v !== null)));
    expect(MAX_LIFETIME_MS.backup).toBeNull();
  });

  CAPS.forEach(([type, cap]) => {
    it(`${type} dated to 2106 is held for ${cap / DAY} day(s) from issuedAt, then refused as expired`, () => {
      const { bytes, ctx } = dated(type, YEAR_2106);
      const fresh = decodeEnvelope(bytes, ctx(T0 + 1000));
      expect(fresh).toMatchObject({ ok: true, value: { header: { type, issuedAt: T0, expiresAt: T0 + cap } } });
      expect(decodeEnvelope(bytes, ctx(T0 + cap - 1)).ok).toBe(true);
      expect(decodeEnvelope(bytes, ctx(T0 + cap))).toEqual({ ok: false, error: 'expired' });
      expect(decodeEnvelope(bytes, ctx(T0 + 366 * DAY))).toEqual({ ok: false, error: 'expired' });
    });

    it(`${type} asking for exactly the cap, or less, keeps its own expiry`, () => {
      for (const lifetime of [cap, Math.floor(cap / 2)]) {
        const { bytes, ctx } = dated(type, T0 + lifetime);
        expect(decodeEnvelope(bytes, ctx(T0))).toMatchObject({ ok: true, value: { header: { expiresAt: T0 + lifetime } } });
        expect(decodeEnvelope(bytes, ctx(T0 + lifetime))).toEqual({ ok: false, error: 'expired' });
      }
    });
  });

  it('a backup has no cap: dated to 2106 or "never", it still opens decades later', () => {
    for (const expiresAt of [YEAR_2106, null]) {
      const { bytes, ctx } = dated('backup', expiresAt);
      expect(decodeEnvelope(bytes, ctx(T0 + 40 * 365 * DAY))).toMatchObject({ ok: true, value: { header: { expiresAt } } });
    }
  });
});
