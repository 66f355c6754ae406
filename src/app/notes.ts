// Private notes: the parent's own words. They live in the `private` section, which no share
// can carry (the domain refuses it by type and at runtime; notes.test.ts checks it from here).
import {
  compareIso, validateEntryDate, validateText,
  type ChildId, type EntryId, type PrivateNoteEntry,
} from '../domain/index';
import { recordStore } from './record-store';
import { entryBase } from './entry-base';
import { deleteEntryOfKind, restoreEntry } from './entries';
import type { AppResult } from './result';
import type { FormResult } from './support';
import { deviceToday } from './clock';
import { languageOf, writerLanguage } from './written-in';

export interface NoteForm {
  date: string;
  text: string;
  lang: string;
  /** "Language of what you wrote": empty (or absent) is found from the writing. */
  writtenIn?: string;
}

export async function saveNote(childId: ChildId, form: NoteForm, id?: EntryId, now = Date.now()): Promise<FormResult<PrivateNoteEntry>> {
  const child = recordStore.child(childId);
  if (!child) return { ok: false, error: 'not-found' };
  const text = validateText(form.text, { required: true });
  if (!text.ok) return { ok: false, error: text.error, field: 'text' };
  const date = validateEntryDate(form.date.trim(), { today: deviceToday(now), dob: child.dob });
  if (!date.ok) return { ok: false, error: date.error, field: 'date' };
  const before = id ? recordStore.entry<PrivateNoteEntry>(id) : undefined;
  if (id && before?.kind !== 'private-note') return { ok: false, error: 'not-found' };
  // Keep the language the note was first written in unless the text changed or the parent picks one.
  const writer = writerLanguage(form.writtenIn, form.lang);
  const lang = before && before.text.text === text.value && typeof writer === 'string' ? before.text.lang : languageOf(text.value, writer);
  return recordStore.save<PrivateNoteEntry>({
    ...entryBase('private-note', childId, before, now),
    date: date.value,
    text: { text: text.value, lang },
  }, now);
}

/** Newest first. */
export function listNotes(childId: ChildId): PrivateNoteEntry[] {
  return recordStore.entries('private-note', childId)
    .sort((a, b) => compareIso(b.date, a.date) || compareIso(b.createdAt, a.createdAt));
}

export function deleteNote(id: EntryId): Promise<AppResult<PrivateNoteEntry>> {
  return deleteEntryOfKind('private-note', id);
}

export function restoreNote(entry: PrivateNoteEntry): Promise<AppResult<PrivateNoteEntry>> {
  return restoreEntry(entry);
}
