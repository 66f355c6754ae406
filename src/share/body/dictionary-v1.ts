// Key dictionary, version 1: well-known field names travel as small integers (the list index).
// The list is APPEND-ONLY. Never reorder, rename or remove an entry: old shares must stay readable.
// A later dictionary version is this list plus new names at the end; its version number is the
// body's first byte, so a reader knows how many entries the writer used.
// The first 24 names cost one byte each in CBOR, so the most frequent fields come first.

export const DICTIONARY_V1: readonly string[] = Object.freeze([
  // 0-23: one-byte keys, the most frequent fields in a record share
  'text', 'lang', 'kind', 'date', 'note', 'name', 'id', 'code', 'status', 'history',
  'area', 'mark', 'by', 'outcome', 'detail', 'reason', 'sensitive', 'entries', 'sections', 'child',
  'start', 'end', 'who', 'where',
  // 24 onwards: two-byte keys
  'childId', 'createdAt', 'updatedAt', 'relationship', 'nhsNumber', 'homeLanguages', 'otherLanguages',
  'communication', 'communicationNote', 'whatHelps', 'likes', 'dislikes', 'mustKnow', 'importantPeople',
  'diagnosedOn', 'allergen', 'reactions', 'severity', 'notedOn', 'change', 'dose', 'frequency',
  'changedBy', 'doseCode', 'givenOn', 'vaccineName', 'batch', 'measuredOn', 'weightKg', 'heightCm',
  'headCm', 'review', 'doneOn', 'photos', 'milestoneCodes', 'observationId', 'role', 'organisation',
  'contact', 'serviceType', 'professional', 'referralDate', 'plans', 'documents', 'noteKind', 'from',
  'receivedAt', 'serviceId', 'preferredName', 'dob', 'gestationWeeks', 'colour', 'photo', 'children',
  'section', 'purpose', 'sender', 'recipient', 'service', 'title', 'summary', 'items', 'type', 'value',
  'unit', 'version', 'createdBy', 'appointments', 'passport', 'health', 'conditions', 'allergies',
  'medications', 'immunisations', 'growth', 'reviews', 'observations', 'milestones', 'support',
  'notes', 'about', 'sharedAt', 'expiresAt', 'fingerprint', 'signKey', 'boxKey', 'displayName',
  'language', 'languages', 'phone', 'email', 'address', 'team',
]);

export const DICTIONARY_V1_VERSION = 1;
