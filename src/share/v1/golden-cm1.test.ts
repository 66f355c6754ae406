// Golden vectors for CM1-coded bodies (tests/fixtures/share/make-golden-cm1.ts wrote them once).
// This test only reads them. If it fails, the change broke old shares: fix the code, not the files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../bytes';
import { CM_MAX_PLAIN, compressCm, decompressCm } from '../cm/cm';
import type { PrimerId } from '../cm/primers';
import { decodeEnvelope } from '../envelope/envelope';
import { parseSingleQrText } from '../qr/scan';
import { FIXTURES, fixtureContext, readFixture } from '../testing/golden-read';

const DIR = join(FIXTURES, 'v1-cm1');
const ENVELOPE_FILES = ['contact-card', 'addressed-share', 'open-share', 'contribution'];

describe('CM1 golden vectors decode forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual([...ENVELOPE_FILES, 'streams'].map((n) => `${n}.json`).sort());
  });

  ENVELOPE_FILES.forEach((name) => {
    it(name, () => {
      const f = readFixture(DIR, `${name}.json`);
      const bytes = fromHex(f.hex as string);
      expect(bytes[5]! & 0x10, 'flags bit 4: the body is CM1-coded').toBe(0x10);
      const result = decodeEnvelope(bytes, fixtureContext(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>));
      const expected = f.expect as { header: object; body: unknown };
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.header).toMatchObject(expected.header);
      expect(result.value.body).toEqual(expected.body);
      expect(parseSingleQrText(f.qrText as string)).toEqual({ ok: true, value: { envelope: bytes } });
    });
  });

  it('refuses CM1 mixed with DEFLATE or dictionary bits, and unknown bits, as a newer format', () => {
    const f = readFixture(DIR, 'contact-card.json');
    for (const flags of [0x12, 0x14, 0x16, 0x30, 0x80]) {
      const bytes = fromHex(f.hex as string);
      bytes[5] = flags;
      expect(decodeEnvelope(bytes, { now: f.now as number }), `flags ${flags}`).toEqual({ ok: false, error: 'unsupported-version' });
    }
  });

  const streams = (readFixture(DIR, 'streams.json').streams as { primer: PrimerId; plainHex: string; codedHex: string }[]);
  streams.forEach((s, i) => {
    it(`stream ${i} (primer ${s.primer}, ${s.plainHex.length / 2} bytes) decodes, and the coder still writes the same bytes`, () => {
      expect(decompressCm(fromHex(s.codedHex), CM_MAX_PLAIN)).toEqual({ ok: true, value: fromHex(s.plainHex) });
      expect(toHex(compressCm(fromHex(s.plainHex), s.primer))).toBe(s.codedHex);
    });
  });
});
