// A contribution: what a professional writes back to a family from a share they received
// (docs/contributions.md). This module is its shape, its checks and its body on the wire; the
// envelope around it (type 4, boxed to the parent) is the share layer's business.
import { fail, ok, type Result } from '../result';
import { fromHex, toHex } from '../hex';
import { isCode, type ProfessionalRole, type ServiceType } from '../record/codes';
import { parseIsoDate, type IsoDate } from '../record/dates';
import { MEASURES, measureInRange, type Measure } from '../record/measures';
import {
  ASSESSMENT_RESULTS, MEDICATION_CHANGES, MILESTONE_STATUSES, RECEIVED_NOTE_KINDS,
  type AssessmentResult, type LocalText, type MedicationChangeKind, type MilestoneCode, type MilestoneStatus,
  type ReceivedNoteKind,
} from '../record/types';
import { milestoneByCode } from '../milestones/catalogue';

export const CONTRIBUTION_KINDS = ['visit-note', 'assessment', 'support', 'medication', 'milestone', 'growth'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

export const SUPPORT_CHANGES = ['plan', 'referral'] as const;
export type SupportChange = (typeof SUPPORT_CHANGES)[number];

export interface ContributionAuthor {
  name: string;
  role: ProfessionalRole;
  organisation?: string;
}

/** Who the contribution is about, as the family's share named them (and the family's own id for the child, when the share carried one). */
export interface ContributionChild {
  name: string;
  dob: IsoDate;
  ref?: string;
}

interface Common {
  from: ContributionAuthor;
  /** The day the professional saw the child, measured, observed or decided. */
  date: IsoDate;
  child?: ContributionChild;
  /** Hex of the share this answers, when it answers one. */
  inReplyTo?: string;
  /** The professional's words. Required for visit notes and assessments, optional elsewhere. */
  text?: LocalText;
  /** The language the professional wrote titles and names in (BCP 47). */
  lang: string;
}

export type Contribution = Common & (
  | { kind: 'visit-note'; noteKind: ReceivedNoteKind; text: LocalText }
  | { kind: 'assessment'; title: string; result: AssessmentResult }
  | { kind: 'support'; change: SupportChange; serviceType: ServiceType; title: string }
  | { kind: 'medication'; name: string; change: MedicationChangeKind; dose: string; frequency: string }
  | { kind: 'milestone'; code: MilestoneCode; status: MilestoneStatus }
  | { kind: 'growth'; weightKg?: number; heightCm?: number; headCm?: number }
);

export type ContributionOf<K extends ContributionKind> = Extract<Contribution, { kind: K }>;

/** Limits on what a professional may write; the form says so before anything is sent. */
export const CONTRIBUTION_LIMITS = { name: 120, short: 200, text: 4000 } as const;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function shortText(v: unknown, max: number, required: boolean): string | undefined | null {
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (s.length > max || (required && s === '')) return null;
  return s === '' ? undefined : s;
}

function localText(v: unknown, required: boolean): LocalText | undefined | null {
  if (v === undefined && !required) return undefined;
  if (!isObject(v) || typeof v.text !== 'string' || typeof v.lang !== 'string' || !LANG.test(v.lang)) return null;
  if (v.text.length > CONTRIBUTION_LIMITS.text) return null;
  if (v.text.trim() === '') return required ? null : undefined;
  return { text: v.text, lang: v.lang };
}

function dateOf(v: unknown): IsoDate | null {
  if (typeof v !== 'string') return null;
  const d = parseIsoDate(v);
  return d.ok ? d.value : null;
}

function authorOf(v: unknown): ContributionAuthor | null {
  if (!isObject(v)) return null;
  const name = shortText(v.name, CONTRIBUTION_LIMITS.name, true);
  if (!name) return null;
  // A role this version does not know is still a professional: shown as "other", never refused.
  const role: ProfessionalRole = typeof v.role === 'string' && isCode('professionalRole', v.role) ? v.role : 'other';
  const organisation = shortText(v.organisation, CONTRIBUTION_LIMITS.name, false);
  if (organisation === null) return null;
  return organisation ? { name, role, organisation } : { name, role };
}

function childOf(v: unknown): ContributionChild | undefined | null {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const name = shortText(v.name, CONTRIBUTION_LIMITS.name, true);
  const dob = dateOf(v.dob);
  if (!name || !dob) return null;
  const child: ContributionChild = { name, dob };
  if (v.childId !== undefined) {
    if (typeof v.childId !== 'string' || v.childId.length > 64) return null;
    child.ref = v.childId;
  }
  return child;
}

const member = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

export type ContributionBodyError = 'malformed-body';

/**
 * Reads a decrypted contribution body (docs/share-format.md §4.5). Total: anything that is not a
 * contribution this version understands is 'malformed-body'. The first contributions (the v1
 * golden vector) had no `kind`, only `noteKind`: those read as visit notes.
 */
export function contributionFromBody(body: unknown): Result<Contribution, ContributionBodyError> {
  const bad = fail('malformed-body' as const);
  if (!isObject(body)) return bad;
  const from = authorOf(body.from);
  const date = dateOf(body.date);
  const child = childOf(body.child);
  const text = localText(body.text, false);
  if (!from || !date || child === null || text === null) return bad;
  const lang = typeof body.lang === 'string' && LANG.test(body.lang) ? body.lang : text?.lang ?? 'en';
  const common: Common = { from, date, lang };
  if (child) common.child = child;
  if (text) common.text = text;
  if (body.inReplyTo !== undefined) {
    if (!(body.inReplyTo instanceof Uint8Array) || body.inReplyTo.length !== 8) return bad;
    common.inReplyTo = toHex(body.inReplyTo);
  }
  const kind: unknown = body.kind ?? (body.noteKind !== undefined ? 'visit-note' : undefined);
  switch (kind) {
    case 'visit-note': {
      const noteKind = body.noteKind ?? 'visit-summary';
      if (!member(RECEIVED_NOTE_KINDS, noteKind) || !text) return bad;
      return ok({ ...common, kind: 'visit-note' as const, noteKind, text });
    }
    case 'assessment': {
      const title = shortText(body.title, CONTRIBUTION_LIMITS.short, true);
      if (!title || !text || !member(ASSESSMENT_RESULTS, body.outcome)) return bad;
      return ok({ ...common, kind: 'assessment' as const, title, result: body.outcome });
    }
    case 'support': {
      const title = shortText(body.title, CONTRIBUTION_LIMITS.short, true);
      if (!title || !member(SUPPORT_CHANGES, body.change)) return bad;
      if (typeof body.serviceType !== 'string' || !isCode('serviceType', body.serviceType)) return bad;
      return ok({ ...common, kind: 'support' as const, change: body.change, serviceType: body.serviceType, title });
    }
    case 'medication': {
      const name = shortText(body.name, CONTRIBUTION_LIMITS.short, true);
      if (!name || !member(MEDICATION_CHANGES, body.change)) return bad;
      const needsDose = body.change !== 'stopped';
      const dose = shortText(body.dose, CONTRIBUTION_LIMITS.short, needsDose);
      const frequency = shortText(body.frequency, CONTRIBUTION_LIMITS.short, needsDose);
      if (dose === null || frequency === null) return bad;
      return ok({ ...common, kind: 'medication' as const, name, change: body.change, dose: dose ?? '', frequency: frequency ?? '' });
    }
    case 'milestone': {
      if (typeof body.code !== 'string' || !milestoneByCode(body.code) || !member(MILESTONE_STATUSES, body.status)) return bad;
      return ok({ ...common, kind: 'milestone' as const, code: body.code as MilestoneCode, status: body.status });
    }
    case 'growth': {
      const values: Partial<Record<Measure, number>> = {};
      for (const m of MEASURES) {
        const v = body[m];
        if (v === undefined) continue;
        if (typeof v !== 'number' || !measureInRange(m, v)) return bad;
        values[m] = v;
      }
      if (Object.keys(values).length === 0) return bad;
      return ok({ ...common, kind: 'growth' as const, ...values });
    }
    default:
      return bad;
  }
}

/**
 * The body a professional's phone sends (docs/share-format.md §4.5): JSON-like, so the share
 * layer's codec turns known names into dictionary indexes. `inReplyTo` travels as 8 bytes.
 */
export function contributionToBody(c: Contribution): Record<string, unknown> {
  const body: Record<string, unknown> = { kind: c.kind, from: { ...c.from }, date: c.date, lang: c.lang };
  if (c.child) {
    const child: Loose = { name: c.child.name, dob: c.child.dob };
    if (c.child.ref !== undefined) child.childId = c.child.ref;
    body.child = child;
  }
  if (c.text) body.text = { ...c.text };
  if (c.inReplyTo) body.inReplyTo = fromHex(c.inReplyTo);
  switch (c.kind) {
    case 'visit-note': body.noteKind = c.noteKind; break;
    case 'assessment': body.title = c.title; body.outcome = c.result; break;
    case 'support': body.change = c.change; body.serviceType = c.serviceType; body.title = c.title; break;
    case 'medication':
      body.name = c.name; body.change = c.change;
      if (c.dose) body.dose = c.dose;
      if (c.frequency) body.frequency = c.frequency;
      break;
    case 'milestone': body.code = c.code; body.status = c.status; break;
    case 'growth':
      for (const m of MEASURES) if (c[m] !== undefined) body[m] = c[m];
      break;
  }
  return body;
}
