// Support history use cases: services and professionals around the child, with attached
// documents kept as encrypted blobs. Validation comes from the domain; storage from the vault.
import {
  asBlobId, compareIso, isCode, isoDateTimeFromMs, validateEntryDate, validateText,
  type BlobId, type ChildId, type EntryId, type IsoDate, type IsoDateTime, type LocalText, type Professional,
  type ServiceEntry,
} from '../domain/index';
import { DOCUMENT_META_KIND, documentMetaId, releaseBlobs } from './orphan-blobs';
import { newId, recordStore } from './record-store';
import { entryBase, saveEdited } from './entry-base';
import { deleteEntryOfKind, restoreEntry } from './entries';
import type { AppResult } from './result';
import { session } from './session';
import { deviceToday } from './clock';
import { languageOf, writerLanguage } from './written-in';

/** A failure that points at one form field, so the screen can put the message beside it. */
export type FormResult<T> = { ok: true; value: T } | { ok: false; error: string; field?: string };

/** Biggest document or photo we keep: enough for a scanned letter, small enough for a cheap phone. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const SHORT_TEXT = 200;

/** What the service form holds, as typed (strings from inputs, '' for empty). */
export interface ServiceForm {
  serviceType: string;
  professionalName: string;
  professionalRole: string;
  organisation: string;
  contact: string;
  referralDate: string;
  start: string;
  end: string;
  outcome: string;
  plans: string[];
  documents: BlobId[];
  sensitive: boolean;
  /** Language the free text was written in. */
  lang: string;
  /** "Language of what you wrote": empty (or absent) is found from the writing. */
  writtenIn?: string;
}

export function emptyServiceForm(lang: string): ServiceForm {
  return {
    serviceType: '', professionalName: '', professionalRole: '', organisation: '', contact: '',
    referralDate: '', start: '', end: '', outcome: '', plans: [], documents: [], sensitive: false, lang,
  };
}

export function serviceToForm(s: ServiceEntry, lang: string): ServiceForm {
  return {
    serviceType: s.serviceType,
    professionalName: s.professional?.name ?? '',
    professionalRole: s.professional?.role ?? '',
    organisation: s.professional?.organisation ?? '',
    contact: s.professional?.contact ?? '',
    referralDate: s.referralDate ?? '',
    start: s.start ?? '',
    end: s.end ?? '',
    outcome: s.outcome?.text ?? '',
    plans: s.plans.map((p) => p.text),
    documents: [...s.documents],
    sensitive: s.sensitive === true,
    lang: s.outcome?.lang ?? s.plans[0]?.lang ?? lang,
    writtenIn: '',
  };
}

type Fields = Pick<ServiceEntry, 'serviceType' | 'professional' | 'referralDate' | 'start' | 'end' | 'outcome' | 'plans' | 'documents'>;

function optionalDate(input: string, field: string, bounds: { today: IsoDate; dob: IsoDate }): FormResult<IsoDate | undefined> {
  if (input.trim() === '') return { ok: true, value: undefined };
  const r = validateEntryDate(input.trim(), bounds);
  return r.ok ? r : { ok: false, error: r.error, field };
}

function shortText(input: string, field: string): FormResult<string> {
  const r = validateText(input.trim(), { maxLength: SHORT_TEXT });
  return r.ok ? r : { ok: false, error: r.error, field };
}

function validateProfessional(form: ServiceForm): FormResult<Professional | undefined> {
  const name = shortText(form.professionalName, 'professionalName');
  if (!name.ok) return name;
  const organisation = shortText(form.organisation, 'organisation');
  if (!organisation.ok) return organisation;
  const contact = shortText(form.contact, 'contact');
  if (!contact.ok) return contact;
  const anything = name.value || organisation.value || contact.value || form.professionalRole;
  if (!anything) return { ok: true, value: undefined };
  if (!name.value) return { ok: false, error: 'required', field: 'professionalName' };
  const role = isCode('professionalRole', form.professionalRole) ? form.professionalRole : 'other';
  const pro: Professional = { name: name.value, role };
  if (organisation.value) pro.organisation = organisation.value;
  if (contact.value) pro.contact = contact.value;
  return { ok: true, value: pro };
}

/** Checks the whole form; the first problem found is returned with its field. */
export function validateServiceForm(form: ServiceForm, dob: IsoDate, today: IsoDate): FormResult<Fields> {
  if (!isCode('serviceType', form.serviceType)) return { ok: false, error: 'required', field: 'serviceType' };
  const professional = validateProfessional(form);
  if (!professional.ok) return professional;
  const bounds = { today, dob };
  const referralDate = optionalDate(form.referralDate, 'referralDate', bounds);
  if (!referralDate.ok) return referralDate;
  const start = optionalDate(form.start, 'start', bounds);
  if (!start.ok) return start;
  const end = optionalDate(form.end, 'end', bounds);
  if (!end.ok) return end;
  if (start.value && end.value && compareIso(end.value, start.value) < 0) {
    return { ok: false, error: 'end-before-start', field: 'end' };
  }
  const outcome = validateText(form.outcome);
  if (!outcome.ok) return { ok: false, error: outcome.error, field: 'outcome' };
  const plans: LocalText[] = [];
  for (const p of form.plans) {
    const plan = validateText(p);
    if (!plan.ok) return { ok: false, error: plan.error, field: 'plans' };
    if (plan.value.trim()) plans.push({ text: plan.value, lang: languageOf(plan.value, writerLanguage(form.writtenIn, form.lang)) });
  }
  const fields: Fields = { serviceType: form.serviceType, plans, documents: [...form.documents] };
  if (professional.value) fields.professional = professional.value;
  if (referralDate.value) fields.referralDate = referralDate.value;
  if (start.value) fields.start = start.value;
  if (end.value) fields.end = end.value;
  if (outcome.value.trim()) fields.outcome = { text: outcome.value, lang: languageOf(outcome.value, writerLanguage(form.writtenIn, form.lang)) };
  return { ok: true, value: fields };
}

/** Adds a service, or replaces the one with `id`. Documents dropped by an edit are deleted after the save. */
export async function saveService(childId: ChildId, form: ServiceForm, id?: EntryId, now = Date.now()): Promise<FormResult<ServiceEntry>> {
  const child = recordStore.child(childId);
  if (!child) return { ok: false, error: 'not-found' };
  const checked = validateServiceForm(form, child.dob, deviceToday(now));
  if (!checked.ok) return checked;
  const before = id ? recordStore.entry<ServiceEntry>(id) : undefined;
  if (id && before?.kind !== 'service') return { ok: false, error: 'not-found' };
  const entry: ServiceEntry = {
    ...entryBase('service', childId, before, now),
    ...checked.value,
    ...(form.sensitive ? { sensitive: true } : {}),
  };
  const saved = await saveEdited(before, entry, now);
  if (!saved.ok) return saved;
  if (before) await forgetDocuments(before.documents.filter((d) => !entry.documents.includes(d)));
  return saved;
}

/** A service has ended once it has an end date (dates in the future are refused, so it is past). */
export function isEnded(service: ServiceEntry): boolean {
  return service.end !== undefined;
}

/** Current services (latest start first) and ended ones (latest end first). */
export function listServices(childId: ChildId): { current: ServiceEntry[]; ended: ServiceEntry[] } {
  const all = recordStore.entries('service', childId).filter((s) => !s.hidden);
  const byStart = (a: ServiceEntry, b: ServiceEntry) =>
    compareIso(b.start ?? b.referralDate ?? '', a.start ?? a.referralDate ?? '') || compareIso(b.createdAt, a.createdAt);
  return {
    current: all.filter((s) => !isEnded(s)).sort(byStart),
    ended: all.filter(isEnded).sort((a, b) => compareIso(b.end ?? '', a.end ?? '') || byStart(a, b)),
  };
}

export function deleteService(id: EntryId): Promise<AppResult<ServiceEntry>> {
  return deleteEntryOfKind('service', id);
}

export function restoreService(entry: ServiceEntry): Promise<AppResult<ServiceEntry>> {
  return restoreEntry(entry);
}

// ---- Documents ----

/** What we keep about an attached file, in its own encrypted record beside the blob. */
export interface DocumentInfo {
  blobId: BlobId;
  name: string;
  type: string;
  size: number;
  addedAt: IsoDateTime;
}
interface DocumentRecord extends DocumentInfo {
  id: string;
  kind: typeof DOCUMENT_META_KIND;
}

// Only these open in the browser. Anything else (HTML, SVG…) is handed over as plain bytes, so a
// file from elsewhere can never run as a page of this app.
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf', 'text/plain']);

export function safeDocumentType(type: string): string {
  const base = type.split(';')[0]!.trim().toLowerCase();
  return INLINE_TYPES.has(base) ? base : 'application/octet-stream';
}

/** A file name fit to show and to download under: no folders, no control characters, not huge. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...(base || 'document')].slice(0, 120).join('');
}

export interface FileToAttach {
  name: string;
  type: string;
  size: number;
  /** Read only after the size check, so a huge file is never loaded into memory. */
  read: () => Promise<Uint8Array>;
}

export async function attachDocument(file: FileToAttach, now = Date.now()): Promise<AppResult<DocumentInfo>> {
  if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, error: 'file-too-large' };
  if (file.size === 0) return { ok: false, error: 'file-empty' };
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch {
    return { ok: false, error: 'file-unreadable' };
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, error: 'file-too-large' };
  const blobId = asBlobId(newId());
  const info: DocumentInfo = { blobId, name: cleanFileName(file.name), type: safeDocumentType(file.type), size: bytes.length, addedAt: isoDateTimeFromMs(now) };
  const stored = await vault.putBlob(blobId, bytes);
  if (!stored.ok) return stored;
  const meta = await vault.put<DocumentRecord>({ id: documentMetaId(blobId), kind: DOCUMENT_META_KIND, ...info });
  if (!meta.ok) {
    await vault.deleteBlob(blobId); // nothing half-saved
    return meta;
  }
  return { ok: true, value: info };
}

/** Name, type and size of attached documents; a missing or damaged one is reported, not fatal. */
export async function documentInfo(blobId: BlobId): Promise<AppResult<DocumentInfo>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const got = await vault.get<DocumentRecord>(documentMetaId(blobId));
  if (!got.ok) return got;
  const { name, type, size, addedAt } = got.value;
  return { ok: true, value: { blobId, name, type, size, addedAt } };
}

/** Decrypts a document into an object URL that is revoked when the vault locks. */
export async function openDocument(info: DocumentInfo): Promise<AppResult<string>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const bytes = await vault.getBlob(info.blobId);
  if (!bytes.ok) return bytes;
  const blob = new Blob([bytes.value as Uint8Array<ArrayBuffer>], { type: safeDocumentType(info.type) });
  return { ok: true, value: session.trackObjectUrl(URL.createObjectURL(blob)) };
}

/** Deletes documents no entry points at any more (after an edit, a cancelled form, or an expired undo). */
export async function forgetDocuments(blobIds: readonly BlobId[]): Promise<void> {
  releaseBlobs(blobIds);
  const vault = session.vault;
  if (!vault || blobIds.length === 0) return;
  const stillUsed = new Set(recordStore.entries('service').flatMap((s) => s.documents));
  for (const id of blobIds) {
    if (stillUsed.has(id)) continue;
    await vault.deleteBlob(id);
    await vault.delete(documentMetaId(id));
  }
}
