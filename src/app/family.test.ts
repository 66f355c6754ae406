import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, openVaultDb } from '../vault/index';
import { addChildToFamily, ageSummary, familyChildren } from './family';
import { recordStore } from './record-store';
import { session } from './session';
import type { IsoDate } from '../domain/index';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const dob = (s: string) => s as IsoDate;

describe('ageSummary', () => {
  it('says weeks for a newborn, months to two, then years', () => {
    expect(ageSummary({ dob: dob('2025-02-01') }, NOW)).toMatchObject({ unit: 'weeks', count: 4, basis: 'chronological', premature: false });
    expect(ageSummary({ dob: dob('2024-06-15') }, NOW)).toMatchObject({ unit: 'months', count: 8 });
    expect(ageSummary({ dob: dob('2021-02-28') }, NOW)).toMatchObject({ unit: 'years', count: 4 });
  });

  it('uses corrected age for a premature baby until two, then chronological', () => {
    // Born at 30 weeks: 10 weeks early. Six months old is about three and a half months corrected.
    expect(ageSummary({ dob: dob('2024-09-01'), gestationWeeks: 30 }, NOW)).toEqual({ unit: 'months', count: 3, basis: 'corrected', weeksEarly: 10, premature: true });
    expect(ageSummary({ dob: dob('2022-09-01'), gestationWeeks: 30 }, NOW)).toMatchObject({ unit: 'years', count: 2, basis: 'chronological', premature: true });
    // Before the due date a corrected age has not started: zero weeks, never negative.
    expect(ageSummary({ dob: dob('2025-02-20'), gestationWeeks: 28 }, NOW)).toMatchObject({ unit: 'weeks', count: 0, basis: 'corrected' });
    expect(ageSummary({ dob: dob('2024-09-01'), gestationWeeks: 38 }, NOW)).toMatchObject({ basis: 'chronological', weeksEarly: 0, premature: false });
  });
});

describe('addChildToFamily', () => {
  beforeAll(async () => {
    const made = await createVault(openVaultDb('family-test'), { passphrase: 'family test phrase', role: 'parent',
      kdfParams: { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 }, allowWeakParamsForTests: true });
    if (!made.ok) throw new Error(made.error);
    session.setVault(made.value.vault);
    await recordStore.load();
  });
  afterAll(() => session.lock('user'));

  it('keeps gestation when given, refuses an impossible one, and refuses future births', async () => {
    expect(await addChildToFamily({ name: 'Ada', dob: '2024-10-10', gestationWeeks: '19' }, NOW)).toEqual({ ok: false, error: 'gestation-out-of-range' });
    expect(await addChildToFamily({ name: 'Ada', dob: '2024-10-10', gestationWeeks: 'soon' }, NOW)).toEqual({ ok: false, error: 'gestation-out-of-range' });
    expect(await addChildToFamily({ name: 'Ada', dob: '2026-10-10' }, NOW)).toMatchObject({ ok: false, error: 'date-in-future' });
    const ada = await addChildToFamily({ name: 'Ada', dob: '2024-10-10', gestationWeeks: ' 32 ' }, NOW);
    const ben = await addChildToFamily({ name: 'بن 🙂', dob: '2022-01-05', gestationWeeks: '' }, NOW + 1000);
    expect(ada).toMatchObject({ ok: true, value: { name: 'Ada', gestationWeeks: 32 } });
    expect(ben.ok && ben.value.gestationWeeks).toBe(undefined);
    const listed = await familyChildren();
    expect(listed.ok && listed.value.map((c) => c.name)).toEqual(['Ada', 'بن 🙂']);
    expect(listed.ok && listed.value[0]!.colour).not.toBe(listed.ok && listed.value[1]!.colour);
  });
});
