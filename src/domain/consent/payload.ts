// Consent policy: what a share may carry. Private notes can never get in, by type and at runtime.
import { DomainBugError } from '../result';
import { isShareableSection, type ShareableSection } from '../record/sections';
import { sectionOf } from '../record/section-of';
import type { Child, Entry, ShareableEntry } from '../record/types';
import type { EntryId } from '../record/ids';
import type { IsoDate } from '../record/dates';

/** One child's part of the family record: the input to a share. */
export interface ChildRecord {
  child: Child;
  entries: readonly Entry[];
}

/** Who the share is about. Always sent, so data is never read against the wrong child. */
export interface SharedChild {
  name: string;
  preferredName?: string;
  dob: IsoDate;
  gestationWeeks?: number;
  /** Only with Health, and only when recorded as a boy or a girl: the growth chart's standard. */
  sex?: 'male' | 'female';
}

export interface SharePayload {
  child: SharedChild;
  sections: ShareableSection[];
  entries: ShareableEntry[];
}

export interface ShareChoice {
  sections: readonly ShareableSection[];
  /** Sensitive entries the parent ticked by hand for this one share. */
  includeSensitiveIds?: readonly EntryId[];
}

function isShareableEntry(entry: Entry, granted: ReadonlySet<string>): entry is ShareableEntry {
  // Belt and braces: the kind check does not rely on sectionOf staying correct.
  if (entry.kind === 'private-note') return false;
  const section = sectionOf(entry);
  return section !== 'private' && granted.has(section);
}

/**
 * Builds what a share carries: entries of this child in the granted sections, minus sensitive
 * entries not ticked by hand. Asking for `private` is a programming error and throws.
 */
export function buildSharePayload(record: ChildRecord, choice: ShareChoice): SharePayload {
  const granted = new Set<string>();
  for (const s of choice.sections) {
    if (!isShareableSection(s)) throw new DomainBugError('buildSharePayload', `section ${String(s)} can never be shared`);
    granted.add(s);
  }
  const ticked = new Set<string>(choice.includeSensitiveIds ?? []);
  const entries: ShareableEntry[] = [];
  for (const entry of record.entries) {
    if (entry.childId !== record.child.id) continue;
    if (!isShareableEntry(entry, granted)) continue;
    if (entry.sensitive && !ticked.has(entry.id)) continue;
    // A professional's note the parent hid is neither shown nor passed on.
    if (entry.hidden) continue;
    entries.push(entry);
  }
  const { name, preferredName, dob, gestationWeeks } = record.child;
  const child: SharedChild = { name, dob };
  if (preferredName !== undefined) child.preferredName = preferredName;
  if (gestationWeeks !== undefined) child.gestationWeeks = gestationWeeks;
  const sex = record.child.sex;
  if (granted.has('health') && (sex === 'male' || sex === 'female')) child.sex = sex;
  const sections = SHAREABLE_ORDER.filter((s) => granted.has(s));
  return { child, sections, entries };
}

const SHAREABLE_ORDER: readonly ShareableSection[] = [
  'about-me', 'health', 'dev-communication', 'dev-physical', 'dev-pse', 'support', 'appointments',
];

/** Sensitive entries in the chosen sections: the list the parent ticks from, with a warning. */
export function sensitiveCandidates(record: ChildRecord, sections: readonly ShareableSection[]): ShareableEntry[] {
  const granted = new Set<string>(sections.filter(isShareableSection));
  return record.entries.filter(
    (e): e is ShareableEntry => e.childId === record.child.id && e.sensitive === true && isShareableEntry(e, granted),
  );
}
