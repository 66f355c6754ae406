import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appendEvent, asChildId, asIsoDateTime, chainHead, verifyChain, type ConsentLogEntry } from '../domain/index';
import { checkCode, consentRecordFile, csvText } from './consent-export';

const sha512 = (b: Uint8Array) => new Uint8Array(createHash('sha512').update(b).digest());

describe('consent record file', () => {
  it('holds every entry as chained, so the file itself re-verifies, with the sentences beside them', () => {
    let log: ConsentLogEntry[] = [];
    log = appendEvent(log, { type: 'grant', at: asIsoDateTime('2026-05-03T09:00:00.000Z'), childId: asChildId('c1'),
      to: { name: 'Nurse Patel', memberId: 'm1', verified: true }, sections: ['health'] }, sha512);
    log = appendEvent(log, { type: 'revoke', at: asIsoDateTime('2026-05-04T09:00:00.000Z'), childId: asChildId('c1'),
      to: { name: 'Nurse Patel', memberId: 'm1', verified: true }, sections: ['health'] }, sha512);
    const text = consentRecordFile({ entries: log, head: chainHead(log) }, ['one', 'two'], 'ur', Date.UTC(2026, 4, 5));
    const file = JSON.parse(text) as { format: string; version: number; intact: boolean; entries: (ConsentLogEntry & { text: string })[]; head: { count: number } };
    expect(file).toMatchObject({ format: 'family-file-consent-record', version: 1, intact: true, head: { count: 2 } });
    expect(file.entries.map((e) => e.text)).toEqual(['one', 'two']);
    const chained = file.entries.map(({ text: _text, ...entry }) => entry);
    expect(verifyChain(chained, sha512, file.head as never)).toEqual({ ok: true, value: true });
    const broken = JSON.parse(consentRecordFile({ entries: log, head: chainHead(log), brokenAt: 1 }, [], 'en', 0)) as { intact: boolean; firstBrokenEntry: number };
    expect(broken).toMatchObject({ intact: false, firstBrokenEntry: 1 });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and new lines, and never lets a cell run as a formula', () => {
    expect(csvText([['a', 'b, c', 'say "hi"'], ['line\nbreak', '=HYPERLINK("x")', '-1', '@me', 'plain']]))
      .toBe('a,"b, c","say ""hi"""\r\n"line\nbreak","\'=HYPERLINK(""x"")",\'-1,\'@me,plain\r\n');
  });

  it('check codes are the first 12 hex digits in groups of four', () => {
    expect(checkCode('0123456789abcdef')).toBe('0123 4567 89ab');
  });
});

describe('consent record file, version 1 golden vector (tests/fixtures/consent/record-v1.json, written once)', () => {
  it('still re-verifies with SHA-512 alone, and a changed event in it is found', async () => {
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(new URL('../../tests/fixtures/consent/record-v1.json', import.meta.url), 'utf8')) as {
      format: string; version: number; intact: boolean; head: { count: number; hash: string }; entries: (ConsentLogEntry & { text: string })[];
    };
    expect(file).toMatchObject({ format: 'family-file-consent-record', version: 1, intact: true, head: { count: 4 } });
    const chain = file.entries.map(({ text: _text, ...entry }) => entry);
    expect(verifyChain(chain, sha512, file.head)).toEqual({ ok: true, value: true });
    // Each share carries the start of the hash of the entry before it: what the professional holds.
    expect((chain[1]!.event as { consentHead: string }).consentHead).toBe(chain[0]!.hash.slice(0, 64));
    const edited = structuredClone(chain);
    (edited[2]!.event as { sections: string[] }).sections = [];
    expect(verifyChain(edited, sha512, file.head)).toEqual({ ok: false, error: 'chain-broken', index: 2 });
  });
});
