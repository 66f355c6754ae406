import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSharePayload, SHAREABLE_SECTIONS, type ChildId, type ShareableSection } from '../domain/index';
import { makeTestVault } from '../vault/test-support';
import { saveAppointment, emptyAppointmentForm } from './appointments';
import { deleteNote, listNotes, restoreNote, saveNote } from './notes';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';
import { emptyServiceForm, saveService } from './support';

const NOW = Date.parse('2025-06-10T12:00:00Z');
let childId: ChildId;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  const child = await addChild({ name: 'Zofia', dob: '2023-04-02' }, NOW);
  if (!child.ok) throw new Error(child.error);
  childId = child.value.id;
});
afterEach(() => session.lock('user'));

describe('private notes', () => {
  it('refuses empty, huge, future and before-birth notes with a field', async () => {
    expect(await saveNote(childId, { date: '2025-06-01', text: '   ', lang: 'en' }, undefined, NOW)).toEqual({ ok: false, error: 'required', field: 'text' });
    expect(await saveNote(childId, { date: '2025-06-01', text: 'x'.repeat(1_000_000), lang: 'en' }, undefined, NOW)).toEqual({ ok: false, error: 'text-too-long', field: 'text' });
    expect(await saveNote(childId, { date: '2025-06-11', text: 'later', lang: 'en' }, undefined, NOW)).toEqual({ ok: false, error: 'date-in-future', field: 'date' });
    expect(await saveNote(childId, { date: '2023-04-01', text: 'before', lang: 'en' }, undefined, NOW)).toEqual({ ok: false, error: 'date-before-birth', field: 'date' });
  });

  it('adds, lists newest first, edits, deletes and restores; RTL and emoji round-trip', async () => {
    const a = await saveNote(childId, { date: '2025-05-01', text: 'Tired after nursery', lang: 'en' }, undefined, NOW);
    const b = await saveNote(childId, { date: '2025-06-01', text: 'بدأت تقول "ماما" 🎉', lang: 'ar' }, undefined, NOW);
    if (!a.ok || !b.ok) throw new Error('save failed');
    expect(listNotes(childId).map((n) => n.text.text)).toEqual(['بدأت تقول "ماما" 🎉', 'Tired after nursery']);
    const edited = await saveNote(childId, { date: '2025-05-02', text: 'Tired after nursery', lang: 'pl' }, a.value.id, NOW + 1);
    if (!edited.ok) throw new Error(edited.error);
    expect(edited.value).toMatchObject({ id: a.value.id, date: '2025-05-02', text: { text: 'Tired after nursery', lang: 'en' } });
    const removed = await deleteNote(b.value.id);
    if (!removed.ok) throw new Error(removed.error);
    expect(listNotes(childId)).toHaveLength(1);
    await restoreNote(removed.value);
    expect(listNotes(childId)[0]).toEqual(b.value);
  });

  it('never reaches a share built from the store, even with every section and every entry ticked', async () => {
    await saveNote(childId, { date: '2025-06-01', text: 'Only mine', lang: 'en' }, undefined, NOW);
    const sensitiveNote = await saveNote(childId, { date: '2025-06-02', text: 'Also mine', lang: 'en' }, undefined, NOW);
    if (!sensitiveNote.ok) throw new Error(sensitiveNote.error);
    await recordStore.save({ ...sensitiveNote.value, sensitive: true }, NOW);
    await saveService(childId, { ...emptyServiceForm('en'), serviceType: 'nursery' }, undefined, NOW);
    await saveAppointment(childId, { ...emptyAppointmentForm('en'), date: '2025-07-01', startTime: '09:00', endTime: '09:30', reason: 'review' }, undefined, NOW);

    const entries = recordStore.allEntries();
    expect(entries.filter((e) => e.kind === 'private-note')).toHaveLength(2);
    const payload = buildSharePayload(
      { child: recordStore.child(childId)!, entries },
      { sections: SHAREABLE_SECTIONS, includeSensitiveIds: entries.map((e) => e.id) },
    );
    expect(payload.entries.map((e) => e.kind).sort()).toEqual(['appointment', 'service']);
    expect(JSON.stringify(payload)).not.toMatch(/Only mine|Also mine|private/);
    expect(() => buildSharePayload({ child: recordStore.child(childId)!, entries },
      { sections: ['private' as ShareableSection] })).toThrow(/^buildSharePayload:/);
  });
});
