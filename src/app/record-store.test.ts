import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asEntryId, type ChildId, type PrivateNoteEntry } from '../domain/index';
import { expectOk, makeTestVault } from '../vault/test-support';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';
import { codedLabelKeys, timelineEntries, type SearchLabels } from './timeline';

const NOW = Date.parse('2025-06-15T10:00:00Z');
let childId: ChildId;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  expectOk(await recordStore.load(0));
  childId = expectOk(await addChild({ name: 'Hana', dob: '2024-01-10' }, NOW)).id;
});
afterEach(() => session.lock('user'));

const note = (text: string): PrivateNoteEntry => ({
  id: asEntryId('note-1'), kind: 'private-note', childId, createdAt: '2025-06-15T10:00:00Z', updatedAt: '2025-06-15T10:00:00Z',
  date: '2025-06-15', text: { text, lang: 'en' },
} as PrivateNoteEntry);

describe('recordStore', () => {
  it('has no search of its own: its index kept the labels of the language it was built in', async () => {
    // Searching the record goes through timelineEntries, whose index follows the language.
    expect('search' in recordStore).toBe(false);
    expectOk(await recordStore.save(note('Quiet morning')));
    const labels = (language: string, word: string): SearchLabels => ({ language, labelsOf: (e) => codedLabelKeys(e).map(() => word) });
    expect(timelineEntries({ text: 'notatki' }, labels('en', 'notes'))).toEqual([]);
    expect(timelineEntries({ text: 'notatki' }, labels('pl', 'notatki')).map((e) => e.id)).toEqual(['note-1']);
  });

  it('changes nothing in memory when a write fails, and keeps it when it succeeds', async () => {
    const version = recordStore.version;
    session.lock('user');
    expect(await recordStore.save(note('Never stored'))).toEqual({ ok: false, error: 'locked' });
    expect(recordStore.entry('note-1')).toBeUndefined();
    expect(recordStore.version).toBe(version + 1); // the lock itself emptied the store
    session.setVault((await makeTestVault()).vault);
    expectOk(await recordStore.load(0));
    const saved = expectOk(await recordStore.save(note('Stored'), NOW + 1000));
    expect(saved.updatedAt).toBe('2025-06-15T10:00:01.000Z');
    expect(recordStore.entry('note-1')).toEqual(saved);
    expect(expectOk(await recordStore.remove('note-1'))).toEqual(saved);
    expect(recordStore.entry('note-1')).toBeUndefined();
    expectOk(await recordStore.restore(saved));
    expect(recordStore.entry('note-1')).toEqual(saved);
  });
});
