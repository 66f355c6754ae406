// What accepting a contribution writes into the family's record. Pure: it returns the entries to
// save (new ones, or a medicine or milestone with one more history line), each carrying the
// professional's provenance. Declining writes nothing, so nothing else lives here.
import { fail, ok, type Result } from '../result';
import { compareIso, type IsoDate, type IsoDateTime } from '../record/dates';
import type { EntryId } from '../record/ids';
import { appendMedicationChange } from '../record/medications';
import { MEASURES } from '../record/measures';
import type {
  Child, Entry, GrowthEntry, LocalText, MedicationChange, MedicationEntry, MilestoneEntry, Provenance,
  ReceivedNoteEntry, ServiceEntry,
} from '../record/types';
import { addMilestoneStep, newMilestoneEntry } from '../milestones/progress';
import type { Contribution, ContributionOf } from './contribution';

export interface AcceptContext {
  child: Child;
  /** The family's entries (any child's: only this child's are looked at). */
  entries: readonly Entry[];
  provenance: Provenance;
  now: IsoDateTime;
  /** The parent's local today. */
  today: IsoDate;
  newId: () => EntryId;
  /**
   * A medication change: the medicine it is about, when its name matches none on this phone
   * ('new' adds it as a new medicine). Without it, a change to an unknown medicine is refused.
   */
  medicine?: EntryId | 'new';
}

export type AcceptError =
  /** A change or stop for a medicine the record does not have: the parent chooses. */
  | 'medicine-missing'
  /** A start for a medicine already being taken, or a change to a stopped one. */
  | 'medicine-state'
  /** The record already has a later line than the professional's date. */
  | 'older-than-record'
  | 'date-in-future'
  | 'date-before-birth';

const normalName = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The child's medicines whose name is the contribution's (case and spacing aside). */
export function medicinesNamed(entries: readonly Entry[], childId: string, name: string): MedicationEntry[] {
  const wanted = normalName(name);
  return entries.filter((e): e is MedicationEntry => e.kind === 'medication' && e.childId === childId && normalName(e.name) === wanted);
}

function dayAfter(d: IsoDate): IsoDate {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10) as IsoDate;
}

function base<K extends Entry['kind']>(kind: K, ctx: AcceptContext) {
  return { id: ctx.newId(), kind, childId: ctx.child.id, createdAt: ctx.now, updatedAt: ctx.now, contributedBy: { ...ctx.provenance } };
}

const written = (text: string, lang: string): LocalText => ({ text, lang });

function medication(c: ContributionOf<'medication'>, ctx: AcceptContext): Result<Entry[], AcceptError> {
  const line: MedicationChange = {
    date: c.date, change: c.change, dose: c.dose, frequency: c.frequency, changedBy: c.from.name,
    contributedBy: { ...ctx.provenance },
  };
  if (c.text) line.note = { ...c.text };
  let target: MedicationEntry | undefined;
  if (ctx.medicine && ctx.medicine !== 'new') {
    target = ctx.entries.find((e): e is MedicationEntry => e.id === ctx.medicine && e.kind === 'medication' && e.childId === ctx.child.id);
    if (!target) return fail('medicine-missing');
  } else if (ctx.medicine !== 'new') {
    target = medicinesNamed(ctx.entries, ctx.child.id, c.name)[0];
    if (!target && c.change !== 'started') return fail('medicine-missing');
  }
  if (!target) {
    // A new medicine: its history starts with the professional's line, as they wrote it.
    const entry: MedicationEntry = { ...base('medication', ctx), name: c.name, history: [line] };
    return ok([entry]);
  }
  const next = appendMedicationChange(target, line, ctx.now);
  if (!next.ok) return fail(next.error === 'change-before-last' ? 'older-than-record' : 'medicine-state');
  return ok([next.value]);
}

function milestone(c: ContributionOf<'milestone'>, ctx: AcceptContext): Result<Entry[], AcceptError> {
  const step = { status: c.status, date: c.date, contributedBy: { ...ctx.provenance } };
  const existing = ctx.entries.find((e): e is MilestoneEntry => e.kind === 'milestone' && e.childId === ctx.child.id && e.code === c.code);
  if (!existing) {
    const made = newMilestoneEntry({ id: ctx.newId(), childId: ctx.child.id, code: c.code, now: ctx.now }, step);
    return made.ok ? ok([made.value]) : fail('older-than-record');
  }
  // The record already says the same: nothing to add, and nothing is wrong.
  if (existing.history.at(-1)?.status === c.status) return ok([]);
  const next = addMilestoneStep(existing, step, ctx.now);
  return next.ok ? ok([next.value]) : fail('older-than-record');
}

function support(c: ContributionOf<'support'>, ctx: AcceptContext): ServiceEntry {
  const entry: ServiceEntry = { ...base('service', ctx), serviceType: c.serviceType, plans: [], documents: [] };
  if (c.change === 'plan') {
    entry.professional = { ...c.from };
    entry.start = c.date;
    entry.plans = [written(c.title, c.lang)];
    if (c.text) entry.note = { ...c.text };
  } else {
    entry.referralDate = c.date;
    entry.note = c.text ? { text: `${c.title}\n${c.text.text}`, lang: c.text.lang } : written(c.title, c.lang);
  }
  return entry;
}

function note(c: ContributionOf<'visit-note' | 'assessment'>, ctx: AcceptContext): ReceivedNoteEntry {
  const entry: ReceivedNoteEntry = {
    ...base('received-note', ctx), noteKind: c.kind === 'assessment' ? 'assessment' : c.noteKind,
    from: { ...c.from }, receivedAt: ctx.now, text: c.text ? { ...c.text } : written('', c.lang),
  };
  if (c.kind === 'assessment') {
    entry.title = c.title;
    entry.result = c.result;
  }
  return entry;
}

function growth(c: ContributionOf<'growth'>, ctx: AcceptContext): GrowthEntry {
  const entry: GrowthEntry = { ...base('growth', ctx), measuredOn: c.date, by: c.from.name };
  for (const m of MEASURES) if (c[m] !== undefined) entry[m] = c[m];
  return entry;
}

/**
 * The entries to save when the parent accepts. Every new entry, and every new history line,
 * carries the provenance. Dates a day ahead of the parent's today are allowed (the professional
 * may be in another time zone); later ones, or ones before the child's birth, are refused.
 */
export function acceptedEntries(c: Contribution, ctx: AcceptContext): Result<Entry[], AcceptError> {
  if (compareIso(c.date, dayAfter(ctx.today)) > 0) return fail('date-in-future');
  if (compareIso(c.date, ctx.child.dob) < 0) return fail('date-before-birth');
  switch (c.kind) {
    case 'visit-note':
    case 'assessment':
      return ok([note(c, ctx)]);
    case 'support':
      return ok([support(c, ctx)]);
    case 'medication':
      return medication(c, ctx);
    case 'milestone':
      return milestone(c, ctx);
    case 'growth':
      return ok([growth(c, ctx)]);
  }
}
