// Golden vectors for issue 13 (tests/fixtures/share/make-golden-photos.ts wrote them once): share
// files that carry journal photos (flag bit 5, docs/share-format.md §4.6). This test only reads
// them. If it fails, the change broke old share files: fix the code, not the files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../bytes';
import { decodeEnvelope } from '../envelope/envelope';
import { decodeKeyToken, keyFromToken } from '../open-share-key';
import { decodeScanMessage } from '../qr/scan';
import { FIXTURES, fixtureContext, readFixture } from '../testing/golden-read';

const DIR = join(FIXTURES, 'v1-photos');
type Photos = { attachments: { id: string; type: string; bytes: Uint8Array }[] };

describe('share files with photos: golden vectors decode forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual(['addressed-share.json', 'negative.json', 'open-share-file.json']);
  });

  it('an addressed share file: the flag, and two real JPEGs named by the entry that holds them', () => {
    const f = readFixture(DIR, 'addressed-share.json');
    const result = decodeEnvelope(fromHex(f.hex as string), fixtureContext(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>));
    if (!result.ok) throw new Error(result.error);
    const expected = f.expect as { header: object; body: Photos };
    expect(result.value.header).toMatchObject(expected.header);
    expect(result.value.body).toEqual(expected.body);
    const photos = (result.value.body as Photos).attachments;
    expect(photos.map((p) => [p.id, p.type, [...p.bytes.subarray(0, 3)]])).toEqual([['p1', 'image/jpeg', [0xff, 0xd8, 0xff]], ['p2', 'image/jpeg', [0xff, 0xd8, 0xff]]]);
  });

  it('an open share file for someone without the keys: its words open it, one wrong word does not', async () => {
    const f = readFixture(DIR, 'open-share-file.json');
    const message = decodeScanMessage(fromHex(f.messageHex as string));
    if (!message.ok || !message.value.keyToken) throw new Error('not a key bundle');
    const token = decodeKeyToken(message.value.keyToken);
    if (!token.ok) throw new Error(token.error);
    expect(await keyFromToken(token.value, f.wrongPasscode as string)).toEqual({ ok: false, error: 'wrong-passcode' });
    const key = await keyFromToken(token.value, f.passcode as string);
    if (!key.ok) throw new Error(key.error);
    const decoded = decodeEnvelope(message.value.envelope, { now: f.now as number, openShareKey: key.value });
    if (!decoded.ok) throw new Error(decoded.error);
    const expected = f.expect as { header: object; body: Photos };
    expect(decoded.value.header).toMatchObject(expected.header);
    expect(decoded.value.body).toEqual(expected.body);
  });

  it('refuses each negative case with exactly its error', () => {
    const f = readFixture(DIR, 'negative.json');
    const cases = f.cases as { name: string; hex: string; now: number; context: Record<string, string>; error: string }[];
    expect(cases).toHaveLength(2);
    for (const c of cases) {
      expect([c.name, decodeEnvelope(fromHex(c.hex), fixtureContext(f.keys as Record<string, string>, c.now, c.context))]).toEqual([c.name, { ok: false, error: c.error }]);
    }
  });
});
