// fast-check arbitraries for every entry kind, for property tests here and in vault/share.
// Test-only: nothing in the app imports this file.
import fc from 'fast-check';
import { ALLERGENS, ALLERGY_REACTIONS, ALLERGY_SEVERITIES, APPOINTMENT_REASONS, COMMUNICATION_METHODS,
  HOME_LANGUAGES, PROFESSIONAL_ROLES, RELATIONSHIPS, SERVICE_TYPES } from '../record/codes';
import { dateFromDayNumber, isoDateTimeFromMs, type IsoDate, type IsoDateTime } from '../record/dates';
import type { BlobId, ChildId, EntryId } from '../record/ids';
import { DEVELOPMENT_AREAS } from '../record/sections';
import { HEALTH_REVIEWS, MEDICATION_CHANGES, MILESTONE_STATUSES, OBSERVATION_MARKS, RECEIVED_NOTE_KINDS,
  type Child, type Entry, type LocalText, type MilestoneCode } from '../record/types';

const idString = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
export const arbEntryId = idString.map((s) => s as EntryId);
export const arbChildId = idString.map((s) => s as ChildId);
const arbBlobId = idString.map((s) => s as BlobId);
// 2015-01-01 .. 2030-12-31
export const arbIsoDate: fc.Arbitrary<IsoDate> = fc.integer({ min: 16436, max: 22280 }).map(dateFromDayNumber);
export const arbIsoDateTime: fc.Arbitrary<IsoDateTime> = fc
  .integer({ min: 1_420_070_400_000, max: 1_924_905_600_000 })
  .map(isoDateTimeFromMs);
/** Any text, emoji and right-to-left scripts included. */
export const arbText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('بحب السيارات 🚗', 'بہت خوش ہے', 'Zażółć gęślą jaźń', '👨‍👩‍👧 family', ''),
);
export const arbLocalText: fc.Arbitrary<LocalText> = fc.record({ text: arbText, lang: fc.constantFrom('en', 'ar', 'pl', 'ur') });
const arbMilestoneCode = fc
  .tuple(fc.constantFrom('cl', 'pd', 'pse'), fc.constantFrom('0-3', '6-12', '24-36'), fc.integer({ min: 1, max: 12 }))
  .map(([a, b, n]) => `${a}-${b}-${String(n).padStart(2, '0')}` as MilestoneCode);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const arbProfessional = fc.record({ name: arbText, role: fc.constantFrom(...PROFESSIONAL_ROLES) });

function base(childId: fc.Arbitrary<ChildId>) {
  return { id: arbEntryId, childId, createdAt: arbIsoDateTime, updatedAt: arbIsoDateTime, sensitive: fc.boolean() };
}

/** An entry of any kind; pass childId to pin the child. */
export function arbEntry(childId: fc.Arbitrary<ChildId> = arbChildId): fc.Arbitrary<Entry> {
  const b = base(childId);
  const k = <K extends Entry['kind']>(kind: K) => fc.constant(kind);
  return fc.oneof(
    fc.record({ ...b, kind: k('passport'), nhsNumber: opt(fc.constant('9434765919')),
      homeLanguages: fc.subarray([...HOME_LANGUAGES], { maxLength: 3 }),
      communication: fc.subarray([...COMMUNICATION_METHODS], { maxLength: 3 }), mustKnow: opt(arbLocalText),
      importantPeople: fc.array(fc.record({ name: arbText, relationship: fc.constantFrom(...RELATIONSHIPS) }), { maxLength: 2 }) }),
    fc.record({ ...b, kind: k('condition'), name: arbLocalText, diagnosedOn: opt(arbIsoDate) }),
    fc.record({ ...b, kind: k('allergy'), allergen: fc.constantFrom(...ALLERGENS),
      reactions: fc.subarray([...ALLERGY_REACTIONS], { maxLength: 3 }), severity: fc.constantFrom(...ALLERGY_SEVERITIES) }),
    fc.record({ ...b, kind: k('medication'), name: arbText, history: fc.array(fc.record({ date: arbIsoDate,
      change: fc.constantFrom(...MEDICATION_CHANGES), dose: arbText, frequency: arbText, changedBy: arbText }), { maxLength: 3 }) }),
    fc.record({ ...b, kind: k('immunisation'), doseCode: fc.constantFrom('mmr-1', 'other'), givenOn: arbIsoDate }),
    fc.record({ ...b, kind: k('growth'), measuredOn: arbIsoDate, weightKg: opt(fc.double({ min: 0.5, max: 40, noNaN: true })) }),
    fc.record({ ...b, kind: k('health-review'), review: fc.constantFrom(...HEALTH_REVIEWS), doneOn: arbIsoDate }),
    fc.record({ ...b, kind: k('observation'), area: fc.constantFrom(...DEVELOPMENT_AREAS), date: arbIsoDate, text: arbLocalText,
      photos: fc.array(arbBlobId, { maxLength: 2 }), mark: fc.constantFrom(...OBSERVATION_MARKS),
      milestoneCodes: fc.array(arbMilestoneCode, { maxLength: 2 }) }),
    fc.record({ ...b, kind: k('milestone'), code: arbMilestoneCode, area: fc.constantFrom(...DEVELOPMENT_AREAS),
      history: fc.array(fc.record({ status: fc.constantFrom(...MILESTONE_STATUSES), date: arbIsoDate }), { maxLength: 3 }) }),
    fc.record({ ...b, kind: k('service'), serviceType: fc.constantFrom(...SERVICE_TYPES), professional: opt(arbProfessional),
      referralDate: opt(arbIsoDate), plans: fc.array(arbLocalText, { maxLength: 2 }), documents: fc.array(arbBlobId, { maxLength: 1 }) }),
    fc.record({ ...b, kind: k('received-note'), noteKind: fc.constantFrom(...RECEIVED_NOTE_KINDS), from: arbProfessional,
      receivedAt: arbIsoDateTime, text: arbLocalText }),
    fc.record({ ...b, kind: k('appointment'), start: arbIsoDateTime, end: arbIsoDateTime, who: arbText, where: arbText,
      reason: fc.constantFrom(...APPOINTMENT_REASONS), note: opt(arbLocalText) }),
    fc.record({ ...b, kind: k('private-note'), date: arbIsoDate, text: arbLocalText }),
  );
}

export function arbChild(id: fc.Arbitrary<ChildId> = arbChildId): fc.Arbitrary<Child> {
  return fc.record({ id, name: arbText, preferredName: opt(arbText), dob: arbIsoDate,
    gestationWeeks: opt(fc.integer({ min: 23, max: 42 })), colour: fc.constant('#336699'),
    createdAt: arbIsoDateTime, updatedAt: arbIsoDateTime });
}
