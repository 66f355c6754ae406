// Journal entries for the vault benchmarks: the domain's seeded demo family, scaled to
// thousands of observations (about 600 bytes of JSON each, some in Urdu, some short).
// A fixed seed and a fixed "now" give the same entries every run.
import { asIsoDateTime, type ObservationEntry } from '../../src/domain/index';
import { generateDemoFamily } from '../../src/domain/demo/generate';

const NOW = asIsoDateTime('2025-06-01T12:00:00.000Z');

export function journalEntries(count: number, seed = 20250601): ObservationEntry[] {
  const family = generateDemoFamily({ seed, observations: count, now: NOW });
  const observations = family.entries.filter((e): e is ObservationEntry => e.kind === 'observation');
  if (observations.length !== count) throw new Error(`journalEntries: got ${observations.length} of ${count}`);
  return observations;
}

/** The order the journal screen lists them in (as src/app/journal.ts listJournal sorts): newest first. */
export function newestFirst(a: ObservationEntry, b: ObservationEntry): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}
