// Golden vectors for issue 12 (tests/fixtures/share/make-golden-consent.ts wrote them once): a
// share body carrying the consent chain head, and an open share behind generated passcode words.
// This test only reads them. If it fails, the change broke old shares: fix the code, not the files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../bytes';
import { decodeEnvelope } from '../envelope/envelope';
import { decodeKeyToken, keyFromToken } from '../open-share-key';
import { parseOpenShareFragment } from '../qr/fragment';
import { parseSingleQrText } from '../qr/scan';
import { FIXTURES, fixtureContext, readFixture } from '../testing/golden-read';

const DIR = join(FIXTURES, 'v1-consent');

describe('consent golden vectors decode forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual(['addressed-share.json', 'open-share-words.json']);
  });

  it('an addressed share carrying consentHead: 32 bytes under a text key, beside the dictionary keys', () => {
    const f = readFixture(DIR, 'addressed-share.json');
    const bytes = fromHex(f.hex as string);
    const result = decodeEnvelope(bytes, fixtureContext(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>));
    const expected = f.expect as { header: object; body: { consentHead: Uint8Array } };
    if (!result.ok) throw new Error(result.error);
    expect(result.value.header).toMatchObject(expected.header);
    expect(result.value.body).toEqual(expected.body);
    expect((result.value.body as { consentHead: Uint8Array }).consentHead).toHaveLength(32);
    expect(parseSingleQrText(f.qrText as string)).toEqual({ ok: true, value: { envelope: bytes } });
  });

  it('an open share behind passcode words: the words open it, one wrong word does not', async () => {
    const f = readFixture(DIR, 'open-share-words.json');
    const parts = parseOpenShareFragment(f.url as string);
    if (!parts.ok) throw new Error(parts.error);
    expect(parts.value.envelope).toEqual(fromHex(f.envelopeHex as string));
    const token = decodeKeyToken(parts.value.keyToken);
    if (!token.ok) throw new Error(token.error);
    expect(token.value.kind).toBe('passcode');
    expect(await keyFromToken(token.value, f.wrongPasscode as string)).toEqual({ ok: false, error: 'wrong-passcode' });
    const key = await keyFromToken(token.value, f.passcode as string);
    if (!key.ok) throw new Error(key.error);
    const decoded = decodeEnvelope(parts.value.envelope, { now: f.now as number, openShareKey: key.value });
    expect(decoded).toMatchObject({ ok: true, value: { header: { type: 'open-share', passcodeProtected: true }, body: { sections: f.sections } } });
  });
});
