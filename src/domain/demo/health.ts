// Demo health section: conditions, an allergy, medicines with change history, immunisations, growth, reviews.
import { addDays, addMonths, compareIso, type IsoDate } from '../record/dates';
import { dueDateOf, SCHEDULES, scheduleIdFor } from '../health/schedule';
import type { Child, Entry, MedicationChange } from '../record/types';
import type { DemoContext } from './generate';

function notAfter(date: IsoDate, today: IsoDate): IsoDate {
  return compareIso(date, today) > 0 ? today : date;
}

export function buildHealth(ctx: DemoContext, yusuf: Child, maya: Child): Entry[] {
  const { rng, today } = ctx;
  const out: Entry[] = [];
  const base = (child: Child, date: IsoDate) => ({ id: ctx.nextId('health'), childId: child.id, createdAt: ctx.stamp(date), updatedAt: ctx.stamp(date) });
  const y = (months: number) => notAfter(addMonths(yusuf.dob, months), today);
  const m = (days: number) => notAfter(addDays(maya.dob, days), today);

  out.push({ ...base(yusuf, y(20)), kind: 'condition', diagnosedOn: y(20),
    name: ctx.en('Permanent moderate hearing loss in both ears (sensorineural)'),
    note: ctx.en('Found after he did not react to sounds at nursery. Hearing aids fitted at 21 months.') });
  out.push({ ...base(yusuf, y(27)), kind: 'condition', diagnosedOn: y(27), name: ctx.en('Speech and language delay') });
  out.push({ ...base(maya, m(3)), kind: 'condition', diagnosedOn: m(3), name: ctx.en('Born early at 33 weeks; anaemia of prematurity'),
    note: ctx.en('Four weeks in the neonatal unit. Iron until the dietitian says to stop.') });
  out.push({ ...base(yusuf, y(8)), kind: 'allergy', allergen: 'egg', reactions: ['hives-rash', 'vomiting'], severity: 'moderate',
    notedOn: y(8), note: ctx.en('Reacted to scrambled egg. Baked egg in cake is fine now, according to the allergy clinic.') });

  const line = (date: IsoDate, change: MedicationChange['change'], dose: string, frequency: string, changedBy: string): MedicationChange =>
    ({ date, change, dose, frequency, changedBy });
  out.push({ ...base(yusuf, y(26)), kind: 'medication', name: 'Salbutamol inhaler with spacer', reason: ctx.en('Wheeze with colds'),
    history: [
      line(y(26), 'started', '2 puffs', 'when needed, up to every 4 hours', 'Dr Patel (GP)'),
      line(y(30), 'dose-changed', '4 puffs', 'when needed, up to every 4 hours', 'Dr Okafor (paediatrician)'),
      line(y(34), 'dose-changed', '2 puffs', 'when needed', 'Dr Patel (GP)'),
    ] });
  out.push({ ...base(yusuf, y(31)), kind: 'medication', name: 'Amoxicillin', reason: ctx.en('Ear infection'),
    history: [line(y(31), 'started', '5 ml', 'three times a day', 'Dr Patel (GP)'),
      line(notAfter(addDays(y(31), 7), today), 'stopped', '5 ml', 'three times a day', 'Course finished')] });
  out.push({ ...base(maya, m(28)), kind: 'medication', name: 'Iron drops (sodium feredetate)', reason: ctx.en('Born early; low iron'),
    history: [line(m(28), 'started', '1 ml', 'twice a day', 'Neonatal team'),
      line(m(120), 'dose-changed', '2 ml', 'twice a day', 'Neonatal dietitian')] });
  out.push({ ...base(maya, m(28)), kind: 'medication', name: 'Multivitamin drops', reason: ctx.en('Born early'),
    history: [line(m(28), 'started', '0.3 ml', 'once a day', 'Neonatal team'), line(m(180), 'dose-changed', '0.6 ml', 'once a day', 'Health visitor')] });

  for (const child of [yusuf, maya]) {
    for (const dose of SCHEDULES[scheduleIdFor(child.dob)]) {
      const due = dueDateOf(child.dob, dose);
      if (compareIso(addDays(due, 5), today) > 0) continue;
      const givenOn = notAfter(addDays(due, rng.int(0, 9)), today);
      out.push({ ...base(child, givenOn), kind: 'immunisation', doseCode: dose.code, givenOn, where: 'Oakfield Surgery' });
    }
  }

  // Growth: Yusuf every three months from 12 months, Maya monthly from birth.
  for (let mo = 12; compareIso(addMonths(yusuf.dob, mo), today) <= 0; mo += 3) {
    const on = addMonths(yusuf.dob, mo);
    out.push({ ...base(yusuf, on), kind: 'growth', measuredOn: on, weightKg: round1(9.6 + (mo - 12) * 0.18 + rng.next() * 0.4),
      heightCm: round1(75 + (mo - 12) * 0.8 + rng.next()), by: 'Health visitor' });
  }
  for (let day = 0; compareIso(addDays(maya.dob, day), today) <= 0; day += 30) {
    const on = addDays(maya.dob, day);
    out.push({ ...base(maya, on), kind: 'growth', measuredOn: on, weightKg: round1(1.9 + day * 0.022 + rng.next() * 0.1),
      headCm: round1(30 + day * 0.045), by: day === 0 ? 'Neonatal unit' : 'Health visitor' });
  }

  const review = (child: Child, code: 'new-birth' | 'six-to-eight-weeks' | 'one-year' | 'two-years', on: IsoDate, outcome?: string) => {
    if (compareIso(on, today) > 0) return;
    const e: Entry = { ...base(child, on), kind: 'health-review', review: code, doneOn: on, by: 'Claire Dawson, health visitor' };
    if (outcome) e.outcome = ctx.en(outcome);
    out.push(e);
  };
  review(yusuf, 'new-birth', addDays(yusuf.dob, 12));
  review(yusuf, 'six-to-eight-weeks', addDays(yusuf.dob, 47));
  review(yusuf, 'one-year', addMonths(yusuf.dob, 11));
  review(yusuf, 'two-years', addMonths(yusuf.dob, 26), 'Speech below expected range (ASQ). Referred to speech and language therapy.');
  review(maya, 'new-birth', addDays(maya.dob, 31), 'Visit after discharge from the neonatal unit.');
  review(maya, 'six-to-eight-weeks', addDays(maya.dob, 52));
  return out;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
