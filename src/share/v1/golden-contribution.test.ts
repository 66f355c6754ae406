// Golden vectors for issue 14 (tests/fixtures/share/make-golden-contribution.ts wrote them once): a
// share body carrying the family's reply key, and one contribution of each kind. This test only
// reads them. If it fails, the change broke old shares or notes: fix the code, not the files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTION_KINDS, contributionFromBody } from '../../domain/contribution/index';
import { fromHex } from '../bytes';
import { decodeEnvelope } from '../envelope/envelope';
import { parseSingleQrText } from '../qr/scan';
import { FIXTURES, fixtureContext, readFixture } from '../testing/golden-read';

const DIR = join(FIXTURES, 'v1-contribution');

describe('contribution golden vectors decode forever', () => {
  it('the fixture folder holds exactly the expected files', () => {
    expect(readdirSync(DIR).sort()).toEqual(['addressed-share-reply.json', 'contributions.json']);
  });

  it('a share carrying replyKey: 32 bytes under a text key', () => {
    const f = readFixture(DIR, 'addressed-share-reply.json');
    const bytes = fromHex(f.hex as string);
    const result = decodeEnvelope(bytes, fixtureContext(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>));
    if (!result.ok) throw new Error(result.error);
    const expected = f.expect as { header: object; body: object };
    expect(result.value.header).toMatchObject(expected.header);
    expect(result.value.body).toEqual(expected.body);
    expect((result.value.body as { replyKey: Uint8Array }).replyKey).toHaveLength(32);
    expect(parseSingleQrText(f.qrText as string)).toEqual({ ok: true, value: { envelope: bytes } });
  });

  it('one contribution of each kind: the envelope, the body, and the contribution it reads as', () => {
    const f = readFixture(DIR, 'contributions.json');
    const cases = f.cases as { kind: string; hex: string; qrText: string; expect: { header: object; body: object } }[];
    expect(cases.map((c) => c.kind)).toEqual([...CONTRIBUTION_KINDS]);
    const ctx = fixtureContext(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>);
    for (const c of cases) {
      const bytes = fromHex(c.hex);
      const result = decodeEnvelope(bytes, ctx);
      if (!result.ok) throw new Error(`${c.kind}: ${result.error}`);
      expect(result.value.header).toMatchObject(c.expect.header);
      expect(result.value.body).toEqual(c.expect.body);
      const read = contributionFromBody(result.value.body);
      expect(read.ok && read.value.kind, c.kind).toBe(c.kind);
      expect(parseSingleQrText(c.qrText)).toEqual({ ok: true, value: { envelope: bytes } });
    }
  });

  it('the first contribution vector (v1, before kinds) still reads, as a visit note', () => {
    const f = readFixture(join(FIXTURES, 'v1'), 'contribution.json');
    const result = decodeEnvelope(fromHex(f.hex as string), fixtureContext(f.keys as Record<string, string>, f.now as number, f.context as Record<string, string>));
    if (!result.ok) throw new Error(result.error);
    expect(contributionFromBody(result.value.body)).toMatchObject({ ok: true, value: { kind: 'visit-note', noteKind: 'visit-summary', lang: 'ur' } });
  });
});
