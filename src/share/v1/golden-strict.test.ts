// Golden vectors for strict signatures, lifetime caps and the robust-soliton frame regime
// (tests/fixtures/share/make-golden-strict.ts wrote them once). This test only reads them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../bytes';
import { decodeEnvelope } from '../envelope/envelope';
import { FountainDecoder } from '../fountain/decoder';
import { FIXTURES, fixtureContext as context, readFixture } from '../testing/golden-read';

const DIR = join(FIXTURES, 'v1-strict');
const read = (name: string) => readFixture(DIR, name);

describe('v1 strict vectors decode (or are refused) forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual(['frames-soliton.json', 'negative-strict.json']);
  });

  const negative = read('negative-strict.json');
  (negative.cases as { name: string; hex: string; now: number; context: Record<string, string>; error: string }[]).forEach((c) => {
    it(`refuses: ${c.name} -> ${c.error}`, () => {
      const ctx = context(negative.keys as Record<string, string>, c.now, c.context);
      expect(decodeEnvelope(fromHex(c.hex), ctx)).toEqual({ ok: false, error: c.error });
    });
  });

  it('holds the envelope dated to 2106 only until issuedAt + 7 days', () => {
    const held = negative.held as { hex: string; now: number; context: Record<string, string>; expect: object };
    const result = decodeEnvelope(fromHex(held.hex), context(negative.keys as Record<string, string>, held.now, held.context));
    expect(result).toMatchObject({ ok: true, value: { header: held.expect } });
  });

  it('robust-soliton frames (k > 256, fountain frames only) rebuild the envelope by peeling', () => {
    const f = read('frames-soliton.json');
    expect(f.k as number).toBeGreaterThan(256);
    const dec = new FountainDecoder();
    let last;
    for (const text of f.frames as string[]) last = dec.receiveText(text);
    expect(last).toEqual({ ok: true, value: { state: 'complete', message: fromHex(f.messageHex as string) } });
  });
});
