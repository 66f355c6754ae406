import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDateTimeFromMs, type Entry } from '../domain/index';
import { generateDemoFamily } from '../domain/demo/generate';
import { createVault, openVaultDb } from '../vault/index';
import { recordStore } from './record-store';
import { session } from './session';
import { codedLabelKeys, prepareTimelineSearch, timelineEntries, type SearchLabels } from './timeline';

const WEAK = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const NOW = Date.parse('2025-03-01T12:00:00Z');
const family = generateDemoFamily({ seed: 5, observations: 200, now: isoDateTimeFromMs(NOW) });
const [yusuf, maya] = family.children;

// Stand-ins for translated labels: a key's last part, upper-cased, plus a Polish word for one code.
const english: SearchLabels = { language: 'en', labelsOf: (e) => codedLabelKeys(e).map((k) => k.split('.').at(-1)!.toUpperCase()) };
const polish: SearchLabels = {
  language: 'pl',
  labelsOf: (e) => codedLabelKeys(e).map((k) => (k === 'code.serviceType.audiology' ? 'Audiologia' : k)),
};

beforeAll(async () => {
  const made = await createVault(openVaultDb('timeline-test'), { passphrase: 'timeline test phrase', role: 'parent', kdfParams: WEAK, allowWeakParamsForTests: true });
  if (!made.ok) throw new Error(made.error);
  await made.value.vault.putMany([...family.children.map((c) => ({ ...c, kind: 'child' })), ...family.entries]);
  session.setVault(made.value.vault);
  const loaded = await recordStore.load();
  if (!loaded.ok) throw new Error(String(loaded.error));
});
afterAll(() => session.lock('user'));

describe('timelineEntries', () => {
  it('lists one child, newest first, across sections', () => {
    const all = timelineEntries({ childId: yusuf!.id }, english);
    expect(all.length).toBe(family.entries.filter((e) => e.childId === yusuf!.id).length);
    expect(new Set(all.map((e) => e.kind)).size).toBeGreaterThan(4);
    expect(all.every((e) => e.childId === yusuf!.id)).toBe(true);
  });

  it('filters by section and by mark', () => {
    const health = timelineEntries({ childId: maya!.id, sections: ['health'] }, english);
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((e) => ['condition', 'allergy', 'medication', 'immunisation', 'growth', 'health-review'].includes(e.kind))).toBe(true);
    const concerns = timelineEntries({ marks: ['concern'] }, english);
    expect(concerns.length).toBeGreaterThan(0);
    expect(concerns.every((e) => e.kind === 'observation' && e.mark === 'concern')).toBe(true);
  });

  it('finds a word of free text, and every hit contains it', () => {
    const obs = family.entries.find((e): e is Extract<Entry, { kind: 'observation' }> => e.kind === 'observation')!;
    const word = obs.text.text.split(/\s+/).find((w) => w.length > 5)!.replace(/[^\p{L}]/gu, '');
    const hits = timelineEntries({ text: word }, english);
    expect(hits.map((e) => e.id)).toContain(obs.id);
    expect(hits.length).toBeLessThan(family.entries.length);
  });

  it('finds coded values by their label in the reader language, and follows a language change', () => {
    const services = family.entries.filter((e) => e.kind === 'service' && e.serviceType === 'audiology');
    expect(services.length).toBeGreaterThan(0);
    expect(timelineEntries({ text: 'audiology' }, english).map((e) => e.id)).toEqual(expect.arrayContaining(services.map((e) => e.id)));
    expect(timelineEntries({ text: 'audiologia' }, english)).toEqual([]);
    prepareTimelineSearch(polish);
    expect(timelineEntries({ text: 'audiologia' }, polish).map((e) => e.id)).toEqual(expect.arrayContaining(services.map((e) => e.id)));
  });

  it('sees a new save at once, and empties on lock', async () => {
    const obs = family.entries.find((e) => e.kind === 'observation')!;
    const saved = await recordStore.save({ ...obs, id: 'fresh-entry' as Entry['id'], text: { text: 'zebra crossing wave', lang: 'en' } });
    expect(saved.ok).toBe(true);
    expect(timelineEntries({ text: 'zebra crossing' }, english).map((e) => e.id)).toEqual(['fresh-entry']);
  });
});

describe('codedLabelKeys', () => {
  it('names the section first, and every key has an English label', () => {
    const labels = JSON.parse(readFileSync(new URL('../../locales/en/record.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], labels);
    for (const e of family.entries) {
      const keys = codedLabelKeys(e);
      expect(keys[0]).toMatch(/^section\./);
      for (const k of keys) expect(typeof lookup(k), k).toBe('string');
    }
  });
});
