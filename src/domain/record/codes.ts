// Coded choice lists (DESIGN §2): we store the code and render the label in the reader's language.
// Labels live in locales/<lng>/record.json under `code.<list>.<code>`; never here.
import { DomainBugError } from '../result';

export const COMMUNICATION_METHODS = [
  'speech', 'sounds-babble', 'signs', 'makaton', 'bsl', 'signalong', 'gestures', 'pointing',
  'facial-expression', 'body-language', 'pictures-pecs', 'symbols', 'objects-of-reference',
  'aac-device', 'eye-gaze', 'writing',
] as const;
export type CommunicationMethod = (typeof COMMUNICATION_METHODS)[number];

/** ISO 639-1 codes for languages commonly spoken at home in the UK (Sylheti etc. go under `other`). */
export const HOME_LANGUAGES = [
  'en', 'cy', 'gd', 'ga', 'pl', 'ro', 'lt', 'lv', 'bg', 'hu', 'sk', 'cs', 'ru', 'uk', 'sq', 'el',
  'pt', 'es', 'it', 'fr', 'de', 'tr', 'ku', 'ar', 'fa', 'ps', 'ur', 'pa', 'hi', 'bn', 'gu', 'ta',
  'te', 'ml', 'ne', 'si', 'zh', 'vi', 'tl', 'so', 'ti', 'am', 'yo', 'ig', 'ak', 'sw',
] as const;
export type HomeLanguage = (typeof HOME_LANGUAGES)[number];

export const ALLERGENS = [
  'cows-milk', 'egg', 'peanut', 'tree-nuts', 'sesame', 'fish', 'shellfish', 'wheat', 'soya',
  'penicillin', 'other-medicine', 'latex', 'insect-sting', 'pollen', 'animal', 'other',
] as const;
export type Allergen = (typeof ALLERGENS)[number];

export const ALLERGY_REACTIONS = [
  'hives-rash', 'itching', 'swelling', 'eczema-flare', 'runny-nose-sneezing', 'vomiting',
  'diarrhoea', 'tummy-pain', 'cough', 'wheeze', 'breathing-difficulty', 'anaphylaxis', 'collapse', 'other',
] as const;
export type AllergyReaction = (typeof ALLERGY_REACTIONS)[number];

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

export const SERVICE_TYPES = [
  'health-visiting', 'gp', 'paediatrics', 'speech-language-therapy', 'physiotherapy',
  'occupational-therapy', 'audiology', 'ophthalmology-orthoptics', 'dietetics', 'community-nursing',
  'hospital-specialist', 'camhs', 'childrens-centre', 'family-hub', 'nursery', 'childminder', 'school',
  'portage', 'sensory-support', 'educational-psychology', 'send-ehc', 'early-help', 'social-care',
  'voluntary-sector', 'other',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const APPOINTMENT_REASONS = [
  'review', 'assessment', 'therapy-session', 'hearing-test', 'eye-test', 'immunisation',
  'health-review', 'medication-review', 'home-visit', 'planning-meeting', 'follow-up',
  'test-results', 'procedure', 'settling-in', 'other',
] as const;
export type AppointmentReason = (typeof APPOINTMENT_REASONS)[number];

export const PROFESSIONAL_ROLES = [
  'health-visitor', 'gp', 'practice-nurse', 'paediatrician', 'specialist-nurse', 'community-nurse',
  'speech-language-therapist', 'audiologist', 'physiotherapist', 'occupational-therapist', 'dietitian',
  'orthoptist', 'teacher-of-deaf', 'portage-worker', 'nursery-key-person', 'childminder', 'senco',
  'educational-psychologist', 'social-worker', 'family-support-worker', 'key-worker', 'interpreter', 'other',
] as const;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];

export const RELATIONSHIPS = [
  'mother', 'father', 'parent', 'step-parent', 'foster-carer', 'grandparent', 'sibling',
  'aunt-uncle', 'other-family', 'family-friend', 'childminder', 'key-worker', 'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Every coded list by the name used in its label keys. */
export const CODE_LISTS = {
  communicationMethod: COMMUNICATION_METHODS,
  homeLanguage: HOME_LANGUAGES,
  allergen: ALLERGENS,
  allergyReaction: ALLERGY_REACTIONS,
  allergySeverity: ALLERGY_SEVERITIES,
  serviceType: SERVICE_TYPES,
  appointmentReason: APPOINTMENT_REASONS,
  professionalRole: PROFESSIONAL_ROLES,
  relationship: RELATIONSHIPS,
} as const;
export type CodeListName = keyof typeof CODE_LISTS;
export type CodeOf<L extends CodeListName> = (typeof CODE_LISTS)[L][number];

export function isCode<L extends CodeListName>(list: L, value: string): value is CodeOf<L> {
  return (CODE_LISTS[list] as readonly string[]).includes(value);
}

/** The i18next key (namespace `record`) for a code's label, e.g. `code.serviceType.audiology`. */
export function codeLabelKey<L extends CodeListName>(list: L, code: CodeOf<L>): string {
  if (!isCode(list, code)) throw new DomainBugError('codeLabelKey', `${String(code)} is not in list ${list}`);
  return `code.${list}.${code}`;
}
