import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asBlobId, asIsoDate, type ChildId, type EntryId } from '../domain/index';
import { makeTestVault } from '../vault/test-support';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';
import {
  attachDocument, cleanFileName, deleteService, documentInfo, emptyServiceForm, forgetDocuments, listServices,
  MAX_DOCUMENT_BYTES, openDocument, restoreService, safeDocumentType, saveService, serviceToForm, validateServiceForm,
  type ServiceForm,
} from './support';

const NOW = Date.parse('2025-06-10T12:00:00Z');
const DOB = asIsoDate('2023-02-01');
const TODAY = asIsoDate('2025-06-10');
let childId: ChildId;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  const child = await addChild({ name: 'Yusuf', dob: DOB }, NOW);
  if (!child.ok) throw new Error(child.error);
  childId = child.value.id;
});
afterEach(() => session.lock('user'));

const form = (over: Partial<ServiceForm> = {}): ServiceForm => ({ ...emptyServiceForm('en'), serviceType: 'audiology', ...over });
const file = (name: string, type: string, bytes: Uint8Array) => ({ name, type, size: bytes.length, read: async () => bytes });

describe('validateServiceForm', () => {
  it.each([
    [{ serviceType: '' }, 'required', 'serviceType'],
    [{ serviceType: 'not-a-service' }, 'required', 'serviceType'],
    [{ start: '2025-03-01', end: '2025-02-28' }, 'end-before-start', 'end'],
    [{ referralDate: '2025-07-01' }, 'date-in-future', 'referralDate'],
    [{ start: '2023-01-31' }, 'date-before-birth', 'start'],
    [{ end: '2025-02-30' }, 'invalid-date', 'end'],
    [{ professionalRole: 'audiologist' }, 'required', 'professionalName'],
    [{ professionalName: 'x'.repeat(201) }, 'text-too-long', 'professionalName'],
    [{ outcome: 'x'.repeat(1_000_000) }, 'text-too-long', 'outcome'],
  ] as const)('refuses %j with %s on %s', (over, error, field) => {
    expect(validateServiceForm(form(over), DOB, TODAY)).toEqual({ ok: false, error, field });
  });

  it('keeps what was typed, drops empty plans, and tags free text with its language', () => {
    const r = validateServiceForm(form({
      professionalName: ' Dr Farah Khan ', professionalRole: 'audiologist', contact: '0161 000 0000',
      start: '2025-01-10', end: '2025-01-10', outcome: 'سماعات 👂', plans: ['EHC plan', '  '], lang: 'ar',
    }), DOB, TODAY);
    expect(r).toEqual({ ok: true, value: {
      serviceType: 'audiology', professional: { name: 'Dr Farah Khan', role: 'audiologist', contact: '0161 000 0000' },
      start: '2025-01-10', end: '2025-01-10', outcome: { text: 'سماعات 👂', lang: 'ar' }, plans: [{ text: 'EHC plan', lang: 'en' }], documents: [], // English typed in the Arabic app is tagged English
    } });
  });
});

describe('services in the store', () => {
  it('adds, edits, splits current from ended, deletes and restores', async () => {
    const added = await saveService(childId, form({ start: '2025-01-10' }), undefined, NOW);
    if (!added.ok) throw new Error(added.error);
    const other = await saveService(childId, form({ serviceType: 'portage', start: '2024-05-01', end: '2025-05-01' }), undefined, NOW);
    expect(other.ok).toBe(true);
    expect(listServices(childId).current.map((s) => s.id)).toEqual([added.value.id]);
    expect(listServices(childId).ended.map((s) => s.serviceType)).toEqual(['portage']);

    const edited = await saveService(childId, { ...serviceToForm(added.value, 'en'), end: '2025-06-01' }, added.value.id, NOW + 1000);
    if (!edited.ok) throw new Error(edited.error);
    expect(edited.value.createdAt).toBe(added.value.createdAt);
    expect(listServices(childId).current).toEqual([]);

    const removed = await deleteService(added.value.id);
    if (!removed.ok) throw new Error(removed.error);
    expect(recordStore.entry(added.value.id)).toBeUndefined();
    expect((await restoreService(removed.value)).ok).toBe(true);
    expect(recordStore.entry(added.value.id)).toEqual(edited.value);
  });

  it('will not delete an entry of another kind, or save for an unknown child', async () => {
    const note = await recordStore.save({ id: 'n1' as EntryId, kind: 'private-note', childId, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', date: TODAY, text: { text: 'x', lang: 'en' } } as never);
    expect(note.ok).toBe(true);
    expect(await deleteService('n1' as EntryId)).toEqual({ ok: false, error: 'not-found' });
    expect(recordStore.entry('n1')).toBeDefined();
    expect(await saveService('nobody' as ChildId, form(), undefined, NOW)).toEqual({ ok: false, error: 'not-found' });
  });
});

describe('documents', () => {
  it('refuses a file over the limit without reading it, and an empty one', async () => {
    const read = vi.fn(async () => new Uint8Array(1));
    expect(await attachDocument({ name: 'scan.pdf', type: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1, read })).toEqual({ ok: false, error: 'file-too-large' });
    expect(read).not.toHaveBeenCalled();
    expect(await attachDocument(file('empty.txt', 'text/plain', new Uint8Array(0)))).toEqual({ ok: false, error: 'file-empty' });
  });

  it('stores a document encrypted, reads it back by name, and revokes its URL on lock', async () => {
    const bytes = new TextEncoder().encode('EHC plan draft');
    const attached = await attachDocument(file('C:\\Users\\me\\ehc-plan.txt', 'text/plain', bytes), NOW);
    if (!attached.ok) throw new Error(attached.error);
    expect(attached.value).toMatchObject({ name: 'ehc-plan.txt', type: 'text/plain', size: bytes.length });
    expect(await documentInfo(attached.value.blobId)).toEqual({ ok: true, value: attached.value });
    const before = session.objectUrlCount();
    const url = await openDocument(attached.value);
    if (!url.ok) throw new Error(url.error);
    expect(url.value.startsWith('blob:')).toBe(true);
    expect(session.objectUrlCount()).toBe(before + 1);
    const text = await (await fetch(url.value)).text();
    expect(text).toBe('EHC plan draft');
  });

  it('deletes a document an edit dropped, but keeps one another service still uses', async () => {
    const a = await attachDocument(file('a.png', 'image/png', new Uint8Array([1, 2, 3])), NOW);
    const b = await attachDocument(file('b.png', 'image/png', new Uint8Array([4, 5, 6])), NOW);
    if (!a.ok || !b.ok) throw new Error('attach failed');
    const s = await saveService(childId, form({ documents: [a.value.blobId, b.value.blobId] }), undefined, NOW);
    if (!s.ok) throw new Error(s.error);
    await saveService(childId, form({ documents: [b.value.blobId] }), s.value.id, NOW);
    expect(await documentInfo(a.value.blobId)).toEqual({ ok: false, error: 'not-found' });
    expect(await session.vault!.getBlob(a.value.blobId)).toEqual({ ok: false, error: 'not-found' });
    await forgetDocuments([b.value.blobId]);
    expect((await documentInfo(b.value.blobId)).ok).toBe(true);
    await forgetDocuments([asBlobId('neverstored')]);
  });

  it('hands over anything that could run as a page as plain bytes, and cleans names', () => {
    expect(safeDocumentType('text/html')).toBe('application/octet-stream');
    expect(safeDocumentType('image/svg+xml')).toBe('application/octet-stream');
    expect(safeDocumentType('IMAGE/JPEG')).toBe('image/jpeg');
    expect(safeDocumentType('')).toBe('application/octet-stream');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('bad\u0000name\n.pdf')).toBe('badname.pdf');
    expect(cleanFileName('   ')).toBe('document');
    expect([...cleanFileName('📄'.repeat(300))]).toHaveLength(120);
  });
});
