import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, makeTestVault } from '../vault/test-support';
import type { BlobId, ChildId } from '../domain/index';
import {
  clearJournalDraft, deleteObservation, emptyObservationForm, forgetDeleted, formFromObservation, listJournal,
  loadJournalDraft, saveJournalDraft, saveObservation, undoDelete, type ObservationForm,
} from './journal';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';
import type { UnlockedVault } from '../vault/index';

const NOW = new Date(2025, 5, 15, 10, 0); // 15 June 2025, local time
let childId: ChildId;
let vault: UnlockedVault;

const form = (over: Partial<ObservationForm> = {}): ObservationForm => ({
  ...emptyObservationForm('communication', 'en', NOW), text: 'Said "ball" and pointed', ...over,
});

beforeEach(async () => {
  vault = (await makeTestVault()).vault;
  session.setVault(vault);
  expectOk(await recordStore.load());
  childId = expectOk(await addChild({ name: 'Hana', dob: '2024-01-10' }, NOW.getTime())).id;
});
afterEach(() => session.lock('user'));

describe('saving observations', () => {
  it('uses the local date for today', () => {
    expect(emptyObservationForm('pse', 'ur', new Date(2025, 0, 1, 0, 30)).date).toBe('2025-01-01');
    expect(emptyObservationForm('pse', 'ur', NOW)).toMatchObject({ date: '2025-06-15', mark: 'none', photos: [] });
  });

  it('saves text, date, mark, sensitivity, photos and milestone links', async () => {
    const saved = expectOk(await saveObservation(childId, form({
      mark: 'celebration', sensitive: true, photos: ['p1' as BlobId], milestoneCodes: ['cl-12-18-01', 'cl-12-18-01'], text: 'قال "كرة" 🎉', lang: 'ar',
    }), undefined, NOW));
    expect(saved).toMatchObject({ kind: 'observation', childId, date: '2025-06-15', mark: 'celebration', sensitive: true,
      photos: ['p1'], milestoneCodes: ['cl-12-18-01'], text: { text: 'قال "كرة" 🎉', lang: 'ar' } });
    expect(expectOk(await vault.get(saved.id))).toEqual(saved);
  });

  it('refuses future dates, dates before birth, empty text and unknown milestones, and saves nothing', async () => {
    expect(await saveObservation(childId, form({ date: '2025-06-16' }), undefined, NOW)).toEqual({ ok: false, error: 'date-in-future' });
    expect(await saveObservation(childId, form({ date: '2023-12-31' }), undefined, NOW)).toEqual({ ok: false, error: 'date-before-birth' });
    expect(await saveObservation(childId, form({ date: '2025-02-30' }), undefined, NOW)).toEqual({ ok: false, error: 'invalid-date' });
    expect(await saveObservation(childId, form({ text: '   ' }), undefined, NOW)).toEqual({ ok: false, error: 'required' });
    expect(await saveObservation(childId, form({ text: 'x'.repeat(1_000_000) }), undefined, NOW)).toEqual({ ok: false, error: 'text-too-long' });
    expect(await saveObservation(childId, form({ milestoneCodes: ['cl-99-99-01'] }), undefined, NOW)).toEqual({ ok: false, error: 'unknown-milestone' });
    expect(listJournal(childId)).toEqual([]);
  });

  it('edits in place: same id and creation time; photos taken off are deleted', async () => {
    expectOk(await vault.putBlob('keep', new Uint8Array([1])));
    expectOk(await vault.putBlob('drop', new Uint8Array([2])));
    const first = expectOk(await saveObservation(childId, form({ photos: ['keep', 'drop'] as BlobId[] }), undefined, NOW));
    const later = new Date(NOW.getTime() + 60_000);
    const edited = expectOk(await saveObservation(childId, { ...formFromObservation(first), text: 'Said "ball" twice', photos: ['keep' as BlobId] }, first.id, later));
    expect(edited).toMatchObject({ id: first.id, createdAt: first.createdAt, text: { text: 'Said "ball" twice' } });
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    expect(listJournal(childId)).toHaveLength(1);
    expect((await vault.getBlob('drop')).ok).toBe(false);
    expect((await vault.getBlob('keep')).ok).toBe(true);
  });

  it('lists newest first and filters by area', async () => {
    const a = expectOk(await saveObservation(childId, form({ date: '2025-03-01' }), undefined, NOW));
    const b = expectOk(await saveObservation(childId, form({ date: '2025-05-01', area: 'physical' }), undefined, NOW));
    const c = expectOk(await saveObservation(childId, form({ date: '2025-04-01' }), undefined, NOW));
    expect(listJournal(childId).map((e) => e.id)).toEqual([b.id, c.id, a.id]);
    expect(listJournal(childId, 'communication').map((e) => e.id)).toEqual([c.id, a.id]);
    expect(listJournal(childId, 'pse')).toEqual([]);
  });

  it('lists the whole family newest first when no child is named (the home\'s latest notes)', async () => {
    const sibling = expectOk(await addChild({ name: 'Adam', dob: '2022-05-01' }, NOW.getTime())).id;
    const a = expectOk(await saveObservation(childId, form({ date: '2025-03-01' }), undefined, NOW));
    const b = expectOk(await saveObservation(sibling, form({ date: '2025-05-01' }), undefined, NOW));
    expect(listJournal().map((e) => e.id)).toEqual([b.id, a.id]);
    expect(listJournal(sibling).map((e) => e.id)).toEqual([b.id]);
  });
});

describe('deleting with undo', () => {
  it('deletes, undoes exactly, and forgets photos only when the delete stands', async () => {
    expectOk(await vault.putBlob('ph', new Uint8Array([7])));
    const entry = expectOk(await saveObservation(childId, form({ photos: ['ph' as BlobId] }), undefined, NOW));
    const removed = expectOk(await deleteObservation(entry.id));
    expect(listJournal(childId)).toEqual([]);
    expect((await vault.get(entry.id)).ok).toBe(false);
    expectOk(await undoDelete(removed));
    expect(listJournal(childId)).toEqual([entry]);
    await forgetDeleted(removed); // restored: nothing happens
    expect((await vault.getBlob('ph')).ok).toBe(true);

    expectOk(await deleteObservation(entry.id));
    await forgetDeleted(removed);
    expect((await vault.getBlob('ph')).ok).toBe(false);
    expect(await deleteObservation(entry.id)).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('drafts', () => {
  it('keeps the form encrypted until saved or discarded', async () => {
    const draft = form({ text: 'Half-written note 🙂', mark: 'concern', photos: ['d1' as BlobId] });
    expectOk(await saveJournalDraft(childId, draft));
    expect(await loadJournalDraft(childId)).toEqual({ form: draft });
    expectOk(await vault.putBlob('d1', new Uint8Array([3])));
    await clearJournalDraft(childId, undefined, draft.photos);
    expect(await loadJournalDraft(childId)).toBeUndefined();
    expect((await vault.getBlob('d1')).ok).toBe(false);
  });

  it('an edit draft keeps photos the saved entry still uses', async () => {
    expectOk(await vault.putBlob('kept', new Uint8Array([1])));
    expectOk(await vault.putBlob('added', new Uint8Array([2])));
    const entry = expectOk(await saveObservation(childId, form({ photos: ['kept' as BlobId] }), undefined, NOW));
    const draft = { ...formFromObservation(entry), photos: ['kept', 'added'] as BlobId[] };
    expectOk(await saveJournalDraft(childId, draft, entry.id));
    expect(await loadJournalDraft(childId)).toEqual({ form: draft, editingId: entry.id });
    await clearJournalDraft(childId, entry.id, draft.photos);
    expect((await vault.getBlob('kept')).ok).toBe(true);
    expect((await vault.getBlob('added')).ok).toBe(false);
  });

  it('treats a malformed draft as none', async () => {
    const { saveDraft } = await import('./drafts');
    expectOk(await saveDraft(`journal-${childId}`, { area: 'cooking', text: 3 }));
    expect(await loadJournalDraft(childId)).toBeUndefined();
    // An edit draft of an entry deleted since is no draft either.
    expectOk(await saveJournalDraft(childId, form(), 'deleted-entry' as never));
    expect(await loadJournalDraft(childId)).toBeUndefined();
  });
});
