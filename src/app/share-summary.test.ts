import { describe, expect, it } from 'vitest';
import {
  appendMedicationChange, asChildId, asEntryId, isoDateTimeFromMs, type ChildRecord, type Entry, type IsoDate, type MedicationEntry, type ShareableEntry,
} from '../domain/index';
import { DEMO_CHILD_IDS, generateDemoFamily } from '../domain/demo/generate';
import { decodeEnvelope, encodeEnvelope } from '../share/index';
import { boxKeyPairFromSecret, signKeyPairFromSeed } from '../crypto/index';
import { buildShareBody } from './share-out';
import { summariseHealth } from './share-summary';

const NOW = Date.UTC(2025, 4, 1, 9);
const T = isoDateTimeFromMs(NOW);
const kid = asChildId('summary-kid');
const d = (s: string) => s as IsoDate;
const base = (id: string) => ({ id: asEntryId(id), childId: kid, createdAt: T, updatedAt: T });
const en = (text: string) => ({ text, lang: 'en' });

function medicine(id: string, name: string): MedicationEntry {
  return { ...base(id), kind: 'medication', name, reason: en('why it was started'), history: [] };
}

function changed(med: MedicationEntry, line: MedicationEntry['history'][number]): MedicationEntry {
  const next = appendMedicationChange(med, line, T);
  if (!next.ok) throw new Error(next.error);
  return next.value;
}

// A record with a medicine whose dose changed, one stopped, one restarted, a growth series,
// every kind of health entry with its optional fields, and a private note.
function record(): ChildRecord {
  let inhaler = medicine('med-inhaler', 'Inhaler');
  inhaler = changed(inhaler, { date: d('2024-01-10'), change: 'started', dose: '2 puffs', frequency: 'when needed', changedBy: 'GP' });
  inhaler = changed(inhaler, { date: d('2024-06-01'), change: 'dose-changed', dose: '4 puffs', frequency: 'twice a day', changedBy: 'Dr Okafor', note: en('old dose note') });
  let course = medicine('med-course', 'Antibiotic');
  course = changed(course, { date: d('2024-10-01'), change: 'started', dose: '5 ml', frequency: 'three times a day', changedBy: 'GP' });
  course = changed(course, { date: d('2024-10-08'), change: 'stopped', dose: '5 ml', frequency: 'three times a day', changedBy: 'GP' });
  let iron = medicine('med-iron', 'Iron drops');
  iron = changed(iron, { date: d('2023-01-01'), change: 'started', dose: '1 ml', frequency: 'daily', changedBy: 'GP' });
  iron = changed(iron, { date: d('2023-05-01'), change: 'stopped', dose: '1 ml', frequency: 'daily', changedBy: 'GP' });
  iron = changed(iron, { date: d('2025-02-01'), change: 'started', dose: '0.5 ml', frequency: 'daily', changedBy: 'Dietitian' });
  const entries: Entry[] = [
    { ...base('passport'), kind: 'passport', homeLanguages: ['en'], communication: ['speech'], importantPeople: [], mustKnow: en('Say his name first.') },
    { ...base('cond'), kind: 'condition', name: { text: 'Asthma', lang: 'en' }, diagnosedOn: d('2024-01-10'), note: { text: 'يتعب بسرعة', lang: 'ar' } },
    { ...base('allergy'), kind: 'allergy', allergen: 'other', detail: en('kiwi fruit'), reactions: ['hives-rash'], severity: 'mild', notedOn: d('2023-02-02'), note: en('allergy clinic note') },
    inhaler, course, iron,
    { ...base('imm-1'), kind: 'immunisation', doseCode: '6in1-1', givenOn: d('2022-05-11'), where: 'Oakfield Surgery', batch: 'AB123', vaccineName: 'Infanrix hexa', note: en('a little upset') },
    { ...base('imm-2'), kind: 'immunisation', doseCode: 'other', givenOn: d('2024-09-01'), vaccineName: 'Flu nasal spray', batch: 'ZZ9' },
    { ...base('growth-new'), kind: 'growth', measuredOn: d('2025-03-14'), weightKg: 14, heightCm: 94.3, by: 'Health visitor' },
    { ...base('growth-old'), kind: 'growth', measuredOn: d('2024-03-14'), weightKg: 12.1, heightCm: 85, headCm: 48, by: 'Health visitor' },
    { ...base('review'), kind: 'health-review', review: 'two-years', doneOn: d('2024-05-14'), by: 'Claire', outcome: en('review outcome words') },
    { ...base('obs'), kind: 'observation', area: 'communication', date: d('2025-01-01'), text: en('said ball'), photos: [], mark: 'celebration', milestoneCodes: [] },
    { ...base('secret'), kind: 'private-note', date: d('2025-01-02'), text: en('only for me') },
  ];
  const child = { id: kid, name: 'Sam Test', dob: d('2022-03-01'), colour: '#123456', createdAt: T, updatedAt: T };
  return { child, entries };
}

type Loose = Record<string, unknown> & { kind: string };
const entriesOf = (body: unknown) => (body as { entries: Loose[] }).entries;
const ofKind = (body: unknown, kind: string) => entriesOf(body).filter((e) => e.kind === kind);

describe('health summary', () => {
  it('lists current medicines only, each with the line that set its current dose', () => {
    const meds = ofKind(buildShareBody(record(), ['health']), 'medication');
    expect(meds.map((m) => m.name)).toEqual(['Inhaler', 'Iron drops']);
    expect(meds[0]).toEqual({
      kind: 'medication', name: 'Inhaler',
      history: [{ date: '2024-06-01', change: 'dose-changed', dose: '4 puffs', frequency: 'twice a day', changedBy: 'Dr Okafor' }],
    });
    expect(meds[1]!.history).toEqual([{ date: '2025-02-01', change: 'started', dose: '0.5 ml', frequency: 'daily', changedBy: 'Dietitian' }]);
  });

  it('keeps the latest growth measurement, immunisations as dose and date, reviews as code and date', () => {
    const body = buildShareBody(record(), ['health']);
    expect(ofKind(body, 'growth')).toEqual([{ kind: 'growth', measuredOn: '2025-03-14', weightKg: 14, heightCm: 94.3 }]);
    expect(ofKind(body, 'immunisation')).toEqual([
      { kind: 'immunisation', doseCode: '6in1-1', givenOn: '2022-05-11' },
      { kind: 'immunisation', doseCode: 'other', givenOn: '2024-09-01', vaccineName: 'Flu nasal spray' },
    ]);
    expect(ofKind(body, 'health-review')).toEqual([{ kind: 'health-review', review: 'two-years', doneOn: '2024-05-14' }]);
    expect(ofKind(body, 'allergy')).toEqual([
      { kind: 'allergy', allergen: 'other', detail: { text: 'kiwi fruit', lang: 'en' }, reactions: ['hives-rash'], severity: 'mild' },
    ]);
    // The parent's words stay as written, language included.
    expect(ofKind(body, 'condition')).toEqual([
      { kind: 'condition', name: { text: 'Asthma', lang: 'en' }, diagnosedOn: '2024-01-10', note: { text: 'يتعب بسرعة', lang: 'ar' } },
    ]);
    expect((body as { summary?: unknown }).summary).toEqual(['health']);
  });

  it('carries nothing private and no history, bookkeeping or dropped detail', () => {
    const body = buildShareBody(record(), ['about-me', 'health', 'dev-communication']);
    const text = JSON.stringify(body);
    for (const gone of ['only for me', 'old dose note', 'Antibiotic', 'AB123', 'Oakfield', 'Infanrix', 'a little upset',
      'allergy clinic note', 'review outcome words', 'Claire', 'Health visitor', '2024-03-14', 'why it was started', 'summary-kid']) {
      expect(text).not.toContain(gone);
    }
    expect(entriesOf(body).map((e) => e.kind)).toEqual([
      'passport', 'condition', 'allergy', 'medication', 'medication', 'immunisation', 'immunisation', 'growth', 'health-review', 'observation',
    ]);
  });

  it('leaves other sections untouched and the full detail available', () => {
    const r = record();
    const summary = entriesOf(buildShareBody(r, ['about-me', 'dev-communication']));
    const full = entriesOf(buildShareBody(r, ['about-me', 'dev-communication'], [], 'full'));
    expect(summary).toEqual(full);
    const fullHealth = buildShareBody(r, ['health'], [], 'full');
    expect(ofKind(fullHealth, 'medication')).toHaveLength(3);
    expect(ofKind(fullHealth, 'growth')).toHaveLength(2);
    expect((fullHealth as { summary?: unknown }).summary).toBeUndefined();
  });

  it('still leaves sensitive entries out unless ticked, and never brings an older one back in their place', () => {
    const r = record();
    const entries = r.entries.map((e) => (e.id === 'med-inhaler' || e.id === 'growth-new' ? { ...e, sensitive: true } : e));
    const sensitive = { ...r, entries };
    const unticked = buildShareBody(sensitive, ['health']);
    expect(ofKind(unticked, 'medication').map((m) => m.name)).toEqual(['Iron drops']);
    // The newest measurement is withheld; the one before it is what consent let through.
    expect(ofKind(unticked, 'growth').map((g) => g.measuredOn)).toEqual(['2024-03-14']);
    const ticked = buildShareBody(sensitive, ['health'], ['med-inhaler', 'growth-new']);
    expect(ofKind(ticked, 'medication').map((m) => m.name)).toEqual(['Inhaler', 'Iron drops']);
    expect(ofKind(ticked, 'growth')).toEqual([{ kind: 'growth', measuredOn: '2025-03-14', weightKg: 14, heightCm: 94.3, sensitive: true }]);
  });

  it('returns new entries and leaves the record as it was', () => {
    const r = record();
    const before = JSON.stringify(r.entries);
    const out = summariseHealth(r.entries.filter((e): e is ShareableEntry => e.kind !== 'private-note'));
    expect(out.find((e) => e.id === 'med-inhaler')).not.toBe(r.entries.find((e) => e.id === 'med-inhaler'));
    expect(JSON.stringify(r.entries)).toBe(before);
  });

  it("the demo child's passport and health summary survive the envelope codec", () => {
    const family = generateDemoFamily({ seed: 20240611, now: T });
    const child = family.children.find((c) => c.id === DEMO_CHILD_IDS.older)!;
    const body = buildShareBody({ child, entries: family.entries.filter((e) => e.childId === child.id) }, ['about-me', 'health']);
    const recipient = boxKeyPairFromSecret(new Uint8Array(32).fill(5));
    const made = encodeEnvelope({
      type: 'addressed-share', sender: signKeyPairFromSeed(new Uint8Array(32).fill(6)), recipient: recipient.publicKey,
      issuedAt: NOW, expiresAt: NOW + 3_600_000, body,
    });
    if (!made.ok) throw new Error(made.error);
    const opened = decodeEnvelope(made.value, { now: NOW + 1000, myBoxSecretKey: recipient.secretKey });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.body).toEqual(body);
    expect(ofKind(body, 'growth')).toHaveLength(1);
  });
});
