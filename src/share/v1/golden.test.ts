// Golden vectors: bytes written once when v1 was frozen (tests/fixtures/share/make-golden.ts).
// This test only reads them. If it fails, the change broke old shares: fix the code, not the files.
// What a compatible reader must do with these files is defined in docs/share-format.md §12.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../bytes';
import { decodeEnvelope } from '../envelope/envelope';
import { FountainDecoder } from '../fountain/decoder';
import { decodeKeyToken, keyFromToken } from '../open-share-key';
import { parseOpenShareFragment } from '../qr/fragment';
import { classifyScan, parseSingleQrText } from '../qr/scan';
import { FIXTURES, fixtureContext as context, readFixture } from '../testing/golden-read';

const DIR = join(FIXTURES, 'v1');
const read = (name: string) => readFixture(DIR, name);

const ENVELOPE_FILES = ['contact-card', 'addressed-share', 'open-share', 'contribution', 'backup'];

describe('v1 golden envelopes decode forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual(
      [...ENVELOPE_FILES, 'frames', 'negative', 'open-share-transport'].map((n) => `${n}.json`).sort(),
    );
  });

  ENVELOPE_FILES.forEach((name) => {
    it(name, () => {
      const f = read(`${name}.json`);
      const bytes = fromHex(f.hex as string);
      const result = decodeEnvelope(bytes, context(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>));
      const expected = f.expect as { header: object; body: unknown };
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.header).toMatchObject(expected.header);
      expect(result.value.body).toEqual(expected.body);
      if (typeof f.qrText === 'string') {
        expect(classifyScan(f.qrText)).toEqual({ ok: true, value: 'single' });
        expect(parseSingleQrText(f.qrText)).toEqual({ ok: true, value: { envelope: bytes } });
      }
    });
  });

  const negative = read('negative.json');
  (negative.cases as { name: string; hex: string; now: number; context: Record<string, string>; error: string }[]).forEach((c) => {
    it(`refuses: ${c.name} -> ${c.error}`, () => {
      const ctx = context(negative.keys as Record<string, string>, c.now, c.context);
      expect(decodeEnvelope(fromHex(c.hex), ctx)).toEqual({ ok: false, error: c.error });
    });
  });

  it('animated frames: the K systematic frames, or any K + 6 minus a few, rebuild the envelope', () => {
    const f = read('frames.json');
    const frames = f.frames as string[];
    const k = f.k as number;
    for (const pick of [frames.slice(0, k), frames.slice(3).reverse()]) {
      const dec = new FountainDecoder();
      let last;
      for (const text of pick) last = dec.receiveText(text);
      expect(last).toEqual({ ok: true, value: { state: 'complete', message: fromHex(f.messageHex as string) } });
    }
  });

  it('open share by URL (plain and passcode) and by in-app key bundle', async () => {
    const f = read('open-share-transport.json');
    const envelope = fromHex(f.envelopeHex as string);
    for (const [url, passcodeProtected] of [[f.url, false], [f.passcodeUrl, true]] as [string, boolean][]) {
      expect(classifyScan(url)).toEqual({ ok: true, value: 'url-open-share' });
      const parts = parseOpenShareFragment(url);
      if (!parts.ok) throw new Error('fragment');
      if (!passcodeProtected) expect(parts.value.envelope).toEqual(envelope);
      const token = decodeKeyToken(parts.value.keyToken);
      if (!token.ok) throw new Error('token');
      const key = await keyFromToken(token.value, f.passcode as string);
      if (!key.ok) throw new Error('key');
      const decoded = decodeEnvelope(parts.value.envelope, { now: f.now as number, openShareKey: key.value });
      expect(decoded).toMatchObject({ ok: true, value: { header: { type: 'open-share', passcodeProtected } } });
      if (token.value.kind === 'passcode') expect(await keyFromToken(token.value, '4822')).toEqual({ ok: false, error: 'wrong-passcode' });
    }
    const bundle = parseSingleQrText(f.bundleQrText as string);
    expect(bundle).toMatchObject({ ok: true, value: { envelope } });
  });
});
