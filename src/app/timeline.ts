// The timeline: one history across sections, newest first, filtered and searched as the
// parent types. Search covers the free text and the labels of coded values in the reader's
// language, so "audiology" (or "السمعيات") finds the audiology service.
import {
  buildSearchIndex, search, sectionOf, timeline,
  type ChildId, type Entry, type ObservationMark, type SearchIndex, type Section,
} from '../domain/index';
import { recordStore } from './record-store';

export interface TimelineQuery {
  childId?: ChildId;
  /** Words to find; empty or blank means no search. */
  text?: string;
  sections?: readonly Section[];
  marks?: readonly ObservationMark[];
}

/** Keys in the `record` namespace for every coded value of an entry (its section first). */
export function codedLabelKeys(entry: Entry): string[] {
  const keys = [`section.${sectionOf(entry)}`];
  switch (entry.kind) {
    case 'observation':
      keys.push(`area.${entry.area}`);
      if (entry.mark !== 'none') keys.push(`mark.${entry.mark}`);
      for (const code of entry.milestoneCodes) keys.push(`milestone.${code}`);
      break;
    case 'milestone': {
      keys.push(`area.${entry.area}`, `milestone.${entry.code}`);
      const last = entry.history.at(-1);
      if (last) keys.push(`milestoneStatus.${last.status}`);
      break;
    }
    case 'appointment': keys.push(`code.appointmentReason.${entry.reason}`); break;
    case 'service':
      keys.push(`code.serviceType.${entry.serviceType}`);
      if (entry.professional) keys.push(`code.professionalRole.${entry.professional.role}`);
      break;
    case 'received-note':
      keys.push(`receivedNoteKind.${entry.noteKind}`, `code.professionalRole.${entry.from.role}`);
      break;
    case 'allergy':
      keys.push(`code.allergen.${entry.allergen}`, `code.allergySeverity.${entry.severity}`);
      for (const r of entry.reactions) keys.push(`code.allergyReaction.${r}`);
      break;
    case 'immunisation': keys.push(`dose.${entry.doseCode}`); break;
    case 'health-review': keys.push(`healthReview.${entry.review}`); break;
    case 'medication': {
      const last = entry.history.at(-1);
      if (last) keys.push(`medicationChange.${last.change}`);
      break;
    }
    case 'passport':
      for (const c of entry.communication) keys.push(`code.communicationMethod.${c}`);
      for (const l of entry.homeLanguages) keys.push(`code.homeLanguage.${l}`);
      for (const p of entry.importantPeople) keys.push(`code.relationship.${p.relationship}`);
      break;
    case 'condition':
    case 'growth':
    case 'private-note':
      break;
  }
  return keys;
}

/** Words added to an entry's searchable text, e.g. translated labels; `language` keys the cache. */
export interface SearchLabels {
  language: string;
  labelsOf: (entry: Entry) => readonly string[];
}

/**
 * The search index over the decrypted record. Built once per record version and language,
 * so typing only scans (a few ms for 5,000 entries); a save or a language change rebuilds it.
 */
class TimelineIndex {
  #index: SearchIndex | undefined;
  #version = -1;
  #language = '';

  get(labels: SearchLabels): SearchIndex {
    if (!this.#index || this.#version !== recordStore.version || this.#language !== labels.language) {
      this.#index = buildSearchIndex(recordStore.allEntries(), { extraText: labels.labelsOf });
      this.#version = recordStore.version;
      this.#language = labels.language;
    }
    return this.#index;
  }

  /** Whether the next search will have to build first (so a screen can build it while idle). */
  isStale(labels: SearchLabels): boolean {
    return !this.#index || this.#version !== recordStore.version || this.#language !== labels.language;
  }

  clear(): void {
    this.#index = undefined;
    this.#version = -1;
  }
}

const index = new TimelineIndex();
recordStore.subscribe(() => {
  // On lock the store empties: drop the decrypted text with it.
  if (!recordStore.loaded) index.clear();
});

/** Builds the search index now if it is out of date; cheap when it is not. */
export function prepareTimelineSearch(labels: SearchLabels): void {
  if (index.isStale(labels)) index.get(labels);
}

/** Entries matching the query, newest first. */
export function timelineEntries(query: TimelineQuery, labels: SearchLabels): Entry[] {
  const words = query.text?.trim() ?? '';
  const ids = words ? new Set(search(index.get(labels), words)) : undefined;
  return timeline(recordStore.allEntries().filter((e) => !e.hidden), {
    ...(query.childId ? { childId: query.childId } : {}),
    ...(query.sections && query.sections.length > 0 ? { sections: query.sections } : {}),
    ...(query.marks && query.marks.length > 0 ? { marks: query.marks } : {}),
    ...(ids ? { ids } : {}),
  });
}

export { entryWhen, sectionOf, SECTIONS } from '../domain/index';
export type { Entry, ObservationMark, Section } from '../domain/index';

/** The child section screen (route) that shows and edits an entry. */
export function sectionRouteOf(entry: Entry): string {
  switch (entry.kind) {
    case 'passport': return 'passport';
    case 'observation': return 'journal';
    case 'milestone': return 'milestones';
    case 'service':
    case 'received-note': return 'support';
    case 'appointment': return 'appointments';
    case 'private-note': return 'notes';
    default: return 'health';
  }
}
