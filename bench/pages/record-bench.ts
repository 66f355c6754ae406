// Search benchmark (issue 4), run in Chromium by bench/record.mjs: the demo family at 5,000
// observations, indexed the way the timeline indexes it (free text plus the English labels
// of every coded value), then single searches timed one by one.
import { codedLabelKeys } from '../../src/app/timeline';
import { asIsoDateTime, buildSearchIndex, search, timeline, type Entry } from '../../src/domain/index';
import { generateDemoFamily } from '../../src/domain/demo/generate';
import { ukWhoSds, type GrowthMeasure, type GrowthSex } from '../../src/domain/growth/lms';
import { UK_WHO } from '../../src/domain/growth/uk-who-data';
import familyEn from '../../locales/en/family.json';
import recordEn from '../../locales/en/record.json';

const NOW = asIsoDateTime('2025-06-01T12:00:00.000Z');

/** Queries a parent might type: a word, two words, a coded label, a first letter or two, a miss, Urdu. */
export const QUERIES = ['tower', 'hearing aids', 'audiology', 'sp', 'makaton sign more', 'zzzz', 'بس'];

declare global {
  interface Window {
    runRecordBench: (options: { observations: number; runs: number }) => Promise<Record<string, number | number[]>>;
  }
}

function lookup(tree: unknown, key: string): string {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  if (typeof found !== 'string') throw new Error(`runRecordBench: no English label for ${key}`);
  return found;
}

const labelsOf = (e: Entry) => [lookup(familyEn, `kind.${e.kind}`), ...codedLabelKeys(e).map((k) => lookup(recordEn, k))];

/** UK-WHO SDS for 10,000 measurements spread over 23 weeks' gestation to 5 years (issue 15), median of 5. */
function growthSdsMs(): number[] {
  const measures: GrowthMeasure[] = ['weight', 'height', 'ofc', 'bmi'];
  const typical: Record<GrowthMeasure, (age: number) => number> = {
    weight: (a) => 3.3 + 8 * Math.max(a, 0), height: (a) => 50 + 25 * Math.max(a, 0), ofc: (a) => 35 + 8 * Math.max(a, 0), bmi: () => 16,
  };
  const inputs = Array.from({ length: 10_000 }, (_, i) => {
    const measure = measures[i % 4]!;
    const age = -0.32 + (i / 10_000) * 5.3;
    return { measure, sex: (i % 2 ? 'male' : 'female') as GrowthSex, age, value: typical[measure](age) };
  });
  const times: number[] = [];
  for (let round = -1; round < 5; round++) {
    const t0 = performance.now();
    let scored = 0;
    for (const x of inputs) if (ukWhoSds(UK_WHO, x.measure, x.sex, x.age, x.value) !== undefined) scored++;
    if (round >= 0) times.push(performance.now() - t0);
    if (scored < 9_000) throw new Error(`runRecordBench: only ${scored} of 10,000 measurements scored`);
  }
  return times;
}

window.runRecordBench = async ({ observations, runs }) => {
  const family = generateDemoFamily({ seed: 20250601, observations, now: NOW });
  const entries = family.entries;
  const t0 = performance.now();
  const index = buildSearchIndex(entries, { extraText: labelsOf });
  const buildMs = performance.now() - t0;

  const searchMs: number[] = [];
  const searchAndListMs: number[] = [];
  let hits = 0;
  // One untimed round first: first-call compilation is not a search.
  for (let round = -1; round < runs; round++) {
    for (const q of QUERIES) {
      const s0 = performance.now();
      const ids = search(index, q);
      const s1 = performance.now();
      // What the timeline then does with the hits: filter to the child, sort newest first.
      timeline(entries, { childId: family.children[0]!.id, ids: new Set(ids) });
      const s2 = performance.now();
      if (round >= 0) {
        searchMs.push(s1 - s0);
        searchAndListMs.push(s2 - s0);
        hits += ids.length;
      }
    }
  }
  const observationCount = entries.filter((e) => e.kind === 'observation').length;
  return { buildMs, searchMs, searchAndListMs, entries: entries.length, observations: observationCount, hits, growthMs: growthSdsMs() };
};
document.body.dataset.ready = 'true';
