// Frozen structure primer, version 1: one made-up record in the shape the app writes shares
// (every entry kind once, keys in the app's order, a few immunisations and reviews), with
// placeholder values. It teaches the coder which key follows which, so real shares cost little
// for their structure. It is not anyone's data. Never edit: shares coded with it need these exact bytes.
import type { BodyValue } from '../../body/body';

const note = { text: '', lang: 'en' };
const person = { name: 'A B', role: 'health-visitor', organisation: 'C' };

export const PRIMER_STRUCTURE_V1: BodyValue = {
  child: { name: 'A B', dob: '2023-01-10', preferredName: 'A', gestationWeeks: 39 },
  sections: ['about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments'],
  entries: [
    {
      kind: 'passport', nhsNumber: '4000000000', homeLanguages: ['en'], communication: ['speech', 'signs'],
      communicationNote: note, whatHelps: note, likes: note, dislikes: note, mustKnow: note,
      importantPeople: [{ name: 'A B', relationship: 'mother' }, { name: 'C B', relationship: 'father', note }],
    },
    { kind: 'condition', diagnosedOn: '2023-06-01', name: note, note },
    { kind: 'allergy', allergen: 'peanut', reactions: ['hives-rash', 'swelling'], severity: 'severe', notedOn: '2023-08-01', note },
    { kind: 'medication', name: 'A', reason: note, history: [{ date: '2023-09-01', change: 'started', dose: '1', frequency: 'A', changedBy: 'A B' }] },
    { kind: 'immunisation', doseCode: '6in1-1', givenOn: '2023-03-10', where: 'A' },
    { kind: 'immunisation', doseCode: 'menb-1', givenOn: '2023-03-10' },
    { kind: 'immunisation', doseCode: 'rota-1', givenOn: '2023-03-10' },
    { kind: 'immunisation', doseCode: 'mmr-1', givenOn: '2024-01-12' },
    { kind: 'growth', measuredOn: '2024-01-12', weightKg: 9.5, heightCm: 75.5, headCm: 46, by: 'A B' },
    { kind: 'health-review', review: 'new-birth', doneOn: '2023-01-20', by: 'A B', outcome: note },
    { kind: 'health-review', review: 'one-year', doneOn: '2024-01-15' },
    { kind: 'observation', area: 'communication', date: '2024-02-01', text: note, mark: 'celebration', milestoneCodes: ['C1'] },
    { kind: 'milestone', code: 'C1', area: 'communication', history: [{ status: 'emerging', date: '2024-02-01', observationId: 'A' }] },
    {
      kind: 'service', serviceType: 'speech-language-therapy', professional: person, start: '2024-03-01', plans: [], documents: [],
      referralDate: '2024-02-01', outcome: note,
    },
    { kind: 'received-note', noteKind: 'visit-summary', from: person, receivedAt: '2024-03-01T10:00:00.000Z', serviceId: 'A', text: note },
    { kind: 'appointment', start: '2024-04-01T09:30:00.000Z', end: '2024-04-01T10:00:00.000Z', who: 'A B', where: 'A', reason: 'review', note },
  ],
  summary: ['health'],
};
