// A realistic passport + health summary, shaped like domain/consent SharePayload, for size tests
// and golden vectors. Test-only: nothing in the app imports this file.
import type { BodyValue } from '../body/body';

const child = 'c7Qm2Vt9XpL4aB8n';
const stamp = (i: number) => ({
  id: `e${i}R8kPq2Zx7LmN4vW`,
  childId: child,
  createdAt: `2024-0${1 + (i % 9)}-1${i % 10}T09:${10 + i}:00.000Z`,
  updatedAt: `2024-0${1 + (i % 9)}-1${i % 10}T09:${10 + i}:00.000Z`,
});
const en = (text: string) => ({ text, lang: 'en' });

export const SAMPLE_PASSPORT_AND_HEALTH: BodyValue = {
  child: { name: 'Amira Khan', preferredName: 'Mimi', dob: '2022-03-14', gestationWeeks: 35 },
  sections: ['about-me', 'health'],
  entries: [
    {
      ...stamp(1), kind: 'passport', nhsNumber: '9434765919', homeLanguages: ['ur', 'en'], communication: ['speech', 'signs', 'pictures-pecs'],
      communicationNote: en('Uses single words in Urdu and English; points and leads you to what she wants.'),
      whatHelps: en('A calm voice, time to answer, a picture timetable, warning before changes.'),
      likes: en('Trains, bubbles, singing, the swings.'),
      dislikes: en('Loud hand dryers, having her hair washed, waiting in queues.'),
      mustKnow: en('Severe peanut allergy: adrenaline pen is in her bag. Eczema flares with heat.'),
      importantPeople: [{ name: 'Sana', relationship: 'mother' }, { name: 'Bilal', relationship: 'brother' }],
    },
    { ...stamp(2), kind: 'condition', name: en('Eczema'), diagnosedOn: '2022-09-01' },
    { ...stamp(3), kind: 'condition', name: en('Glue ear'), diagnosedOn: '2024-02-10', note: en('Grommets discussed at ENT.') },
    { ...stamp(4), kind: 'allergy', allergen: 'peanut', reactions: ['hives-rash', 'swelling', 'breathing-difficulty'], severity: 'severe', notedOn: '2023-05-20' },
    {
      ...stamp(5), kind: 'medication', name: 'Hydrocortisone 1% cream', reason: en('Eczema flares'),
      history: [
        { date: '2022-09-01', change: 'started', dose: 'thin layer', frequency: 'twice a day', changedBy: 'GP' },
        { date: '2023-11-12', change: 'dose-changed', dose: 'thin layer', frequency: 'once a day', changedBy: 'GP' },
      ],
    },
    { ...stamp(6), kind: 'medication', name: 'Adrenaline auto-injector 150 micrograms', history: [{ date: '2023-05-20', change: 'started', dose: '150 micrograms', frequency: 'in an emergency', changedBy: 'Allergy clinic' }] },
    { ...stamp(7), kind: 'immunisation', doseCode: 'mmr-1', givenOn: '2023-03-20' },
    { ...stamp(8), kind: 'immunisation', doseCode: 'hib-menc', givenOn: '2023-03-20' },
    { ...stamp(9), kind: 'growth', measuredOn: '2024-03-01', weightKg: 12.4, heightCm: 89.5 },
    { ...stamp(10), kind: 'health-review', review: 'two-years', doneOn: '2024-03-18', by: 'Health visitor', outcome: en('Speech a little behind; referred to SLT.') },
  ],
};
