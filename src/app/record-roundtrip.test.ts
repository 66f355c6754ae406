// Every record kind goes into the real encrypted vault and comes back unchanged: straight
// through UnlockedVault, and through recordStore across a lock and an unlock.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type ChildId, type Entry, type EntryKind } from '../domain/index';
import { arbChild, arbChildId, arbEntry, arbIsoDate, arbLocalText, arbText } from '../domain/testing/arbitraries';
import { unlockWithPassphrase, type UnlockedVault, type VaultDb } from '../vault/index';
import { expectOk, makeTestVault, TEST_PASSPHRASE, TEST_UNLOCK } from '../vault/test-support';
import { recordStore, type StoredChild } from './record-store';
import { session } from './session';

const SEED = 20_250_401;
const RUNS = 25;
const STAMP_MS = Date.parse('2025-04-01T09:30:00.000Z');
const STAMP = '2025-04-01T09:30:00.000Z';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const arbEntryIdText = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);

// Optional fields the shared arbitraries leave out, so they get round-tripped too.
const EXTRAS: Record<EntryKind, fc.Arbitrary<Record<string, unknown>>> = {
  passport: fc.record({ otherLanguages: opt(fc.array(arbText, { maxLength: 2 })), communicationNote: opt(arbLocalText),
    whatHelps: opt(arbLocalText), likes: opt(arbLocalText), dislikes: opt(arbLocalText) }),
  condition: fc.record({ note: opt(arbLocalText) }),
  allergy: fc.record({ detail: opt(arbLocalText), notedOn: opt(arbIsoDate), note: opt(arbLocalText) }),
  medication: fc.record({ reason: opt(arbLocalText) }),
  immunisation: fc.record({ vaccineName: opt(arbText), batch: opt(arbText), where: opt(arbText), note: opt(arbLocalText) }),
  growth: fc.record({ heightCm: opt(fc.double({ min: 30, max: 130, noNaN: true })),
    headCm: opt(fc.double({ min: 25, max: 60, noNaN: true })), by: opt(arbText) }),
  'health-review': fc.record({ by: opt(arbText), outcome: opt(arbLocalText) }),
  observation: fc.constant({}),
  milestone: fc.constant({}),
  service: fc.record({ start: opt(arbIsoDate), end: opt(arbIsoDate), outcome: opt(arbLocalText) }),
  'received-note': fc.record({ serviceId: opt(arbEntryIdText) }),
  appointment: fc.record({ serviceId: opt(arbEntryIdText) }),
  'private-note': fc.constant({}),
};

/** Entries of one kind for one child, with distinct ids, extras merged in. */
function arbEntriesOf(kind: EntryKind, childId: ChildId): fc.Arbitrary<Entry[]> {
  const one = fc.tuple(arbEntry(fc.constant(childId)).filter((e) => e.kind === kind), EXTRAS[kind])
    .map(([e, extra]) => ({ ...e, ...extra }));
  return fc.uniqueArray(one, { minLength: 1, maxLength: 3, selector: (e) => e.id });
}

/** What JSON storage promises: keys whose value is undefined are absent; nothing else changes. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)])) as T;
  }
  return value;
}

let db: VaultDb | undefined;

async function freshSession(): Promise<UnlockedVault> {
  session.lock('user');
  const made = await makeTestVault();
  db = made.db;
  session.setVault(made.vault);
  expectOk(await recordStore.load());
  return made.vault;
}

/** Locks (dropping every decrypted copy), unlocks with the passphrase and reloads the store. */
async function lockAndUnlock(): Promise<UnlockedVault> {
  session.lock('user');
  expect(recordStore.loaded).toBe(false);
  expect(recordStore.allEntries()).toEqual([]);
  const vault = expectOk(await unlockWithPassphrase(db!, TEST_PASSPHRASE, TEST_UNLOCK));
  session.setVault(vault);
  expectOk(await recordStore.load());
  expect(recordStore.damagedCount).toBe(0);
  return vault;
}

afterEach(() => session.lock('user'));

describe('round trip of every entry kind', () => {
  it.each([...ENTRY_KINDS])('%s: UnlockedVault put/get keeps it exactly', async (kind) => {
    const vault = await freshSession();
    await fc.assert(
      fc.asyncProperty(arbChildId.chain((childId) => arbEntriesOf(kind, childId)), async (entries) => {
        expectOk(await vault.putMany(entries));
        for (const e of entries) {
          const back = expectOk(await vault.get<Entry>(e.id));
          expect(back).toStrictEqual(withoutUndefined(e));
        }
        const ofKind = expectOk(await vault.all<Entry>(kind));
        expect(ofKind.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
        expectOk(await vault.deleteMany(entries.map((e) => e.id)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each([...ENTRY_KINDS])('%s: recordStore save, lock, unlock and load keeps it exactly', async (kind) => {
    await freshSession();
    await fc.assert(
      fc.asyncProperty(arbChildId.chain((childId) => arbEntriesOf(kind, childId)), async (entries) => {
        for (const e of entries) {
          const saved = expectOk(await recordStore.save(e, STAMP_MS));
          expect(saved).toStrictEqual({ ...e, updatedAt: STAMP });
        }
        await lockAndUnlock();
        const childId = entries[0]!.childId;
        const back = recordStore.entries(kind, childId);
        expect(back).toHaveLength(entries.length);
        for (const e of entries) {
          expect(recordStore.entry(e.id)).toStrictEqual(withoutUndefined({ ...e, updatedAt: STAMP }));
        }
        for (const e of entries) expectOk(await recordStore.remove(e.id));
        expect(recordStore.allEntries()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('round trip of the child', () => {
  const arbFullChild: fc.Arbitrary<StoredChild> = fc
    .tuple(arbChild(), opt(arbEntryIdText))
    .map(([c, photo]) => ({ ...c, photo, kind: 'child' }) as StoredChild);

  it('keeps every child field through the vault and through recordStore across lock and unlock', async () => {
    await freshSession();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arbFullChild, { minLength: 1, maxLength: 3, selector: (c) => c.id }), async (children) => {
        for (const c of children) expect(expectOk(await recordStore.saveChild(c))).toStrictEqual(c);
        const vault = await lockAndUnlock();
        for (const c of children) {
          expect(recordStore.child(c.id)).toStrictEqual(withoutUndefined(c));
          expect(expectOk(await vault.get<StoredChild>(c.id))).toStrictEqual(withoutUndefined(c));
        }
        expect(recordStore.children()).toHaveLength(children.length);
        expectOk(await vault.deleteMany(children.map((c) => c.id)));
        expectOk(await recordStore.load());
        expect(recordStore.children()).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('a whole family at once', () => {
  const RTL_AND_EMOJI = ['بحب السيارات 🚗 والقطارات', 'وہ گانا پسند کرتا ہے 🎶', '👩🏽‍🦱 Zoë ❤️‍🔥', 'שלום 👋🏻'];

  it('brings back every kind, every child and every RTL or emoji string after lock and unlock', async () => {
    await freshSession();
    const arbFamily = fc.uniqueArray(arbChildId, { minLength: 1, maxLength: 2 }).chain((ids) =>
      fc.tuple(
        fc.tuple(...ids.map((id) => arbChild(fc.constant(id)))),
        fc.tuple(...ENTRY_KINDS.map((kind) => arbEntriesOf(kind, ids[0]!))),
        fc.constantFrom(...RTL_AND_EMOJI),
      ));
    await fc.assert(
      fc.asyncProperty(arbFamily, async ([children, perKind, special]) => {
        // Ids made unique across kinds; one RTL or emoji string is planted in the child's name and every private note.
        const entries = perKind.flat().map((e, i) => ({ ...e, id: `e${i}-${e.id}` as Entry['id'] }));
        const marked: Entry[] = entries.map((e) => (e.kind === 'private-note' ? { ...e, text: { text: special, lang: 'ar' } } : e));
        for (const c of children) expectOk(await recordStore.saveChild({ ...c, name: `${c.name}${special}`, kind: 'child' }));
        for (const e of marked) expectOk(await recordStore.save(e, STAMP_MS));
        await lockAndUnlock();

        const kindsBack = new Set(recordStore.allEntries().map((e) => e.kind));
        expect([...kindsBack].sort()).toEqual([...ENTRY_KINDS].sort());
        const expected = marked.map((e) => withoutUndefined({ ...e, updatedAt: STAMP }));
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        expect([...recordStore.allEntries()].sort(byId)).toStrictEqual(expected.sort(byId));
        for (const c of children) expect(recordStore.child(c.id)?.name).toBe(`${c.name}${special}`);
        const notes = recordStore.entries('private-note');
        expect(notes.every((n) => n.text.text === special)).toBe(true);

        for (const e of marked) expectOk(await recordStore.remove(e.id));
        const vault = session.vault!;
        expectOk(await vault.deleteMany(children.map((c) => c.id)));
      }),
      { seed: SEED, numRuns: 6 },
    );
  });
});
