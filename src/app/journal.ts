// The development journal: observations per area, with photos, marks and links to milestones.
// Edits keep the entry's id and creation time; deletes can be undone for a short while.
import {
  DEVELOPMENT_AREAS, milestoneByCode, OBSERVATION_MARKS, validateEntryDate, validateText,
  type BlobId, type ChildId, type DevelopmentArea, type EntryId, type MilestoneCode,
  type ObservationEntry, type ObservationMark,
} from '../domain/index';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { languageOf, writerLanguage } from './written-in';
import { releaseBlobs } from './orphan-blobs';
import { deletePhotos } from './photos';
import { recordStore } from './record-store';
import { entryBase } from './entry-base';
import { deleteEntryOfKind, restoreEntry } from './entries';
import { deviceToday } from './clock';
import type { AppResult } from './result';

export type { ObservationEntry, ObservationMark, DevelopmentArea, BlobId, EntryId } from '../domain/index';
export { DEVELOPMENT_AREAS, OBSERVATION_MARKS } from '../domain/index';

/** A few photos keep an entry quick to open on a cheap phone. */
export const MAX_PHOTOS_PER_OBSERVATION = 6;

/** What the form holds; also what a draft keeps. */
export interface ObservationForm {
  area: DevelopmentArea;
  text: string;
  lang: string;
  date: string;
  mark: ObservationMark;
  sensitive: boolean;
  photos: BlobId[];
  milestoneCodes: string[];
  /** "Language of what you wrote": empty (or absent, in drafts from before it) is found from the writing. */
  writtenIn?: string;
}

export function emptyObservationForm(area: DevelopmentArea, lang: string, now = new Date()): ObservationForm {
  return { area, text: '', lang, date: deviceToday(now), mark: 'none', sensitive: false, photos: [], milestoneCodes: [], writtenIn: '' };
}

/** Saves a new observation, or replaces the one with `editingId`. The form is unchanged on failure. */
export async function saveObservation(
  childId: ChildId, form: ObservationForm, editingId?: EntryId, now = new Date(),
): Promise<AppResult<ObservationEntry>> {
  const child = recordStore.child(childId);
  if (!child) return { ok: false, error: 'not-found' };
  const text = validateText(form.text, { required: true });
  if (!text.ok) return text;
  const date = validateEntryDate(form.date, { today: deviceToday(now), dob: child.dob });
  if (!date.ok) return date;
  if (!DEVELOPMENT_AREAS.includes(form.area) || !OBSERVATION_MARKS.includes(form.mark)) return { ok: false, error: 'required' };
  const codes: MilestoneCode[] = [];
  for (const code of new Set(form.milestoneCodes)) {
    const item = milestoneByCode(code);
    if (!item) return { ok: false, error: 'unknown-milestone' };
    codes.push(item.code);
  }
  if (form.photos.length > MAX_PHOTOS_PER_OBSERVATION) return { ok: false, error: 'too-many-photos' };

  const before = editingId ? recordStore.entry<ObservationEntry>(editingId) : undefined;
  if (editingId && (!before || before.kind !== 'observation')) return { ok: false, error: 'not-found' };
  const entry: ObservationEntry = {
    ...entryBase('observation', childId, before, now.getTime()),
    area: form.area,
    date: date.value,
    text: { text: text.value, lang: languageOf(text.value, writerLanguage(form.writtenIn, form.lang)) },
    photos: [...form.photos],
    mark: form.mark,
    milestoneCodes: codes,
    ...(form.sensitive ? { sensitive: true } : {}),
  };
  const saved = await recordStore.save(entry, now.getTime());
  if (!saved.ok) return saved;
  // Photos taken off during the edit are no longer referenced by anything.
  if (before) await deletePhotos(before.photos.filter((p) => !entry.photos.includes(p)));
  return saved;
}

/** The form for editing an existing entry. */
export function formFromObservation(entry: ObservationEntry): ObservationForm {
  return {
    area: entry.area, text: entry.text.text, lang: entry.text.lang, date: entry.date, mark: entry.mark,
    sensitive: entry.sensitive === true, photos: [...entry.photos], milestoneCodes: [...entry.milestoneCodes], writtenIn: '',
  };
}

/** Observations newest first: one child's, or (no child) the whole family's; `area` narrows to one area. */
export function listJournal(childId?: ChildId, area?: DevelopmentArea): ObservationEntry[] {
  return recordStore
    .entries('observation', childId)
    .filter((e) => area === undefined || e.area === area)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Deletes the entry but keeps its photos until the undo time has passed (see forgetDeleted). */
export function deleteObservation(id: EntryId): Promise<AppResult<ObservationEntry>> {
  return deleteEntryOfKind('observation', id);
}

export function undoDelete(entry: ObservationEntry): Promise<AppResult<ObservationEntry>> {
  return restoreEntry(entry);
}

/** After the undo time: the deleted entry's photos go too. */
export async function forgetDeleted(entry: ObservationEntry): Promise<void> {
  releaseBlobs(entry.photos);
  if (recordStore.entry(entry.id)) return; // it was restored
  await deletePhotos(entry.photos);
}

// ---- Drafts: the form as the parent types, encrypted in the vault. One per child, so the
// journal can reopen exactly what was being written (a new entry or an edit) after a restart.

export interface JournalDraft {
  form: ObservationForm;
  /** Set when the draft is an edit of this entry. */
  editingId?: EntryId;
}

export const draftName = (childId: ChildId) => `journal-${childId}`;

export async function saveJournalDraft(childId: ChildId, form: ObservationForm, editingId?: EntryId): Promise<AppResult<void>> {
  return saveDraft(draftName(childId), { ...form, ...(editingId ? { editingId } : {}) });
}

/** The draft as it was left, or undefined; anything malformed, or an edit of a deleted entry, counts as none. */
export async function loadJournalDraft(childId: ChildId): Promise<JournalDraft | undefined> {
  const v = await loadDraft(draftName(childId));
  if (!v) return undefined;
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const strings = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  const area = DEVELOPMENT_AREAS.find((a) => a === v.area);
  const mark = OBSERVATION_MARKS.find((m) => m === v.mark) ?? 'none';
  const [text, date, lang, editing] = [str(v.text), str(v.date), str(v.lang), str(v.editingId)];
  if (!area || text === undefined || date === undefined || lang === undefined) return undefined;
  const form: ObservationForm = {
    area, text, lang, date, mark, sensitive: v.sensitive === true, photos: strings(v.photos) as BlobId[], milestoneCodes: strings(v.milestoneCodes),
    writtenIn: str(v.writtenIn) ?? '',
  };
  if (editing === undefined) return { form };
  const entry = recordStore.entry(editing);
  return entry?.kind === 'observation' && entry.childId === childId ? { form, editingId: entry.id } : undefined;
}

/** Forgets the draft; on discard, photos added in the draft but not kept by an entry are deleted. */
export async function clearJournalDraft(childId: ChildId, editingId?: EntryId, discardedPhotos: readonly BlobId[] = []): Promise<void> {
  await clearDraft(draftName(childId));
  const kept = new Set(editingId ? recordStore.entry<ObservationEntry>(editingId)?.photos ?? [] : []);
  await deletePhotos(discardedPhotos.filter((p) => !kept.has(p)));
}

/** Observations that a milestone step may link to: same child and area, newest first. */
export function observationsForLinking(childId: ChildId, area: DevelopmentArea, limit = 20): ObservationEntry[] {
  return listJournal(childId, area).slice(0, limit);
}
