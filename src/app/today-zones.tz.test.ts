import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { milestonesFor, type ChildId } from '../domain/index';
import { makeTestVault } from '../vault/test-support';
import { deviceToday } from './clock';
import { addChildToFamily } from './family';
import { saveCondition } from './health';
import { emptyObservationForm, saveObservation } from './journal';
import { recordMilestoneStep } from './milestones';
import { saveNote } from './notes';
import { addChild } from './record';
import { recordStore, type StoredChild } from './record-store';
import { session } from './session';
import { emptyServiceForm, saveService } from './support';

// The date rules run on the device's own calendar. vitest.config.ts runs this file once per
// zone, in a process started with that TZ (what a phone in that place would have), at a
// moment when the local calendar day differs from UTC's.
const ZONES: Record<string, { now: number; today: string; tomorrow: string }> = {
  // 00:30 in Karachi (UTC+5) on the 15th is still 19:30 on the 14th in UTC.
  'Asia/Karachi': { now: Date.UTC(2026, 5, 14, 19, 30), today: '2026-06-15', tomorrow: '2026-06-16' },
  // 00:30 in Kiritimati (UTC+14) on the 15th is 10:30 on the 14th in UTC.
  'Pacific/Kiritimati': { now: Date.UTC(2026, 5, 14, 10, 30), today: '2026-06-15', tomorrow: '2026-06-16' },
  // 20:00 in Los Angeles (UTC-7 in summer) on the 14th is already 03:00 on the 15th in UTC.
  'America/Los_Angeles': { now: Date.UTC(2026, 5, 15, 3, 0), today: '2026-06-14', tomorrow: '2026-06-15' },
};
const tz = process.env.TZ ?? '';
const zone = ZONES[tz];
if (!zone) throw new Error(`today-zones: run under one of ${Object.keys(ZONES).join(', ')} (TZ is "${tz}")`);
const { now, today, tomorrow } = zone;

describe(`"today" under TZ=${tz}`, () => {
  let child: StoredChild;
  let childId: ChildId;

  beforeEach(async () => {
    session.setVault((await makeTestVault()).vault);
    const loaded = await recordStore.load();
    if (!loaded.ok) throw new Error(loaded.error);
    const added = await addChild({ name: 'Ayesha', dob: '2025-01-10' }, now);
    if (!added.ok) throw new Error(added.error);
    child = added.value;
    childId = child.id;
  });
  afterEach(() => session.lock('user'));

  it('the device calendar day is the local one, not UTC\'s', () => {
    expect(deviceToday(now)).toBe(today);
    expect(new Date(now).toISOString().slice(0, 10)).not.toBe(today);
  });

  it('a note dated local today is saved; local tomorrow is in the future', async () => {
    expect((await saveNote(childId, { date: today, text: 'Slept well', lang: 'ur' }, undefined, now)).ok).toBe(true);
    expect(await saveNote(childId, { date: tomorrow, text: 'Later', lang: 'ur' }, undefined, now))
      .toEqual({ ok: false, error: 'date-in-future', field: 'date' });
  });

  it('a service started local today is saved; one starting tomorrow is refused', async () => {
    const form = { ...emptyServiceForm('en'), serviceType: 'audiology' };
    expect((await saveService(childId, { ...form, start: today }, undefined, now)).ok).toBe(true);
    expect((await saveService(childId, { ...form, start: tomorrow }, undefined, now)).ok).toBe(false);
  });

  it('an observation, a milestone step and a condition dated local today are saved', async () => {
    const observation = await saveObservation(childId, { ...emptyObservationForm('pse', 'ur', new Date(now)), text: 'Waved bye-bye' }, undefined, new Date(now));
    expect(observation).toMatchObject({ ok: true, value: { date: today } });
    const code = milestonesFor('pse')[0]!.code;
    expect((await recordMilestoneStep(childId, { code, status: 'emerging', date: today }, new Date(now))).ok).toBe(true);
    expect((await saveCondition(child, { name: 'Eczema', diagnosedOn: today, note: '', sensitive: false }, 'en', undefined, now)).ok).toBe(true);
    expect((await saveCondition(child, { name: 'Eczema', diagnosedOn: tomorrow, note: '', sensitive: false }, 'en', undefined, now)).ok).toBe(false);
  });

  it('a child born local today can be added; one born tomorrow cannot', async () => {
    expect((await addChild({ name: 'Baby', dob: today }, now)).ok).toBe(true);
    expect((await addChildToFamily({ name: 'Baby 2', dob: today }, now)).ok).toBe(true);
    expect((await addChild({ name: 'Soon', dob: tomorrow }, now)).ok).toBe(false);
    expect(recordStore.children().map((c) => c.name)).toContain('Baby');
  });
});
