import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChildId, EntryId } from '../record/ids';
import type { IsoDate, IsoDateTime } from '../record/dates';
import type { Child, Entry, MedicationEntry, MilestoneEntry, Provenance } from '../record/types';
import { currentMedicines } from '../record/medications';
import { arbEntry, arbLocalText } from '../testing/arbitraries';
import { acceptedEntries, medicinesNamed, type AcceptContext } from './accept';
import { CONTRIBUTION_KINDS, contributionFromBody, contributionToBody, type Contribution } from './contribution';

const childId = 'child-1' as ChildId;
const child: Child = {
  id: childId, name: 'Amira Khan', dob: '2022-03-14' as IsoDate, colour: '#336699',
  createdAt: '2022-03-20T10:00:00.000Z' as IsoDateTime, updatedAt: '2022-03-20T10:00:00.000Z' as IsoDateTime,
};
const from = { name: 'Dr Ada Okafor', role: 'paediatrician' as const, organisation: 'St Mary’s' };
const common = { from, date: '2024-05-03' as IsoDate, lang: 'en', child: { name: 'Amira Khan', dob: child.dob, ref: childId } };
const provenance: Provenance = { name: from.name, role: from.role, organisation: from.organisation, verified: true, date: common.date, contributionId: 'c-1' };

const samples: Contribution[] = [
  { ...common, kind: 'visit-note', noteKind: 'visit-summary', text: { text: 'Good progress with words.', lang: 'en' } },
  { ...common, kind: 'assessment', title: 'Hearing test', result: 'no-concerns', text: { text: 'Both ears clear.', lang: 'en' } },
  { ...common, kind: 'support', change: 'plan', serviceType: 'speech-language-therapy', title: 'Six weekly sessions' },
  { ...common, kind: 'support', change: 'referral', serviceType: 'audiology', title: 'Audiology at St Mary’s', text: { text: 'Routine.', lang: 'en' } },
  { ...common, kind: 'medication', name: 'Movicol', change: 'dose-changed', dose: '3 ml', frequency: 'twice daily' },
  { ...common, kind: 'milestone', code: 'cl-12-18-01', status: 'achieved' },
  { ...common, kind: 'growth', weightKg: 11.2, heightCm: 82.5 },
];

function ctx(entries: Entry[], extra: Partial<AcceptContext> = {}): AcceptContext {
  let n = 0;
  return {
    child, entries, provenance, now: '2024-05-04T09:00:00.000Z' as IsoDateTime, today: '2024-05-04' as IsoDate,
    newId: () => `new-${++n}` as EntryId, ...extra,
  };
}

const movicol: MedicationEntry = {
  id: 'med-1' as EntryId, kind: 'medication', childId, name: 'Movicol', createdAt: child.createdAt, updatedAt: child.createdAt,
  history: [{ date: '2024-01-10' as IsoDate, change: 'started', dose: '2.5 ml', frequency: 'twice daily', changedBy: 'GP' }],
};

describe('contribution body', () => {
  it('covers every kind, and each survives the trip to the body and back', () => {
    expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(CONTRIBUTION_KINDS));
    for (const s of samples) expect(contributionFromBody(contributionToBody(s))).toEqual({ ok: true, value: s });
  });

  it('reads the first contributions (no kind, only noteKind) as visit notes', () => {
    const legacy = { noteKind: 'visit-summary', from: { name: 'Dr Ada Okafor', role: 'speech-language-therapist' }, text: { text: 'بہت اچھی', lang: 'ur' }, date: '2025-01-14' };
    const read = contributionFromBody(legacy);
    expect(read).toEqual({ ok: true, value: { kind: 'visit-note', noteKind: 'visit-summary', from: legacy.from, date: '2025-01-14', text: legacy.text, lang: 'ur' } });
  });

  it('shows an unknown role as "other" rather than refusing the note', () => {
    const body = { ...contributionToBody(samples[0]!), from: { name: 'A', role: 'astronaut' } };
    const read = contributionFromBody(body);
    expect(read.ok && read.value.from.role).toBe('other');
  });

  it.each([
    ['not an object', 'hello'],
    ['no author', { ...contributionToBody(samples[0]!), from: undefined }],
    ['an empty name', { ...contributionToBody(samples[0]!), from: { name: '  ', role: 'gp' } }],
    ['a bad date', { ...contributionToBody(samples[0]!), date: '2024-02-30' }],
    ['an unknown kind', { ...contributionToBody(samples[0]!), kind: 'poem' }],
    ['a visit note without text', { ...contributionToBody(samples[0]!), text: undefined }],
    ['an assessment with an unknown result', { ...contributionToBody(samples[1]!), outcome: 'great' }],
    ['a support change of an unknown service', { ...contributionToBody(samples[2]!), serviceType: 'magic' }],
    ['a dose change without a dose', { ...contributionToBody(samples[4]!), dose: undefined }],
    ['an unknown milestone', { ...contributionToBody(samples[5]!), code: 'cl-99-99-99' }],
    ['a weight of 500 kg', { ...contributionToBody(samples[6]!), weightKg: 500 }],
    ['a measurement with no values', { ...contributionToBody(samples[6]!), weightKg: undefined, heightCm: undefined }],
    ['an over-long note', { ...contributionToBody(samples[0]!), text: { text: 'x'.repeat(4001), lang: 'en' } }],
    ['a reply id of the wrong length', { ...contributionToBody(samples[0]!), inReplyTo: new Uint8Array(3) }],
  ])('refuses %s', (_name, body) => {
    expect(contributionFromBody(body)).toEqual({ ok: false, error: 'malformed-body' });
  });
});

describe('accepting a contribution', () => {
  it('turns a visit note and an assessment into notes with the author and provenance', () => {
    const [note] = (acceptedEntries(samples[0]!, ctx([])) as { ok: true; value: Entry[] }).value;
    expect(note).toMatchObject({ kind: 'received-note', noteKind: 'visit-summary', from, contributedBy: provenance, childId });
    const [assessment] = (acceptedEntries(samples[1]!, ctx([])) as { ok: true; value: Entry[] }).value;
    expect(assessment).toMatchObject({ kind: 'received-note', noteKind: 'assessment', title: 'Hearing test', result: 'no-concerns' });
  });

  it('turns a plan and a referral into support history', () => {
    const plan = acceptedEntries(samples[2]!, ctx([]));
    expect(plan.ok && plan.value[0]).toMatchObject({ kind: 'service', serviceType: 'speech-language-therapy', start: '2024-05-03', plans: [{ text: 'Six weekly sessions', lang: 'en' }], professional: from });
    const referral = acceptedEntries(samples[3]!, ctx([]));
    expect(referral.ok && referral.value[0]).toMatchObject({ kind: 'service', serviceType: 'audiology', referralDate: '2024-05-03', note: { text: 'Audiology at St Mary’s\nRoutine.' } });
  });

  it('adds a dose change to the medicine of that name, keeping the history', () => {
    const made = acceptedEntries({ ...samples[4]!, name: '  movicol ' } as Contribution, ctx([movicol]));
    expect(made.ok).toBe(true);
    const med = (made as { ok: true; value: Entry[] }).value[0] as MedicationEntry;
    expect(med.id).toBe(movicol.id);
    expect(med.history).toHaveLength(2);
    expect(med.history[1]).toMatchObject({ change: 'dose-changed', dose: '3 ml', changedBy: from.name, contributedBy: provenance });
    expect(currentMedicines([med])[0]).toMatchObject({ dose: '3 ml', frequency: 'twice daily' });
  });

  it('asks the parent when the medicine is not on this phone, and adds it only when told to', () => {
    expect(acceptedEntries(samples[4]!, ctx([]))).toEqual({ ok: false, error: 'medicine-missing' });
    const added = acceptedEntries(samples[4]!, ctx([], { medicine: 'new' }));
    expect(added.ok && added.value[0]).toMatchObject({ kind: 'medication', name: 'Movicol', contributedBy: provenance });
    expect(medicinesNamed([movicol], childId, 'MOVICOL')).toEqual([movicol]);
  });

  it('refuses a medicine change older than the record, and a start of a medicine being taken', () => {
    expect(acceptedEntries({ ...samples[4]!, date: '2024-01-01' } as Contribution, ctx([movicol]))).toEqual({ ok: false, error: 'older-than-record' });
    expect(acceptedEntries({ ...samples[4]!, change: 'started' } as Contribution, ctx([movicol]))).toEqual({ ok: false, error: 'medicine-state' });
  });

  it('adds a milestone step, and changes nothing when the record already says the same', () => {
    const first = acceptedEntries(samples[5]!, ctx([]));
    const entry = (first as { ok: true; value: Entry[] }).value[0] as MilestoneEntry;
    expect(entry.history).toEqual([{ status: 'achieved', date: '2024-05-03', contributedBy: provenance }]);
    expect(acceptedEntries(samples[5]!, ctx([entry]))).toEqual({ ok: true, value: [] });
  });

  it('puts a measurement into growth, by the professional', () => {
    const made = acceptedEntries(samples[6]!, ctx([]));
    expect(made.ok && made.value[0]).toMatchObject({ kind: 'growth', measuredOn: '2024-05-03', weightKg: 11.2, heightCm: 82.5, by: from.name });
  });

  it('allows a day ahead (another time zone) but not two, and nothing before birth', () => {
    expect(acceptedEntries({ ...samples[0]!, date: '2024-05-05' } as Contribution, ctx([])).ok).toBe(true);
    expect(acceptedEntries({ ...samples[0]!, date: '2024-05-06' } as Contribution, ctx([]))).toEqual({ ok: false, error: 'date-in-future' });
    expect(acceptedEntries({ ...samples[0]!, date: '2022-03-13' } as Contribution, ctx([]))).toEqual({ ok: false, error: 'date-before-birth' });
  });

  it('property: accepting writes only entries marked with this contribution; every other entry is untouched', () => {
    const arbContribution = fc.tuple(fc.constantFrom(...samples), arbLocalText).map(([s, text]) =>
      (s.kind === 'visit-note' || s.kind === 'assessment' ? { ...s, text: { ...text, text: text.text.trim() || 'x' } } : s) as Contribution);
    const arbRecord = fc.array(arbEntry(fc.constant(childId)), { maxLength: 12 });
    fc.assert(fc.property(arbContribution, arbRecord, fc.boolean(), (c, entries, withMovicol) => {
      const record = withMovicol ? [...entries, movicol] : entries;
      const before = structuredClone(record);
      const made = acceptedEntries(c, ctx(record, { medicine: 'new' }));
      // The record passed in is never changed in place: declining (not saving) leaves it as it was.
      expect(record).toEqual(before);
      if (!made.ok) return;
      for (const e of made.value) {
        const marked = e.contributedBy?.contributionId === 'c-1'
          || (e.kind === 'medication' && e.history.some((h) => h.contributedBy?.contributionId === 'c-1'))
          || (e.kind === 'milestone' && e.history.some((h) => h.contributedBy?.contributionId === 'c-1'));
        expect(marked).toBe(true);
        const old = before.find((b) => b.id === e.id);
        if (old && old.kind === 'medication' && e.kind === 'medication') expect(e.history.slice(0, old.history.length)).toEqual(old.history);
      }
    }), { numRuns: 300 });
  });
});
