// The professional's side of a contribution: from a share they received, write a note, a result,
// a plan or referral, a medicine change, a milestone or a measurement; sign it and box it to the
// family's key (the share's replyKey); hand back the bytes for a QR code or a file.
// docs/contributions.md describes the flow, docs/share-format.md §4.5 the body.
import { boxKeyPair, fromBase64Url, isLowOrderBoxKey, type BoxPublicKey } from '../crypto/index';
import { ASSESSMENT_RESULTS, MEASURES, MEDICATION_CHANGES, MILESTONE_STATUSES, isCode, measureInRange, milestoneByCode, parseIsoDate, validateEntryDate, type IsoDate, type Measure } from '../domain/index';
import { CONTRIBUTION_LIMITS, SUPPORT_CHANGES, contributionFromBody, contributionToBody, type Contribution, type ContributionKind } from '../domain/contribution/index';
import { encodeEnvelope, type BodyValue } from '../share/index';
import { deviceToday } from './clock';
import { getOrCreateIdentity } from './identity';
import { parseMeasure } from './health';
import type { FormResult } from './passport';
import type { ReceivedLogRecord, ReceivedShareRecord } from './receive';
import type { AppResult } from './result';
import { newId } from './record-store';
import { session } from './session';
import { languageOf, writerLanguage, type WriterLanguage } from './written-in';

export const CONTRIBUTION_LIFETIME_MS = 30 * 86_400_000;

/** What the form holds: every field as typed. Only the kind's own fields are read. */
export interface ContributionDraft {
  kind: ContributionKind;
  date: string;
  text: string;
  title: string;
  result: string;
  supportChange: string;
  serviceType: string;
  medicine: string;
  medicineChange: string;
  dose: string;
  frequency: string;
  milestone: string;
  status: string;
  weightKg: string;
  heightCm: string;
  headCm: string;
  /** "Language of what you wrote" for the words: empty (or absent) is found from the writing. */
  writtenIn?: string;
}

export function emptyContributionDraft(kind: ContributionKind, today: IsoDate): ContributionDraft {
  return {
    kind, date: today, text: '', title: '', result: '', supportChange: 'plan', serviceType: '', medicine: '',
    medicineChange: 'dose-changed', dose: '', frequency: '', milestone: '', status: 'achieved', weightKg: '', heightCm: '', headCm: '',
  };
}

/** The family a professional can write back to: from a share they hold, or its log line after expiry. */
export interface WriteBackTarget {
  /** The received share's or log line's id. */
  id: string;
  childName: string;
  childDob: IsoDate;
  replyKey: string;
  /** Hex of the share being answered. */
  shareId: string;
  fingerprint: string[];
}

const fieldFail = (error: string, field?: string): { ok: false; error: string; field?: string } =>
  field ? { ok: false, error, field } : { ok: false, error };

/** Where a note about this share would go; 'no-reply-key' for shares from before contributions. */
export async function writeBackTarget(id: string): Promise<AppResult<WriteBackTarget>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  if (!id.startsWith('rs-') && !id.startsWith('rl-')) return { ok: false, error: 'not-found' };
  const read = await vault.get<ReceivedShareRecord | ReceivedLogRecord>(id);
  if (!read.ok) return read;
  const r = read.value;
  const [replyKey, childName, childDob] = r.kind === 'received-share'
    ? [r.content.replyKey, r.content.child.name, r.content.child.dob]
    : [r.replyKey, r.childName, r.childDob];
  const dob = parseIsoDate(childDob ?? '');
  if (!replyKey || !childName || !dob.ok) return { ok: false, error: 'no-reply-key' };
  return { ok: true, value: { id, childName, childDob: dob.value, replyKey, shareId: r.shareId, fingerprint: r.fingerprint } };
}

function text(field: string, value: string, writer: WriterLanguage, required: boolean) {
  const trimmed = value.trim();
  if (trimmed.length > CONTRIBUTION_LIMITS.text) return fieldFail('text-too-long', field);
  if (required && trimmed === '') return fieldFail('required', field);
  return { ok: true as const, value: trimmed === '' ? undefined : { text: trimmed, lang: languageOf(trimmed, writer) } };
}

function short(field: string, value: string, required: boolean): FormResult<string> {
  const trimmed = value.trim();
  if (trimmed.length > CONTRIBUTION_LIMITS.short) return fieldFail('text-too-long', field);
  if (required && trimmed === '') return fieldFail('required', field);
  return { ok: true, value: trimmed };
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/**
 * Checks the form and builds the contribution, or names the first field that is wrong. `lang`
 * is the language the professional writes in; `from` comes from their profile.
 */
export function checkContribution(
  draft: ContributionDraft, target: Pick<WriteBackTarget, 'childName' | 'childDob' | 'shareId'>,
  from: Contribution['from'], lang: string, now = Date.now(),
): FormResult<Contribution> {
  const date = validateEntryDate(draft.date, { today: deviceToday(now), dob: target.childDob });
  if (!date.ok) return fieldFail(date.error, 'date');
  const common = { from, date: date.value, lang, child: { name: target.childName, dob: target.childDob }, inReplyTo: target.shareId };
  const needsText = draft.kind === 'visit-note' || draft.kind === 'assessment';
  // The words carry the language they are written in (a professional may write in the family's).
  const words = text('text', draft.text, writerLanguage(draft.writtenIn, lang), needsText);
  if (!words.ok) return words;
  const withText = words.value ? { ...common, text: words.value } : common;
  let made: Contribution;
  switch (draft.kind) {
    case 'visit-note':
      made = { ...withText, kind: 'visit-note', noteKind: 'visit-summary', text: words.value! };
      break;
    case 'assessment': {
      const title = short('title', draft.title, true);
      if (!title.ok) return title;
      if (!oneOf(ASSESSMENT_RESULTS, draft.result)) return fieldFail('required', 'result');
      made = { ...withText, kind: 'assessment', title: title.value, result: draft.result };
      break;
    }
    case 'support': {
      if (!oneOf(SUPPORT_CHANGES, draft.supportChange)) return fieldFail('required', 'supportChange');
      if (!isCode('serviceType', draft.serviceType)) return fieldFail('required', 'serviceType');
      const title = short('title', draft.title, true);
      if (!title.ok) return title;
      made = { ...withText, kind: 'support', change: draft.supportChange, serviceType: draft.serviceType, title: title.value };
      break;
    }
    case 'medication': {
      const name = short('medicine', draft.medicine, true);
      if (!name.ok) return name;
      if (!oneOf(MEDICATION_CHANGES, draft.medicineChange)) return fieldFail('required', 'medicineChange');
      const needsDose = draft.medicineChange !== 'stopped';
      const dose = short('dose', needsDose ? draft.dose : '', needsDose);
      if (!dose.ok) return dose;
      const frequency = short('frequency', needsDose ? draft.frequency : '', needsDose);
      if (!frequency.ok) return frequency;
      made = { ...withText, kind: 'medication', name: name.value, change: draft.medicineChange, dose: dose.value, frequency: frequency.value };
      break;
    }
    case 'milestone': {
      if (!milestoneByCode(draft.milestone)) return fieldFail('required', 'milestone');
      if (!oneOf(MILESTONE_STATUSES, draft.status)) return fieldFail('required', 'status');
      made = { ...withText, kind: 'milestone', code: draft.milestone as Extract<Contribution, { kind: 'milestone' }>['code'], status: draft.status };
      break;
    }
    case 'growth': {
      const values: Partial<Record<Measure, number>> = {};
      for (const m of MEASURES) {
        if (draft[m].trim() === '') continue;
        const v = parseMeasure(draft[m]);
        if (v === undefined) return fieldFail('measure-not-number', m);
        if (!measureInRange(m, v)) return fieldFail('measure-out-of-range', m);
        values[m] = v;
      }
      if (Object.keys(values).length === 0) return fieldFail('measure-needed', 'weightKg');
      made = { ...withText, kind: 'growth', ...values };
      break;
    }
  }
  // What is sent must read back as exactly this: the reader's rules are the writer's rules.
  const again = contributionFromBody(contributionToBody(made));
  return again.ok ? { ok: true, value: made } : fieldFail('malformed-body');
}

/** A contribution made and signed: the bytes for a QR code (one, or animated) and for a file. */
export interface MadeContribution {
  envelope: Uint8Array;
  contribution: Contribution;
  issuedAt: number;
  expiresAt: number;
  fileName: string;
}

/** A professional's record that they sent something, kept beside the received log. */
export interface SentContributionRecord {
  id: string;
  kind: 'sent-contribution';
  /** The received share or log line it answered. */
  sourceId: string;
  contribution: Contribution;
  sentAt: number;
  expiresAt: number;
}

/** Signs and boxes the contribution to the family, and keeps a line saying it was made. */
export async function makeContribution(target: WriteBackTarget, draft: ContributionDraft, lang: string, now = Date.now()): Promise<FormResult<MadeContribution>> {
  const vault = session.vault;
  if (!vault) return fieldFail('locked');
  const identity = await getOrCreateIdentity();
  if (!identity.ok) return fieldFail(identity.error);
  const { profile } = identity.value;
  if (profile.role === 'parent' || profile.name === '' || !isCode('professionalRole', profile.role)) return fieldFail('profile-incomplete');
  const from: Contribution['from'] = { name: profile.name, role: profile.role };
  if (profile.organisation) from.organisation = profile.organisation;
  const checked = checkContribution(draft, target, from, lang, now);
  if (!checked.ok) return checked;
  const key = fromBase64Url(target.replyKey);
  if (!key.ok || key.value.length !== 32 || isLowOrderBoxKey(key.value)) return fieldFail('no-reply-key');
  const expiresAt = now + CONTRIBUTION_LIFETIME_MS;
  const made = encodeEnvelope({
    type: 'contribution', sender: identity.value.sign, recipient: key.value as BoxPublicKey, ephemeral: boxKeyPair(),
    issuedAt: now, expiresAt, body: contributionToBody(checked.value) as BodyValue,
  });
  if (!made.ok) return fieldFail(made.error);
  const sent: SentContributionRecord = {
    id: `sc-${newId()}`, kind: 'sent-contribution', sourceId: target.id, contribution: checked.value, sentAt: now, expiresAt,
  };
  const saved = await vault.put(sent);
  if (!saved.ok) return fieldFail(saved.error);
  const day = deviceToday(now);
  return {
    ok: true,
    value: { envelope: made.value, contribution: checked.value, issuedAt: now, expiresAt, fileName: `family-file-note-${day}.familyfile` },
  };
}

/** What this professional sent back about one share (newest first). */
export async function sentContributions(sourceId: string): Promise<AppResult<SentContributionRecord[]>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const all = await vault.all<SentContributionRecord>('sent-contribution');
  if (!all.ok) return all;
  return { ok: true, value: all.value.filter((r) => r.sourceId === sourceId).sort((a, b) => b.sentAt - a.sentAt) };
}
