// Preset DEFLATE dictionary, version 1 (RFC 1951 allows the window to start primed; zlib calls this
// FDICT). It holds the coded values a share is made of, so even their first occurrence costs a
// short back-reference instead of the full text. Frozen forever: a changed list is a new version.
// The strings are copied from the domain code lists as they stood when v1 was frozen; codes added
// later still work, they only compress less until a version 2 dictionary adds them.
import { encodeCbor } from '../cbor/cbor';

const STRINGS_V1: readonly string[] = Object.freeze([
  'health-visitor', 'gp', 'practice-nurse', 'paediatrician', 'specialist-nurse', 'community-nurse',
  'speech-language-therapist', 'audiologist', 'physiotherapist', 'occupational-therapist', 'dietitian',
  'orthoptist', 'teacher-of-deaf', 'portage-worker', 'nursery-key-person', 'childminder', 'senco',
  'educational-psychologist', 'social-worker', 'family-support-worker', 'key-worker', 'interpreter',
  'other', 'health-visiting', 'paediatrics', 'speech-language-therapy', 'physiotherapy',
  'occupational-therapy', 'audiology', 'ophthalmology-orthoptics', 'dietetics', 'community-nursing',
  'hospital-specialist', 'camhs', 'childrens-centre', 'family-hub', 'nursery', 'school', 'portage',
  'sensory-support', 'educational-psychology', 'send-ehc', 'early-help', 'social-care', 'voluntary-sector',
  'review', 'assessment', 'therapy-session', 'hearing-test', 'eye-test', 'immunisation', 'health-review',
  'medication-review', 'home-visit', 'planning-meeting', 'follow-up', 'test-results', 'procedure',
  'settling-in', 'mother', 'father', 'parent', 'step-parent', 'foster-carer', 'grandparent', 'sibling',
  'aunt-uncle', 'other-family', 'family-friend', 'hives-rash', 'itching', 'swelling', 'eczema-flare',
  'runny-nose-sneezing', 'vomiting', 'diarrhoea', 'tummy-pain', 'cough', 'wheeze', 'breathing-difficulty',
  'anaphylaxis', 'collapse', 'cows-milk', 'egg', 'peanut', 'tree-nuts', 'sesame', 'fish', 'shellfish',
  'wheat', 'soya', 'penicillin', 'other-medicine', 'latex', 'insect-sting', 'pollen', 'animal', 'mild',
  'moderate', 'severe', 'life-threatening', 'speech', 'sounds-babble', 'signs', 'makaton', 'bsl',
  'signalong', 'gestures', 'pointing', 'facial-expression', 'body-language', 'pictures-pecs', 'symbols',
  'objects-of-reference', 'aac-device', 'eye-gaze', 'writing', '6in1-1', '6in1-2', '6in1-3', '6in1-4',
  'menb-1', 'menb-2', 'menb-3', 'rota-1', 'rota-2', 'pcv-1', 'pcv-2', 'hib-menc', 'mmr-1', 'mmr-2',
  'mmrv-1', 'mmrv-2', '4in1', 'visit-summary', 'plan', 'letter', 'new-birth', 'six-to-eight-weeks',
  'one-year', 'two-years', 'started', 'dose-changed', 'stopped', 'emerging', 'developing', 'achieved',
  'celebration', 'concern', 'none', 'communication', 'physical', 'pse', 'passport', 'condition', 'allergy',
  'medication', 'growth', 'observation', 'milestone', 'service', 'received-note', 'appointment',
  'about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments',
]);

/** The dictionary bytes: the CBOR array of the strings, so each match includes its CBOR head byte. */
export const DEFLATE_DICTIONARY_V1: Uint8Array = encodeCbor([...STRINGS_V1]);
export const DEFLATE_DICTIONARY_V1_ID = 1;
