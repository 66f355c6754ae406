// Use cases for "About me": the child's own details and their passport (one per child).
import {
  asciiDigits, formatNhsNumber, isCode, isoDateTimeFromMs, validateDateOfBirth, validateGestationWeeks, validateNhsNumber, validateText,
  type ChildId, type CommunicationMethod, type HomeLanguage, type ImportantPerson, type LocalText,
  type PassportEntry, type Relationship,
} from '../domain/index';
import { recordStore, type StoredChild } from './record-store';
import { languageOf, writerLanguage, type WriterLanguage } from './written-in';
import { entryBase } from './entry-base';
import { deviceToday } from './clock';

/** A form's result: on failure, `field` names the input the message belongs to. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; error: string; field?: string };

const fieldFail = (error: string, field?: string): { ok: false; error: string; field?: string } =>
  field ? { ok: false, error, field } : { ok: false, error };

export type { WriterLanguage } from './written-in';

/**
 * Free text with its language. Unchanged text keeps the language it was written in (unless the
 * writer now picks one); new or edited text takes the language of its script or the writer's
 * choice. Empty text is no text.
 */
export function toLocalText(text: string, writer: WriterLanguage, previous?: LocalText): LocalText | undefined {
  if (text.trim() === '') return undefined;
  if (typeof writer !== 'string') return { text, lang: writer.chosen };
  if (previous && previous.text === text) return previous;
  return { text, lang: languageOf(text, writer) };
}

/** Checks a free-text field and turns it into LocalText; the failure names the field. */
export function checkText(
  field: string, text: string, writerLang: WriterLanguage, previous?: LocalText, options: { required?: boolean; maxLength?: number } = {},
): FormResult<LocalText | undefined> {
  const checked = validateText(text, options);
  if (!checked.ok) return fieldFail(checked.error, field);
  return { ok: true, value: toLocalText(text, writerLang, previous) };
}

// ---- The child's own details ----

export interface ChildDetailsInput {
  name: string;
  preferredName: string;
  dob: string;
  /** Completed weeks at birth as typed; empty means not known. */
  gestationWeeks: string;
}

/** The child's record with the details applied, or the first field that is wrong. Nothing is saved. */
export function checkChildDetails(childId: ChildId, input: ChildDetailsInput, now = Date.now()): FormResult<StoredChild> {
  const child = recordStore.child(childId);
  if (!child) return fieldFail('not-found');
  const name = validateText(input.name.trim(), { required: true, maxLength: 200 });
  if (!name.ok) return fieldFail(name.error, 'name');
  const preferred = validateText(input.preferredName.trim(), { maxLength: 200 });
  if (!preferred.ok) return fieldFail(preferred.error, 'preferredName');
  const dob = validateDateOfBirth(input.dob, deviceToday(now));
  if (!dob.ok) return fieldFail(dob.error, 'dob');
  let gestationWeeks: number | undefined;
  const weeksText = toAsciiDigits(input.gestationWeeks.trim());
  if (weeksText !== '') {
    const weeks = validateGestationWeeks(/^\d{1,3}$/.test(weeksText) ? Number(weeksText) : Number.NaN);
    if (!weeks.ok) return fieldFail(weeks.error, 'gestationWeeks');
    gestationWeeks = weeks.value;
  }
  const { preferredName: _p, gestationWeeks: _g, ...rest } = child;
  return {
    ok: true,
    value: {
      ...rest,
      name: name.value,
      dob: dob.value,
      updatedAt: isoDateTimeFromMs(now),
      ...(preferred.value ? { preferredName: preferred.value } : {}),
      ...(gestationWeeks !== undefined ? { gestationWeeks } : {}),
    },
  };
}

export async function saveChildDetails(childId: ChildId, input: ChildDetailsInput, now = Date.now()): Promise<FormResult<StoredChild>> {
  const checked = checkChildDetails(childId, input, now);
  if (!checked.ok) return checked;
  const saved = await recordStore.saveChild(checked.value);
  return saved.ok ? saved : fieldFail(saved.error);
}

/** Digits typed on an Arabic or Urdu keyboard (٠١٢ / ۰۱۲) read as 0-9. */
export function toAsciiDigits(s: string): string {
  return asciiDigits(s);
}

// ---- The passport ----

export function passportOf(childId: ChildId): PassportEntry | undefined {
  return recordStore.entries('passport', childId).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
}

export interface PersonInput {
  name: string;
  relationship: Relationship;
  note: string;
}

export interface PassportInput {
  nhsNumber: string;
  homeLanguages: HomeLanguage[];
  /** Languages not in the list, as typed: separated by commas. */
  otherLanguages: string;
  communication: CommunicationMethod[];
  communicationNote: string;
  whatHelps: string;
  likes: string;
  dislikes: string;
  mustKnow: string;
  importantPeople: PersonInput[];
  sensitive: boolean;
  /** The language the parent says the free text is in; empty: found from each text's own script. */
  writtenIn: string;
}

const TEXT_FIELDS = ['communicationNote', 'whatHelps', 'likes', 'dislikes', 'mustKnow'] as const;

/** Splits "Sylheti, Pahari، Twi" on Latin and Arabic commas. */
export function splitLanguages(s: string): string[] {
  return s.split(/[,،;]/).map((x) => x.trim()).filter(Boolean);
}

/** The passport entry the form describes, or the first field that is wrong. Nothing is saved. */
export function checkPassport(childId: ChildId, input: PassportInput, appLang: string, now = Date.now()): FormResult<PassportEntry> {
  const writerLang = writerLanguage(input.writtenIn, appLang);
  if (!recordStore.child(childId)) return fieldFail('not-found');
  const before = passportOf(childId);
  let nhsNumber: string | undefined;
  if (input.nhsNumber.trim() !== '') {
    const nhs = validateNhsNumber(toAsciiDigits(input.nhsNumber));
    if (!nhs.ok) return fieldFail(nhs.error, 'nhsNumber');
    nhsNumber = nhs.value;
  }
  const others = validateText(input.otherLanguages, { maxLength: 500 });
  if (!others.ok) return fieldFail(others.error, 'otherLanguages');
  const texts: Partial<Record<(typeof TEXT_FIELDS)[number], LocalText>> = {};
  for (const field of TEXT_FIELDS) {
    const checked = checkText(field, input[field], writerLang, before?.[field]);
    if (!checked.ok) return checked;
    if (checked.value) texts[field] = checked.value;
  }
  const people: ImportantPerson[] = [];
  for (const [i, p] of input.importantPeople.entries()) {
    const name = validateText(p.name.trim(), { required: true, maxLength: 200 });
    if (!name.ok) return fieldFail(name.error, `person-${i}-name`);
    if (!isCode('relationship', p.relationship)) return fieldFail('required', `person-${i}-relationship`);
    const note = checkText(`person-${i}-note`, p.note, writerLang, before?.importantPeople[i]?.note, { maxLength: 2000 });
    if (!note.ok) return note;
    people.push({ name: name.value, relationship: p.relationship, ...(note.value ? { note: note.value } : {}) });
  }
  const otherLanguages = splitLanguages(others.value);
  const entry: PassportEntry = {
    ...entryBase('passport', childId, before, now),
    homeLanguages: input.homeLanguages.filter((c) => isCode('homeLanguage', c)),
    communication: input.communication.filter((c) => isCode('communicationMethod', c)),
    importantPeople: people,
    ...(nhsNumber ? { nhsNumber } : {}),
    ...(otherLanguages.length ? { otherLanguages } : {}),
    ...texts,
    ...(input.sensitive ? { sensitive: true } : {}),
  };
  return { ok: true, value: entry };
}

export async function savePassport(
  childId: ChildId, input: PassportInput, writerLang: string, now = Date.now(),
): Promise<FormResult<PassportEntry>> {
  const checked = checkPassport(childId, input, writerLang, now);
  if (!checked.ok) return checked;
  const saved = await recordStore.save(checked.value, now);
  return saved.ok ? saved : fieldFail(saved.error);
}

/** Everything the "About me" form shows: the child's details and the passport, saved with one Save. */
export interface AboutMeInput {
  details: ChildDetailsInput;
  passport: PassportInput;
}

/**
 * Checks both parts before writing either, so a wrong field anywhere saves nothing. If the
 * passport cannot be written after the details were, the details are put back as they were.
 */
export async function saveAboutMe(childId: ChildId, input: AboutMeInput, writerLang: string, now = Date.now()): Promise<FormResult<PassportEntry>> {
  const before = recordStore.child(childId);
  const child = checkChildDetails(childId, input.details, now);
  if (!child.ok) return child;
  const passport = checkPassport(childId, input.passport, writerLang, now);
  if (!passport.ok) return passport;
  const savedChild = await recordStore.saveChild(child.value);
  if (!savedChild.ok) return fieldFail(savedChild.error);
  const saved = await recordStore.save(passport.value, now);
  if (saved.ok) return saved;
  if (before) await recordStore.saveChild(before);
  return fieldFail(saved.error);
}

/** The form's starting values: from the saved passport, or empty. */
export function passportInputOf(p: PassportEntry | undefined): PassportInput {
  return {
    nhsNumber: p?.nhsNumber ? formatNhsNumber(p.nhsNumber) : '',
    homeLanguages: [...(p?.homeLanguages ?? [])],
    otherLanguages: (p?.otherLanguages ?? []).join(', '),
    communication: [...(p?.communication ?? [])],
    communicationNote: p?.communicationNote?.text ?? '',
    whatHelps: p?.whatHelps?.text ?? '',
    likes: p?.likes?.text ?? '',
    dislikes: p?.dislikes?.text ?? '',
    mustKnow: p?.mustKnow?.text ?? '',
    importantPeople: (p?.importantPeople ?? []).map((x) => ({ name: x.name, relationship: x.relationship, note: x.note?.text ?? '' })),
    sensitive: p?.sensitive ?? false,
    writtenIn: '',
  };
}

export { MAX_TEXT_LENGTH, COMMUNICATION_METHODS, HOME_LANGUAGES, RELATIONSHIPS, codeLabelKey, formatNhsNumber, ageBetween, weeksEarly } from '../domain/index';
export type { CommunicationMethod, HomeLanguage, LocalText, PassportEntry, Relationship } from '../domain/index';
export type { StoredChild } from './record-store';
