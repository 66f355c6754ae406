import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, makeTestVault } from '../vault/test-support';
import { deleteEntryOfKind, entryOfKind, restoreEntry } from './entries';
import { deleteEntry, saveCondition } from './health';
import { deleteNote, saveNote } from './notes';
import { addChild } from './record';
import { recordStore, type StoredChild } from './record-store';
import { session } from './session';

const NOW = Date.parse('2025-06-10T12:00:00Z');
let child: StoredChild;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  expectOk(await recordStore.load());
  child = expectOk(await addChild({ name: 'Maja', dob: '2024-02-01' }, NOW));
});
afterEach(() => session.lock('user'));

describe('entries of a kind', () => {
  it('finds an entry only under its own kind', async () => {
    const note = expectOk(await saveNote(child.id, { date: '2025-06-01', text: 'Quiet day', lang: 'en' }, undefined, NOW));
    expect(entryOfKind('private-note', note.id)).toEqual(note);
    expect(entryOfKind(['condition', 'private-note'], note.id)).toEqual(note);
    expect(entryOfKind('service', note.id)).toBeUndefined();
    expect(entryOfKind('private-note', undefined)).toBeUndefined();
    expect(entryOfKind('private-note', 'no-such-id')).toBeUndefined();
  });

  it('a screen cannot delete an entry of another kind; the entry stays', async () => {
    const note = expectOk(await saveNote(child.id, { date: '2025-06-01', text: 'Quiet day', lang: 'en' }, undefined, NOW));
    const condition = expectOk(await saveCondition(child, { name: 'Asthma', diagnosedOn: '', note: '', sensitive: false }, 'en', undefined, NOW));
    expect(await deleteEntryOfKind('service', note.id)).toEqual({ ok: false, error: 'not-found' });
    expect(await deleteEntry(note.id)).toEqual({ ok: false, error: 'not-found' }); // Health deletes health kinds only
    expect(await deleteNote(condition.id)).toEqual({ ok: false, error: 'not-found' });
    expect(recordStore.entry(note.id)).toEqual(note);
    expect(recordStore.entry(condition.id)).toEqual(condition);
  });

  it('deletes and restores exactly as it was', async () => {
    const note = expectOk(await saveNote(child.id, { date: '2025-06-01', text: 'Quiet day', lang: 'en' }, undefined, NOW));
    const removed = expectOk(await deleteEntryOfKind('private-note', note.id));
    expect(removed).toEqual(note);
    expect(recordStore.entry(note.id)).toBeUndefined();
    expect(expectOk(await restoreEntry(removed))).toEqual(note);
    expect(recordStore.entry(note.id)).toEqual(note);
  });
});
