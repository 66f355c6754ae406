// Private notes: the parent's own words. They live in the `private` section, which no share
// can carry (the domain refuses it by type and at runtime; notes.test.ts checks it from here).
import {
  compareIso, validateEntryDate, validateText,
  type ChildId, type EntryId, type PrivateNoteEntry, textLanguage,
} from '../domain/index';
import { recordStore } from './record-store';
import { entryBase } from './entry-base';
import { deleteEntryOfKind, restoreEntry } from './entries';
import type { AppResult } from './result';
import type { FormResult } from './support';
import { deviceToday } from './clock';

export interface NoteForm {
  date: string;
  text: string;
  lang: string;
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
  // Keep the language the note was first written in unless the text itself changed.
  const lang = before && before.text.text === text.value ? before.text.lang : textLanguage(text.value, form.lang);
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
