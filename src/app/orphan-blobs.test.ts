import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlobId, ChildId } from '../domain/index';
import { unlockWithPassphrase, type UnlockedVault, type VaultDb } from '../vault/index';
import { expectOk, makeTestVault, TEST_PASSPHRASE, TEST_UNLOCK } from '../vault/test-support';
import { deleteObservation, emptyObservationForm, forgetDeleted, saveJournalDraft, saveObservation, undoDelete } from './journal';
import { documentMetaId, namedBlobIds, sweepOrphanBlobs } from './orphan-blobs';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';
import { attachDocument, deleteService, emptyServiceForm, forgetDocuments, restoreService, saveService } from './support';

const NOW = new Date(2025, 5, 15, 10, 0);
let db: VaultDb;
let childId: ChildId;

/** Locks whatever is open and unlocks the same database again, as the parent would. */
async function relock(): Promise<UnlockedVault> {
  session.lock('user');
  const vault = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
  session.setVault(vault);
  expectOk(await recordStore.load(0));
  return vault;
}

const blobIds = async () => expectOk(await session.vault!.listBlobIds()).sort();
const photo = async (id: string) => expectOk(await session.vault!.putBlob(id, new Uint8Array([1, 2, 3])));
const observe = (photos: string[]) =>
  saveObservation(childId, { ...emptyObservationForm('physical', 'en', NOW), text: 'Climbed the steps', photos: photos as BlobId[] }, undefined, NOW);

/** One sweep pass on the open vault, as load starts it, with no grace time. */
async function sweepNow(): Promise<string[]> {
  const vault = session.vault!;
  const listed = expectOk(await vault.listBlobIds());
  const read = expectOk(await vault.allWithDamage());
  return expectOk(await sweepOrphanBlobs(vault, listed, read, { graceMs: 0 })).sort();
}

beforeEach(async () => {
  const made = await makeTestVault();
  db = made.db;
  session.setVault(made.vault);
  expectOk(await recordStore.load(0));
  childId = expectOk(await addChild({ name: 'Hana', dob: '2024-01-10' }, NOW.getTime())).id;
});
afterEach(() => session.lock('user'));

describe('orphan blob sweep', () => {
  it('after unlock, deletes blobs nothing names (with document metadata) and keeps every named one', async () => {
    await photo('childpic');
    expectOk(await recordStore.saveChild({ ...recordStore.child(childId)!, photo: 'childpic' as BlobId }));
    await photo('obspic');
    expectOk(await observe(['obspic']));
    await photo('draftpic');
    expectOk(await saveJournalDraft(childId, { ...emptyObservationForm('communication', 'en', NOW), photos: ['draftpic' as BlobId] }));
    const kept = expectOk(await attachDocument({ name: 'plan.pdf', type: 'application/pdf', size: 3, read: async () => new Uint8Array([4, 5, 6]) }));
    expectOk(await saveService(childId, { ...emptyServiceForm('en'), serviceType: 'audiology', documents: [kept.blobId] }, undefined, NOW.getTime()));
    const lost = expectOk(await attachDocument({ name: 'lost.txt', type: 'text/plain', size: 1, read: async () => new Uint8Array([7]) }));
    await photo('lostpic');

    await relock();
    expect(expectOk(await recordStore.orphanSweep).sort()).toEqual(['lostpic', lost.blobId].sort());
    expect(await blobIds()).toEqual(['childpic', 'draftpic', kept.blobId, 'obspic'].sort());
    expect(await session.vault!.get(documentMetaId(lost.blobId))).toEqual({ ok: false, error: 'not-found' });
    expectOk(await session.vault!.get(documentMetaId(kept.blobId)));
  });

  it('spares blobs this unlock wrote, though nothing names them yet', async () => {
    await relock();
    await photo('justtaken'); // the entry naming it is saved a moment later
    expect(await sweepNow()).toEqual([]);
    expect(await blobIds()).toEqual(['justtaken']);
    await relock();
    expect(expectOk(await recordStore.orphanSweep)).toEqual(['justtaken']);
  });

  it('spares a blob another tab names during the grace time', async () => {
    const here = await relock();
    const otherTab = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
    expectOk(await otherTab.putBlob('othertab', new Uint8Array([9])));
    const listed = expectOk(await here.listBlobIds());
    const read = expectOk(await here.allWithDamage());
    const draft = { id: 'draft-journal-x', kind: 'draft', form: 'journal-x', values: { photos: ['othertab'] }, savedAt: 0 };
    const swept = await sweepOrphanBlobs(here, listed, read, { pause: async () => expectOk(await otherTab.put(draft)) });
    expect(swept).toEqual({ ok: true, value: [] });
    expect(await blobIds()).toEqual(['othertab']);
  });

  it('keeps a deleted entry\'s photo while Undo is offered, deletes it when the undo time ends', async () => {
    await photo('undopic');
    const entry = expectOk(await observe(['undopic']));
    await relock(); // the photo is from an earlier unlock: only the hold protects it
    expectOk(await deleteObservation(entry.id));
    expect(await sweepNow()).toEqual([]);
    expect(await blobIds()).toEqual(['undopic']);
    expectOk(await undoDelete(entry));
    expect(await sweepNow()).toEqual([]); // named again
    expectOk(await deleteObservation(entry.id));
    await forgetDeleted(entry);
    expect(await blobIds()).toEqual([]);
  });

  it('a lock inside the undo time leaves the photo to the next unlock\'s sweep', async () => {
    await photo('lockedpic');
    const entry = expectOk(await observe(['lockedpic']));
    expectOk(await deleteObservation(entry.id));
    await relock();
    expect(expectOk(await recordStore.orphanSweep)).toEqual(['lockedpic']);
    expect(await blobIds()).toEqual([]);
  });

  it('holds a deleted service\'s documents the same way', async () => {
    const doc = expectOk(await attachDocument({ name: 'letter.txt', type: 'text/plain', size: 1, read: async () => new Uint8Array([1]) }));
    const service = expectOk(await saveService(childId, { ...emptyServiceForm('en'), serviceType: 'audiology', documents: [doc.blobId] }, undefined, NOW.getTime()));
    await relock();
    expectOk(await deleteService(service.id));
    expect(await sweepNow()).toEqual([]);
    expectOk(await restoreService(service));
    expectOk(await deleteService(service.id));
    await forgetDocuments(service.documents);
    expect(await blobIds()).toEqual([]);
  });

  it('sweeps nothing while any record is damaged: what it names is unknown', async () => {
    await photo('maybepic');
    const entry = expectOk(await observe(['maybepic']));
    await photo('lostpic');
    const row = (await db.records.get(session.vault!.storedId(entry.id)!))!;
    const broken = new Uint8Array(row.ciphertext);
    broken[40] = broken[40]! ^ 0x40;
    await db.records.put({ ...row, ciphertext: broken });
    await relock();
    expect(recordStore.damagedCount).toBe(1);
    expect(expectOk(await recordStore.orphanSweep)).toEqual([]);
    expect(await blobIds()).toEqual(['lostpic', 'maybepic']);
  });

  it('finds blob ids at any depth of any record, but not in document metadata', () => {
    const wanted = new Set(['a', 'b', 'c', 'd']);
    const records = [
      { id: 'x', kind: 'future-kind', deep: { list: [{ ref: 'a' }], other: 'not-a-blob' } },
      { id: 'y', kind: 'draft', values: { documents: ['b'] } },
      { id: documentMetaId('c'), kind: 'document', blobId: 'c' },
    ];
    expect([...namedBlobIds(wanted, records)].sort()).toEqual(['a', 'b']);
  });
});
