import { describe, expect, it } from 'vitest';
import { DEMO_CHILD_IDS, generateDemoFamily } from './generate';
import { asIsoDateTime, compareIso, type IsoDate } from '../record/dates';
import { isValidId } from '../record/ids';
import { validateEntryDate, validateNhsNumber } from '../record/validate';
import { currentMedicines } from '../record/medications';
import { chronologicalAge, isPremature } from '../record/age';
import { findClashes, groupByDay } from '../appointments/appointments';
import { immunisationStatus } from '../health/immunisations';
import { progressForArea } from '../milestones/progress';
import { milestoneByCode } from '../milestones/catalogue';
import type { Entry } from '../record/types';

const now = asIsoDateTime('2026-03-10T09:00:00.000Z');
const today = now.slice(0, 10) as IsoDate;
const family = generateDemoFamily({ seed: 7, now });
const [older, younger] = family.children;

/** Every date in an entry that is about the past (appointments may be in the future). */
function pastDates(e: Entry): string[] {
  switch (e.kind) {
    case 'observation': case 'private-note': return [e.date];
    case 'immunisation': return [e.givenOn];
    case 'growth': return [e.measuredOn];
    case 'health-review': return [e.doneOn];
    case 'medication': return e.history.map((h) => h.date);
    case 'milestone': return e.history.map((h) => h.date);
    case 'service': return [e.referralDate, e.start, e.end].filter((d): d is IsoDate => d !== undefined);
    case 'condition': return e.diagnosedOn ? [e.diagnosedOn] : [];
    case 'allergy': return e.notedOn ? [e.notedOn] : [];
    default: return [];
  }
}

describe('generateDemoFamily', () => {
  it('is deterministic for a seed and different for another', () => {
    expect(generateDemoFamily({ seed: 7, now })).toEqual(family);
    expect(generateDemoFamily({ seed: 8, now })).not.toEqual(family);
  });

  it('has an older child of about three and a sibling born at 33 weeks', () => {
    expect(family.children.map((c) => c.id)).toEqual([DEMO_CHILD_IDS.older, DEMO_CHILD_IDS.younger]);
    expect(chronologicalAge(older!, today).months).toBeGreaterThanOrEqual(37);
    expect(chronologicalAge(older!, today).months).toBeLessThanOrEqual(39);
    expect(younger!.gestationWeeks).toBe(33);
    expect(isPremature(younger!)).toBe(true);
  });

  it('every entry is well formed: unique ids, a known child, dates between birth and today, valid NHS numbers', () => {
    const ids = family.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isValidId)).toBe(true);
    for (const e of family.entries) {
      const child = family.children.find((c) => c.id === e.childId);
      expect(child, e.id).toBeDefined();
      for (const date of pastDates(e)) expect(validateEntryDate(date, { today, dob: child!.dob }), `${e.id} ${date}`).toEqual({ ok: true, value: date });
      expect(compareIso(e.createdAt, e.updatedAt)).toBeLessThanOrEqual(0);
      expect(compareIso(e.updatedAt, now)).toBeLessThanOrEqual(0);
      if (e.kind === 'passport') expect(validateNhsNumber(e.nhsNumber ?? '').ok).toBe(true);
      if (e.kind === 'milestone') {
        expect(milestoneByCode(e.code)).toBeDefined();
        const dates = e.history.map((h) => h.date);
        expect([...dates].sort()).toEqual(dates);
      }
    }
  });

  it('holds the story: services, a medicine with dose changes, a crowded week with a clash, sensitive and private entries', () => {
    const services = new Set(family.entries.filter((e) => e.kind === 'service' && e.childId === older!.id).map((e) => e.kind === 'service' && e.serviceType));
    for (const t of ['audiology', 'speech-language-therapy', 'health-visiting', 'nursery', 'paediatrics', 'portage']) expect(services).toContain(t);
    const meds = currentMedicines(family.entries, { childId: older!.id });
    expect(meds.some((m) => m.entry.history.some((h) => h.change === 'dose-changed'))).toBe(true);
    const appts = family.entries.filter((e) => e.kind === 'appointment');
    expect(findClashes(appts).length).toBeGreaterThanOrEqual(1);
    const upcomingDays = groupByDay(appts.filter((a) => a.start > now), 'UTC');
    expect(upcomingDays.slice(0, 4).reduce((n, d) => n + d.appointments.length, 0)).toBeGreaterThanOrEqual(6);
    expect(family.entries.filter((e) => e.kind === 'observation')).toHaveLength(60);
    expect(family.entries.some((e) => e.kind === 'observation' && e.sensitive)).toBe(true);
    expect(family.entries.some((e) => e.kind === 'observation' && e.text.lang === 'ur')).toBe(true);
    expect(family.entries.filter((e) => e.kind === 'private-note').length).toBeGreaterThanOrEqual(3);
  });

  it('immunisations are up to date and communication is the area with most overdue milestones', () => {
    for (const child of family.children) {
      expect(immunisationStatus(child, family.entries, today).filter((s) => s.state === 'overdue')).toEqual([]);
    }
    const comm = progressForArea(older!, family.entries, 'communication', today);
    const phys = progressForArea(older!, family.entries, 'physical', today);
    expect(comm.overdue.length).toBeGreaterThan(phys.overdue.length);
    expect(comm.achieved.length).toBeGreaterThan(0);
    const baby = progressForArea(younger!, family.entries, 'physical', today);
    expect(baby.basis).toBe('corrected');
  });

  it('scales to 5,000 observations of about 600 bytes', () => {
    const big = generateDemoFamily({ seed: 1, now, observations: 5000 });
    const obs = big.entries.filter((e) => e.kind === 'observation');
    expect(obs).toHaveLength(5000);
    const encoder = new TextEncoder();
    const olderObs = obs.filter((o) => o.childId === DEMO_CHILD_IDS.older && o.text.lang === 'en');
    const mean = olderObs.reduce((n, o) => n + encoder.encode(o.text.text).length, 0) / olderObs.length;
    expect(mean).toBeGreaterThan(450);
    expect(mean).toBeLessThan(800);
    expect(new Set(olderObs.map((o) => o.text.text)).size).toBeGreaterThan(olderObs.length * 0.98);
  });
});
