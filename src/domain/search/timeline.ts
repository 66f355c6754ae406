// One history across sections, newest first, with filters.
import { compareIso, type IsoDate, type IsoDateTime } from '../record/dates';
import type { ChildId, EntryId } from '../record/ids';
import type { Section } from '../record/sections';
import { sectionOf } from '../record/section-of';
import type { Entry, EntryKind, ObservationMark } from '../record/types';

/** The date an entry is "about", used to place it on the timeline. */
export function entryWhen(entry: Entry): IsoDate | IsoDateTime {
  switch (entry.kind) {
    case 'observation':
    case 'private-note': return entry.date;
    case 'appointment': return entry.start;
    case 'immunisation': return entry.givenOn;
    case 'growth': return entry.measuredOn;
    case 'health-review': return entry.doneOn;
    case 'received-note': return entry.receivedAt;
    case 'milestone': return entry.history.at(-1)?.date ?? entry.createdAt;
    case 'medication': {
      const latest = entry.history.reduce<IsoDate | undefined>((max, h) => (max === undefined || h.date > max ? h.date : max), undefined);
      return latest ?? entry.createdAt;
    }
    case 'condition': return entry.diagnosedOn ?? entry.createdAt;
    case 'allergy': return entry.notedOn ?? entry.createdAt;
    case 'service': return entry.end ?? entry.start ?? entry.referralDate ?? entry.createdAt;
    case 'passport': return entry.updatedAt;
  }
}

/** Full-instant sort key: a bare date counts as the start of its day. */
function sortKey(entry: Entry): string {
  const when = entryWhen(entry);
  return when.length === 10 ? `${when}T00:00:00.000Z` : when;
}

export interface TimelineFilters {
  childId?: ChildId;
  sections?: readonly Section[];
  kinds?: readonly EntryKind[];
  /** Only observations with one of these marks. */
  marks?: readonly ObservationMark[];
  /** Only these ids, e.g. from a search. */
  ids?: ReadonlySet<EntryId>;
  from?: IsoDate;
  to?: IsoDate;
}

export function timeline(entries: readonly Entry[], filters: TimelineFilters = {}): Entry[] {
  const sections = filters.sections ? new Set<string>(filters.sections) : undefined;
  const kinds = filters.kinds ? new Set<string>(filters.kinds) : undefined;
  const marks = filters.marks ? new Set<string>(filters.marks) : undefined;
  const keyed: { entry: Entry; key: string }[] = [];
  for (const entry of entries) {
    if (filters.childId && entry.childId !== filters.childId) continue;
    if (filters.ids && !filters.ids.has(entry.id)) continue;
    if (kinds && !kinds.has(entry.kind)) continue;
    if (sections && !sections.has(sectionOf(entry))) continue;
    if (marks && (entry.kind !== 'observation' || !marks.has(entry.mark))) continue;
    const key = sortKey(entry);
    if (filters.from && compareIso(key.slice(0, 10), filters.from) < 0) continue;
    if (filters.to && compareIso(key.slice(0, 10), filters.to) > 0) continue;
    keyed.push({ entry, key });
  }
  keyed.sort((a, b) => compareIso(b.key, a.key) || compareIso(b.entry.updatedAt, a.entry.updatedAt) || compareIso(a.entry.id, b.entry.id));
  return keyed.map((k) => k.entry);
}
