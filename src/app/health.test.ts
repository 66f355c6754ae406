import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, openVaultDb } from '../vault/index';
import { addChild } from './record';
import { recordStore, type StoredChild } from './record-store';
import { session } from './session';
import {
  changeMedicine, deleteEntry, healthOf, parseMeasure, saveAllergy, saveCondition, saveGrowth, saveImmunisation, saveMedicine,
  saveReview, setEarlierHealth, undoDelete,
} from './health';

const WEAK = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const NOW = Date.parse('2025-06-10T12:00:00Z');
let child: StoredChild;

beforeAll(async () => {
  const made = await createVault(openVaultDb('health-test'), { passphrase: 'health test phrase', role: 'parent', kdfParams: WEAK, allowWeakParamsForTests: true });
  if (!made.ok) throw new Error(made.error);
  session.setVault(made.value.vault);
  await recordStore.load();
  const added = await addChild({ name: 'Bilal', dob: '2025-02-01' }, NOW);
  if (!added.ok) throw new Error(String(added.error));
  child = added.value;
});
afterAll(() => session.lock('user'));

const med = { name: 'Salbutamol', reason: '', dose: '2 puffs', frequency: 'when needed', startedOn: '2025-04-01', changedBy: 'Dr Khan', sensitive: false };

describe('health use cases', () => {
  it('refuses dates in the future or before birth, with the field', async () => {
    const base = { name: 'Eczema', note: '', sensitive: false };
    expect(await saveCondition(child, { ...base, diagnosedOn: '2025-06-11' }, 'en', undefined, NOW)).toEqual({ ok: false, error: 'date-in-future', field: 'diagnosedOn' });
    expect(await saveCondition(child, { ...base, diagnosedOn: '2025-01-31' }, 'en', undefined, NOW)).toEqual({ ok: false, error: 'date-before-birth', field: 'diagnosedOn' });
    const ok = await saveCondition(child, { ...base, name: 'إكزيما 🙂', diagnosedOn: '2025-03-01' }, 'ar', undefined, NOW);
    expect(ok).toMatchObject({ ok: true, value: { name: { text: 'إكزيما 🙂', lang: 'ar' }, diagnosedOn: '2025-03-01' } });
  });

  it('an allergy to "other" must say what', async () => {
    const a = { allergen: 'other' as const, detail: '', reactions: ['hives-rash' as const], severity: 'mild' as const, notedOn: '', note: '', sensitive: true };
    expect(await saveAllergy(child, a, 'en', undefined, NOW)).toEqual({ ok: false, error: 'required', field: 'detail' });
    const ok = await saveAllergy(child, { ...a, detail: 'Kiwi' }, 'en', undefined, NOW);
    expect(ok).toMatchObject({ ok: true, value: { allergen: 'other', detail: { text: 'Kiwi' }, sensitive: true } });
  });

  it('keeps every medicine change with its date and who made it; the current list follows', async () => {
    const a = await saveMedicine(child, med, 'en', undefined, NOW);
    const b = await saveMedicine(child, { ...med, name: 'Amoxicillin', dose: '5 ml', frequency: 'three times a day' }, 'en', undefined, NOW);
    if (!a.ok || !b.ok) throw new Error('save failed');
    const up = await changeMedicine(child, a.value.id, { change: 'dose-changed', date: '2025-05-01', dose: '4 puffs', frequency: 'twice a day', changedBy: 'Nurse Ali', note: '' }, 'en', NOW);
    expect(up.ok).toBe(true);
    expect(await changeMedicine(child, b.value.id, { change: 'stopped', date: '2025-03-01', dose: '', frequency: '', changedBy: 'Mum', note: '' }, 'en', NOW))
      .toEqual({ ok: false, error: 'change-before-last', field: 'date' });
    const stop = await changeMedicine(child, b.value.id, { change: 'stopped', date: '2025-05-02', dose: '', frequency: '', changedBy: 'Mum', note: '' }, 'en', NOW);
    if (!stop.ok) throw new Error(stop.error);
    expect(stop.value.history.at(-1)).toMatchObject({ change: 'stopped', dose: '5 ml', changedBy: 'Mum' });
    expect(await changeMedicine(child, b.value.id, { change: 'dose-changed', date: '2025-05-03', dose: '1', frequency: '1', changedBy: 'Mum', note: '' }, 'en', NOW))
      .toEqual({ ok: false, error: 'already-stopped', field: 'date' });
    const view = healthOf(child, NOW);
    expect(view.currentMedicines.map((m) => [m.entry.name, m.dose, m.changedBy])).toEqual([['Salbutamol', '4 puffs', 'Nurse Ali']]);
    expect(view.medicines.find((m) => m.name === 'Salbutamol')?.history.map((h) => h.change)).toEqual(['started', 'dose-changed']);
    // Editing the name leaves the history alone.
    const renamed = await saveMedicine(child, { ...med, name: 'Salbutamol inhaler', dose: 'ignored' }, 'en', a.value.id, NOW);
    expect(renamed.ok && renamed.value.history).toHaveLength(2);
  });

  it('records an immunisation against the schedule and shows what is due', async () => {
    expect(await saveImmunisation(child, { doseCode: 'other', givenOn: '2025-04-01', vaccineName: '', batch: '', where: '', note: '', sensitive: false }, 'en', undefined, NOW))
      .toEqual({ ok: false, error: 'required', field: 'vaccineName' });
    const ok = await saveImmunisation(child, { doseCode: '6in1-1', givenOn: '2025-03-29', vaccineName: '', batch: 'AB12', where: 'GP surgery', note: '', sensitive: false }, 'en', undefined, NOW);
    expect(ok.ok).toBe(true);
    const doses = Object.fromEntries(healthOf(child, NOW).doses.map((d) => [d.dose.code, d.state]));
    expect(doses['6in1-1']).toBe('given');
    // Bilal was added at about four months: a dose already overdue then is not recorded yet, not overdue.
    expect(doses['menb-1']).toBe('not-recorded');
    expect(doses['mmrv-1']).toBe('upcoming');
    // "Yes, all of them up to now": done before Family File.
    expect(await setEarlierHealth(child, 'sometimes' as never, NOW)).toEqual({ ok: false, error: 'invalid' });
    const answered = await setEarlierHealth(child, 'all-done', NOW);
    expect(answered.ok).toBe(true);
    const after = Object.fromEntries(healthOf(answered.ok ? answered.value : child, NOW).doses.map((d) => [d.dose.code, d.state]));
    expect(after['menb-1']).toBe('done-before');
    expect(after['6in1-1']).toBe('given');
  });

  it('growth: needs one measure, reads commas and Arabic digits, refuses nonsense', async () => {
    const g = { measuredOn: '2025-05-01', weightKg: '', heightCm: '', headCm: '', by: '', sensitive: false };
    expect(await saveGrowth(child, g, 'en', undefined, NOW)).toEqual({ ok: false, error: 'measure-needed', field: 'weightKg' });
    expect(await saveGrowth(child, { ...g, heightCm: 'tall' }, 'en', undefined, NOW)).toEqual({ ok: false, error: 'measure-not-number', field: 'heightCm' });
    expect(await saveGrowth(child, { ...g, weightKg: '700' }, 'en', undefined, NOW)).toEqual({ ok: false, error: 'measure-out-of-range', field: 'weightKg' });
    const ok = await saveGrowth(child, { ...g, weightKg: '٥٫٢', headCm: '39,5' }, 'en', undefined, NOW);
    expect(ok).toMatchObject({ ok: true, value: { weightKg: 5.2, headCm: 39.5 } });
    expect(parseMeasure('1.2.3')).toBeUndefined();
  });

  it('reviews, and delete then undo puts the entry back exactly', async () => {
    const r = await saveReview(child, { review: 'new-birth', doneOn: '2025-02-12', by: 'HV', outcome: 'All well', sensitive: false }, 'en', undefined, NOW);
    if (!r.ok) throw new Error(r.error);
    expect(healthOf(child, NOW).reviews.find((x) => x.review === 'new-birth')?.state).toBe('done');
    const gone = await deleteEntry(r.value.id);
    if (!gone.ok) throw new Error(gone.error);
    expect(recordStore.entry(r.value.id)).toBeUndefined();
    expect((await undoDelete(gone.value)).ok).toBe(true);
    expect(recordStore.entry(r.value.id)).toEqual(r.value);
  });
});
