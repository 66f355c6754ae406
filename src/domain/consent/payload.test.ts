import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSharePayload, sensitiveCandidates, type ChildRecord } from './payload';
import { arbChild, arbEntry } from '../testing/arbitraries';
import { SHAREABLE_SECTIONS, type ShareableSection } from '../record/sections';
import { sectionOf } from '../record/section-of';
import { asChildId, asEntryId } from '../record/ids';
import { asIsoDate, asIsoDateTime } from '../record/dates';
import type { Entry } from '../record/types';

const childId = asChildId('child-1');
const t = asIsoDateTime('2025-01-01T00:00:00Z');
const child = { id: childId, name: 'Amira', dob: asIsoDate('2022-05-01'), gestationWeeks: 39, colour: '#aa3355', createdAt: t, updatedAt: t };
const obs = (id: string, area: 'communication' | 'pse', sensitive = false): Entry => ({
  id: asEntryId(id), kind: 'observation', childId, createdAt: t, updatedAt: t, sensitive, area,
  date: asIsoDate('2024-01-01'), text: { text: id, lang: 'en' }, photos: [], mark: 'none', milestoneCodes: [],
});
const privateNote: Entry = { id: asEntryId('p1'), kind: 'private-note', childId, createdAt: t, updatedAt: t,
  sensitive: true, date: asIsoDate('2024-01-01'), text: { text: 'mine only', lang: 'en' } };

describe('buildSharePayload', () => {
  const record: ChildRecord = { child, entries: [obs('a', 'communication'), obs('b', 'pse'), obs('s', 'communication', true), privateNote,
    { ...obs('other-child', 'communication'), childId: asChildId('child-2') }] };

  it('carries only granted sections, this child, and no unticked sensitive entries', () => {
    const p = buildSharePayload(record, { sections: ['dev-communication'] });
    expect(p.entries.map((e) => e.id)).toEqual(['a']);
    expect(p.sections).toEqual(['dev-communication']);
    expect(p.child).toEqual({ name: 'Amira', dob: '2022-05-01', gestationWeeks: 39 });
  });

  it("carries the child's sex only with Health (for the growth chart), and never 'not recorded'", () => {
    const girl: ChildRecord = { ...record, child: { ...child, sex: 'female' } };
    expect(buildSharePayload(girl, { sections: ['health'] }).child.sex).toBe('female');
    expect(buildSharePayload(girl, { sections: ['about-me', 'dev-communication'] }).child.sex).toBeUndefined();
    const unsaid: ChildRecord = { ...record, child: { ...child, sex: 'not-recorded' } };
    expect(buildSharePayload(unsaid, { sections: ['health'] }).child.sex).toBeUndefined();
  });

  it('includes a sensitive entry only when ticked by hand', () => {
    const p = buildSharePayload(record, { sections: ['dev-communication', 'dev-pse'], includeSensitiveIds: [asEntryId('s')] });
    expect(p.entries.map((e) => e.id)).toEqual(['a', 'b', 's']);
    expect(sensitiveCandidates(record, ['dev-communication']).map((e) => e.id)).toEqual(['s']);
  });

  it('never includes a private note, even when ticked, and refuses the private section at runtime', () => {
    const p = buildSharePayload(record, { sections: SHAREABLE_SECTIONS, includeSensitiveIds: [asEntryId('p1')] });
    expect(p.entries.some((e) => (e as Entry).kind === 'private-note')).toBe(false);
    const smuggled = ['private'] as unknown as ShareableSection[];
    expect(() => buildSharePayload(record, { sections: smuggled })).toThrow(/^buildSharePayload:/);
    // @ts-expect-error the type does not allow the private section
    expect(() => buildSharePayload(record, { sections: ['private'] })).toThrow();
  });

  it('no generated record and choice ever yields a private entry or an ungranted section', () => {
    const arbRecord = fc.record({ child: arbChild(fc.constant(childId)),
      entries: fc.array(arbEntry(fc.constantFrom(childId, asChildId('x'))), { maxLength: 40 }) });
    fc.assert(fc.property(arbRecord, fc.subarray([...SHAREABLE_SECTIONS]), fc.boolean(), (rec, sections, tickAll) => {
      const includeSensitiveIds = tickAll ? rec.entries.map((e) => e.id) : [];
      const p = buildSharePayload(rec, { sections, includeSensitiveIds });
      for (const e of p.entries) {
        const section = sectionOf(e);
        expect((e as Entry).kind).not.toBe('private-note');
        expect(section).not.toBe('private');
        expect(sections).toContain(section);
        expect(e.childId).toBe(childId);
        if (e.sensitive) expect(tickAll).toBe(true);
      }
      // Completeness: every eligible entry is there.
      const eligible = rec.entries.filter((e) => e.childId === childId && e.kind !== 'private-note'
        && (sections as string[]).includes(sectionOf(e)) && (!e.sensitive || tickAll));
      expect(p.entries).toHaveLength(eligible.length);
    }), { seed: 42, numRuns: 300 });
  });
});
