// Demo milestone records: the older child is behind in communication (hearing loss and speech
// delay) and about on track elsewhere; the baby is judged by corrected age.
import { addDays, addMonths, compareIso, type IsoDate } from '../record/dates';
import { developmentalAge, dueDate } from '../record/age';
import { DEVELOPMENT_AREAS, type DevelopmentArea } from '../record/sections';
import type { Child, Entry, MilestoneEntry, MilestoneStep, ObservationEntry } from '../record/types';
import { milestonesFor, type MilestoneItem } from '../milestones/catalogue';
import type { DemoContext } from './generate';

/** Months of delay to apply when choosing what is achieved, per area. */
const OLDER_DELAY: Readonly<Record<DevelopmentArea, number>> = { communication: 16, physical: 0, pse: 2 };

export function buildMilestones(ctx: DemoContext, older: Child, younger: Child, observations: readonly ObservationEntry[]): Entry[] {
  const linked = new Map<string, ObservationEntry>();
  for (const o of observations) for (const code of o.milestoneCodes) if (!linked.has(`${o.childId}:${code}`)) linked.set(`${o.childId}:${code}`, o);
  const out: MilestoneEntry[] = [];
  for (const child of [older, younger]) {
    const age = developmentalAge(child, ctx.today).months;
    const start = child === younger ? dueDate(child) : child.dob;
    for (const area of DEVELOPMENT_AREAS) {
      const delay = child === older ? OLDER_DELAY[area] : 0;
      for (const item of milestonesFor(area)) {
        const steps = stepsFor(ctx, item, start, age - delay, linked.get(`${child.id}:${item.code}`));
        if (steps.length === 0) continue;
        const last = steps.at(-1)!;
        out.push({ id: ctx.nextId('milestone'), kind: 'milestone', childId: child.id, createdAt: ctx.stamp(steps[0]!.date),
          updatedAt: ctx.stamp(last.date), code: item.code, area: item.area, history: steps });
      }
    }
  }
  return out;
}

/** Steps for one item given the child's "effective" age in months (age minus any delay). */
function stepsFor(ctx: DemoContext, item: MilestoneItem, start: IsoDate, effectiveMonths: number, link?: ObservationEntry): MilestoneStep[] {
  const { rng, today } = ctx;
  const clamp = (d: IsoDate): IsoDate => (compareIso(d, today) > 0 ? today : compareIso(d, start) < 0 ? start : d);
  const bandStart = addMonths(start, item.band.fromMonths);
  const spanDays = (item.band.toMonths - item.band.fromMonths) * 30;
  const achievedOn = clamp(addDays(bandStart, rng.int(Math.floor(spanDays / 3), spanDays)));
  const emergedOn = clamp(addDays(achievedOn, -rng.int(14, 60)));
  if (effectiveMonths >= item.band.toMonths) {
    const achieved: MilestoneStep = { status: 'achieved', date: achievedOn };
    if (link && compareIso(link.date, emergedOn) >= 0) {
      achieved.date = link.date;
      achieved.observationId = link.id;
    }
    return rng.chance(0.5) ? [{ status: 'emerging', date: emergedOn }, achieved] : [achieved];
  }
  if (effectiveMonths >= item.band.fromMonths) {
    const r = rng.next();
    if (r < 0.35) return [{ status: 'emerging', date: clamp(addDays(today, -rng.int(10, 60))) }];
    if (r < 0.6) return [{ status: 'emerging', date: clamp(addDays(today, -rng.int(40, 90))) }, { status: 'developing', date: clamp(addDays(today, -rng.int(1, 30))) }];
  }
  return [];
}
