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
