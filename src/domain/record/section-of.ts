// Which section an entry belongs to: the rule consent is enforced against.
import { AREA_SECTION, type Section } from './sections';
import type { Entry, EntryKind } from './types';

const KIND_SECTION: Readonly<Record<Exclude<EntryKind, 'observation' | 'milestone'>, Section>> = Object.freeze({
  passport: 'about-me',
  condition: 'health',
  allergy: 'health',
  medication: 'health',
  immunisation: 'health',
  growth: 'health',
  'health-review': 'health',
  service: 'support',
  'received-note': 'support',
  appointment: 'appointments',
  'private-note': 'private',
});

export function sectionOf(entry: Entry): Section {
  switch (entry.kind) {
    case 'observation':
    case 'milestone':
      return AREA_SECTION[entry.area];
    default:
      return KIND_SECTION[entry.kind];
  }
}

/**
 * The section of an entry whose fields are not yet trusted (it came from another phone): the kind
 * and, for observations and milestones, an area that may be anything. Undefined when the area is
 * not one we know, so such an entry belongs to no section and is never shown.
 */
export function sectionOfUntrusted(kind: EntryKind, area: unknown): Section | undefined {
  if (kind !== 'observation' && kind !== 'milestone') return KIND_SECTION[kind];
  return typeof area === 'string' && Object.hasOwn(AREA_SECTION, area) ? AREA_SECTION[area as keyof typeof AREA_SECTION] : undefined;
}
