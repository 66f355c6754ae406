// Size of a realistic share in a QR code, against the naive baseline (JSON -> deflate -> base64url).
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { boxKeyPairFromSecret, signKeyPairFromSeed, toBase64Url } from '../crypto';
import type { BodyValue } from './body/body';
import { deflateRaw } from './compress';
import { encodeEnvelope } from './envelope/envelope';
import { singleQrText } from './qr/scan';
import { SAMPLE_PASSPORT_AND_HEALTH } from './testing/sample-share';

function measure(body: BodyValue) {
  const now = Date.UTC(2025, 0, 15);
  const made = encodeEnvelope({
    type: 'addressed-share', sender: signKeyPairFromSeed(new Uint8Array(32).fill(1)),
    recipient: boxKeyPairFromSecret(new Uint8Array(32).fill(2)).publicKey,
    issuedAt: now, expiresAt: now + 86_400_000, body,
  });
  if (!made.ok) throw new Error(made.error);
  const text = singleQrText(made.value);
  const version = QRCode.create(text, { errorCorrectionLevel: 'M' }).version;
  const json = JSON.stringify(body);
  const baseline = toBase64Url(deflateRaw(new TextEncoder().encode(json)));
  // QR data bits: alphanumeric mode spends 5.5 bits a character, byte mode 8.
  const bitRatio = (text.length * 5.5) / (baseline.length * 8);
  const charRatio = text.length / baseline.length;
  return { json: json.length, envelope: made.value.length, chars: text.length, version, baseline: baseline.length, bitRatio, charRatio };
}

/** What a professional needs: the entries without the parent's bookkeeping (ids, child id, timestamps). */
function withoutBookkeeping(body: BodyValue): BodyValue {
  const b = body as { entries: Record<string, BodyValue>[] };
  return { ...(body as object), entries: b.entries.map(({ id: _i, childId: _c, createdAt: _a, updatedAt: _u, ...rest }) => rest) };
}

describe('passport + health summary as an addressed share (signed and encrypted)', () => {
  it('as the share view (no per-entry bookkeeping): one QR of version <= 25 at EC M', () => {
    const m = measure(withoutBookkeeping(SAMPLE_PASSPORT_AND_HEALTH));
    console.log('share size (view):', JSON.stringify(m));
    expect(m.version).toBeLessThanOrEqual(25);
    expect(m.bitRatio).toBeLessThanOrEqual(0.8);
  });

  it('with full entries (ids and timestamps): still well under the baseline in QR bits', () => {
    const m = measure(SAMPLE_PASSPORT_AND_HEALTH);
    console.log('share size (full):', JSON.stringify(m));
    expect(m.version).toBeLessThanOrEqual(28);
    expect(m.bitRatio).toBeLessThanOrEqual(0.8);
  });
});
