import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendEvent, chainHead, verifyChain, type ConsentLogEntry } from './log';
import { activeGrants } from './grants';
import { canonicalJson } from './canonical-json';
import type { ConsentEvent } from './events';
import { asChildId, asEntryId } from '../record/ids';
import { asIsoDateTime } from '../record/dates';

const sha512 = (b: Uint8Array) => new Uint8Array(createHash('sha512').update(b).digest());
const childId = asChildId('c1');
const nurse = { name: 'Nurse Patel', role: 'health-visitor' as const, keyId: 'a1b2c3d4e5f60718', verified: true };
const at = (s: string) => asIsoDateTime(s);

const events: ConsentEvent[] = [
  { type: 'grant', at: at('2025-01-01T10:00:00Z'), childId, to: nurse, sections: ['health', 'about-me'] },
  { type: 'share', at: at('2025-01-02T10:00:00Z'), childId, to: nurse, sections: ['health'],
    sensitiveEntryIds: [asEntryId('e1')], expiresAt: at('2025-01-03T10:00:00Z'), how: 'qr', shareId: 'abc', purpose: 'clinic' },
  { type: 'revoke', at: at('2025-01-05T10:00:00Z'), childId, to: nurse, sections: ['health'] },
  { type: 'received', at: at('2025-01-06T10:00:00Z'), childId, from: { name: 'SLT', verified: false },
    sections: ['support'], expiresAt: at('2025-02-06T10:00:00Z'), how: 'file', shareId: 'def' },
];

function build(): ConsentLogEntry[] {
  return events.reduce<ConsentLogEntry[]>((log, e) => appendEvent(log, e, sha512), []);
}

describe('consent log', () => {
  it('chains each entry to the one before and verifies', () => {
    const log = build();
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2, 3]);
    expect(log[0]?.prevHash).toBe('');
    expect(log[2]?.prevHash).toBe(log[1]?.hash);
    expect(log[0]?.hash).toMatch(/^[0-9a-f]{128}$/);
    expect(verifyChain(log, sha512)).toEqual({ ok: true, value: true });
    expect(verifyChain([], sha512)).toEqual({ ok: true, value: true });
  });

  it('is deterministic and independent of key order', () => {
    const a = appendEvent([], events[0]!, sha512);
    const reordered = JSON.parse(JSON.stringify({ sections: ['health', 'about-me'], to: nurse, childId, at: events[0]!.at, type: 'grant' }));
    expect(appendEvent([], reordered, sha512)[0]?.hash).toBe(a[0]?.hash);
  });

  it.each([
    ['an edited event', (log: ConsentLogEntry[]) => { (log[1]!.event as { sections: string[] }).sections = ['health', 'private']; }, 1],
    ['a deleted entry', (log: ConsentLogEntry[]) => { log.splice(1, 1); }, 1],
    ['swapped entries', (log: ConsentLogEntry[]) => { const x = log[2]!; log[2] = log[3]!; log[3] = x; }, 2],
    ['a recomputed but unlinked hash', (log: ConsentLogEntry[]) => { log[3] = appendEvent([], log[3]!.event, sha512)[0]!; }, 3],
    ['a changed first hash', (log: ConsentLogEntry[]) => { log[0]!.hash = '00' + log[0]!.hash.slice(2); }, 0],
  ])('detects %s', (_name, tamper, index) => {
    const log = structuredClone(build());
    tamper(log);
    expect(verifyChain(log, sha512)).toEqual({ ok: false, error: 'chain-broken', index });
  });

  it('with the head kept beside it, detects a log cut short, added to at the end, or with an inserted entry', () => {
    const log = build();
    const head = chainHead(log);
    expect(head).toEqual({ count: 4, hash: log[3]!.hash });
    expect(verifyChain(log, sha512, head)).toEqual({ ok: true, value: true });
    // Links alone cannot see the last entries go: the head can.
    expect(verifyChain(log.slice(0, 2), sha512)).toEqual({ ok: true, value: true });
    expect(verifyChain(log.slice(0, 2), sha512, head)).toEqual({ ok: false, error: 'chain-broken', index: 2 });
    expect(verifyChain([], sha512, head)).toEqual({ ok: false, error: 'chain-broken', index: 0 });
    const longer = appendEvent(log, events[0]!, sha512);
    expect(verifyChain(longer, sha512, head)).toEqual({ ok: false, error: 'chain-broken', index: 4 });
    const inserted = [...log.slice(0, 2), appendEvent(log.slice(0, 2), events[3]!, sha512)[2]!, ...log.slice(2)];
    expect(verifyChain(inserted, sha512, head)).toEqual({ ok: false, error: 'chain-broken', index: 3 });
    // A log rebuilt from scratch with one event changed links up, but its head no longer matches.
    const rewritten = [{ ...events[0]!, sections: ['about-me'] } as typeof events[0], ...events.slice(1)]
      .reduce<ConsentLogEntry[]>((l, e) => appendEvent(l, e, sha512), []);
    expect(verifyChain(rewritten, sha512)).toEqual({ ok: true, value: true });
    expect(verifyChain(rewritten, sha512, head)).toEqual({ ok: false, error: 'chain-broken', index: 3 });
  });

  it('logged events are copies the caller cannot change afterwards', () => {
    const event = structuredClone(events[0]!) as Extract<ConsentEvent, { type: 'grant' }>;
    const log = appendEvent([], event, sha512);
    event.sections.push('support');
    expect(verifyChain(log, sha512).ok).toBe(true);
  });

  it('activeGrants replays grants and revocations and drops expired grants', () => {
    const log = build();
    expect(activeGrants(log, at('2025-01-04T00:00:00Z'))[0]?.sections).toEqual(['health', 'about-me']);
    expect(activeGrants(log, at('2025-01-06T00:00:00Z'))[0]?.sections).toEqual(['about-me']);
    const limited = appendEvent(log, { type: 'grant', at: at('2025-01-07T00:00:00Z'), childId, to: { name: 'GP', verified: false },
      sections: ['health'], until: at('2025-01-10T00:00:00Z') }, sha512);
    expect(activeGrants(limited, at('2025-01-08T00:00:00Z'))).toHaveLength(2);
    expect(activeGrants(limited, at('2025-01-11T00:00:00Z'))).toHaveLength(1);
  });

  it('canonicalJson sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/^canonicalJson:/);
  });
});
