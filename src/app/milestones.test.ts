import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, makeTestVault } from '../vault/test-support';
import type { ChildId } from '../domain/index';
import { emptyObservationForm, saveObservation } from './journal';
import { areaProgress, catalogueByBand, catalogueForChild, milestoneRecords, recordMilestoneStep, statusOf, undoLastStep } from './milestones';
import { addChild } from './record';
import { recordStore } from './record-store';
import { session } from './session';

const NOW = new Date(2025, 5, 15, 10, 0);
let childId: ChildId;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  expectOk(await recordStore.load());
  childId = expectOk(await addChild({ name: 'Ola', dob: '2024-01-10' }, NOW.getTime())).id;
});
afterEach(() => session.lock('user'));

describe('the milestone picker', () => {
  it("puts the band of the child's age first, then every other band in order", () => {
    const child = recordStore.child(childId)!; // born 2024-01-10: 17 months on 2025-06-15
    const groups = catalogueForChild(child, 'physical', NOW);
    expect(groups[0]).toMatchObject({ now: true, band: { code: '12-18' } });
    expect(groups.filter((g) => g.now)).toHaveLength(1);
    expect(groups.slice(1).map((g) => g.band.code)).toEqual(catalogueByBand('physical').map((g) => g.band.code).filter((c) => c !== '12-18'));
  });
});

describe('recording milestone steps', () => {
  it('goes emerging → developing → achieved and keeps the history', async () => {
    const code = 'cl-12-18-02';
    expectOk(await recordMilestoneStep(childId, { code, status: 'emerging', date: '2025-02-01' }, NOW));
    expectOk(await recordMilestoneStep(childId, { code, status: 'developing', date: '2025-04-01' }, NOW));
    const done = expectOk(await recordMilestoneStep(childId, { code, status: 'achieved', date: '2025-06-01' }, NOW));
    expect(done.history.map((s) => s.status)).toEqual(['emerging', 'developing', 'achieved']);
    expect(recordStore.entries('milestone', childId)).toHaveLength(1);
    expect(statusOf(milestoneRecords(childId).get(code))).toBe('achieved');
  });

  it('refuses bad dates, repeats, steps back in time and unknown codes', async () => {
    const code = 'pd-12-18-01';
    expect(await recordMilestoneStep(childId, { code, status: 'achieved', date: '2025-07-01' }, NOW)).toEqual({ ok: false, error: 'date-in-future' });
    expect(await recordMilestoneStep(childId, { code, status: 'achieved', date: '2023-07-01' }, NOW)).toEqual({ ok: false, error: 'date-before-birth' });
    expect(await recordMilestoneStep(childId, { code: 'xx-1-2-03', status: 'achieved', date: '2025-01-01' }, NOW)).toEqual({ ok: false, error: 'unknown-milestone' });
    expectOk(await recordMilestoneStep(childId, { code, status: 'developing', date: '2025-05-01' }, NOW));
    expect(await recordMilestoneStep(childId, { code, status: 'developing', date: '2025-05-02' }, NOW)).toEqual({ ok: false, error: 'same-status' });
    expect(await recordMilestoneStep(childId, { code, status: 'achieved', date: '2025-04-01' }, NOW)).toEqual({ ok: false, error: 'step-before-last' });
  });

  it('links an observation of the same child, and refuses one that is not there', async () => {
    const obs = expectOk(await saveObservation(childId, { ...emptyObservationForm('communication', 'en', NOW), text: 'Waved' }, undefined, NOW));
    const linked = expectOk(await recordMilestoneStep(childId, { code: 'cl-6-12-01', status: 'achieved', date: '2025-06-15', observationId: obs.id }, NOW));
    expect(linked.history[0]).toEqual({ status: 'achieved', date: '2025-06-15', observationId: obs.id });
    expect(await recordMilestoneStep(childId, { code: 'cl-6-12-02', status: 'achieved', date: '2025-06-15', observationId: 'gone' }, NOW))
      .toEqual({ ok: false, error: 'not-found' });
  });

  it('takes back the last step, and removes a record with none left', async () => {
    const code = 'pse-12-18-01';
    expectOk(await recordMilestoneStep(childId, { code, status: 'emerging', date: '2025-05-01' }, NOW));
    expectOk(await recordMilestoneStep(childId, { code, status: 'achieved', date: '2025-06-01' }, NOW));
    expect(expectOk(await undoLastStep(childId, code, NOW))?.history.map((s) => s.status)).toEqual(['emerging']);
    expect(expectOk(await undoLastStep(childId, code, NOW))).toBeUndefined();
    expect(milestoneRecords(childId).size).toBe(0);
  });
});

describe('progress', () => {
  it('groups the catalogue by band in age order', () => {
    const groups = catalogueByBand('physical');
    expect(groups.map((g) => g.band.code)).toEqual(['0-3', '3-6', '6-12', '12-18', '18-24', '24-36', '36-48', '48-60']);
    expect(groups.every((g) => g.items.every((i) => i.area === 'physical' && i.band.code === g.band.code))).toBe(true);
  });

  it('shows achieved and next at chronological age for a term baby, and earlier bands as not recorded yet (added at 17 months)', async () => {
    // Born 2024-01-10; on 2025-06-15 the child is 17 months: band 12-18.
    expectOk(await recordMilestoneStep(childId, { code: 'cl-12-18-01', status: 'achieved', date: '2025-06-01' }, NOW));
    const { progress, age } = areaProgress(recordStore.child(childId)!, 'communication', NOW);
    expect(age).toMatchObject({ basis: 'chronological', months: 17 });
    expect(progress.currentBand?.code).toBe('12-18');
    expect(progress.achieved.map((a) => a.item.code)).toEqual(['cl-12-18-01']);
    expect(progress.next.map((i) => i.code)).not.toContain('cl-12-18-01');
    expect(progress.next.every((i) => i.band.code === '12-18')).toBe(true);
    // The child was added at 17 months: the 6–12 month items were already past then.
    expect(progress.notRecorded.some((i) => i.band.code === '6-12')).toBe(true);
    expect(progress.overdue).toEqual([]);
    expect(progress.notRecorded.some((i) => i.band.code === '12-18')).toBe(false);
  });

  it('uses corrected age for a premature baby under two', async () => {
    const early = expectOk(await addChild({ name: 'Tiny', dob: '2024-09-01', gestationWeeks: 28 }, NOW.getTime()));
    const { progress, age } = areaProgress(early, 'physical', NOW);
    // 9 months old, 12 weeks early: judged at 6 months corrected.
    expect(age).toMatchObject({ basis: 'corrected', correctionWeeks: 12 });
    expect(age.chronological.months).toBe(9);
    expect(age.months).toBe(6);
    expect(progress.currentBand?.code).toBe('6-12');
  });
});
