// Demo journal observations, built from phrase pools so any number reads varied.
import { addDays, compareIso, dayNumber, type IsoDate } from '../record/dates';
import { chronologicalAge } from '../record/age';
import { DEVELOPMENT_AREAS, type DevelopmentArea } from '../record/sections';
import type { Child, MilestoneCode, ObservationEntry, ObservationMark } from '../record/types';
import { bandForAge, milestonesFor } from '../milestones/catalogue';
import type { DemoContext } from './generate';
import { BABY_OBSERVATIONS, CONTEXTS, DETAILS, FOLLOW_UPS, OPENINGS, REFLECTIONS, SENSITIVE_OBSERVATION, SETTINGS, URDU_OBSERVATIONS } from './phrases';

function fill(template: string, child: Child): string {
  return template.replaceAll('{name}', child.preferredName ?? child.name);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Several sentences, about 600 bytes, in the parent's voice. */
function longText(ctx: DemoContext, child: Child, area: DevelopmentArea): string {
  const { rng } = ctx;
  const opening = fill(rng.pick(OPENINGS[area]), child);
  const firstDetail = rng.pick(DETAILS);
  let secondDetail = rng.pick(DETAILS);
  if (secondDetail === firstDetail) secondDetail = DETAILS[(DETAILS.indexOf(firstDetail) + 1) % DETAILS.length]!;
  const setting = rng.pick(SETTINGS);
  // Keep the name at the start of the opening sentence but introduce it with the setting.
  const first = `${setting}, ${opening.startsWith(child.preferredName ?? '') ? opening : lowerFirst(opening)}`;
  const reflection = rng.pick(REFLECTIONS);
  const secondReflection = REFLECTIONS[(REFLECTIONS.indexOf(reflection) + rng.int(1, REFLECTIONS.length - 1)) % REFLECTIONS.length]!;
  return [rng.pick(CONTEXTS), first, firstDetail, secondDetail, reflection, secondReflection, rng.pick(FOLLOW_UPS)].join(' ');
}

function pickMark(ctx: DemoContext): ObservationMark {
  const r = ctx.rng.next();
  return r < 0.25 ? 'celebration' : r < 0.4 ? 'concern' : 'none';
}

function milestoneNear(ctx: DemoContext, child: Child, area: DevelopmentArea, date: IsoDate): MilestoneCode[] {
  if (!ctx.rng.chance(0.2)) return [];
  const band = bandForAge(chronologicalAge(child, date).months);
  if (!band) return [];
  return [ctx.rng.pick(milestonesFor(area, band.code)).code];
}

export function buildObservations(ctx: DemoContext, older: Child, younger: Child, count: number): ObservationEntry[] {
  const { rng, today } = ctx;
  const out: ObservationEntry[] = [];
  const olderFrom = Math.max(dayNumber(addDays(older.dob, 540)), dayNumber(today) - 540);
  const youngerFrom = dayNumber(addDays(younger.dob, 14));
  const span = (from: number) => Math.max(0, dayNumber(today) - from);
  for (let i = 0; i < count; i++) {
    const forYounger = i % 7 === 6;
    const child = forYounger ? younger : older;
    const from = forYounger ? youngerFrom : olderFrom;
    const date = addDays(today, -rng.int(0, span(from)));
    const id = ctx.nextId('obs');
    const base = { id, kind: 'observation' as const, childId: child.id, createdAt: ctx.stamp(date), updatedAt: ctx.stamp(date), photos: [] };
    if (forYounger) {
      const baby = rng.pick(BABY_OBSERVATIONS);
      out.push({ ...base, area: baby.area, date, text: ctx.en(fill(baby.text, child)), mark: pickMark(ctx),
        milestoneCodes: milestoneNear(ctx, child, baby.area, date) });
      continue;
    }
    const area = rng.pick(DEVELOPMENT_AREAS);
    if (i === 3) {
      // One clearly sensitive note, so the demo can practise leaving it out of a share.
      out.push({ ...base, area: 'pse', date, text: ctx.en(fill(SENSITIVE_OBSERVATION, child)), mark: 'concern', sensitive: true, milestoneCodes: [] });
      continue;
    }
    const inUrdu = rng.chance(0.08);
    const text = inUrdu ? { text: fill(rng.pick(URDU_OBSERVATIONS), child), lang: 'ur' } : ctx.en(longText(ctx, child, area));
    const entry: ObservationEntry = { ...base, area, date, text, mark: pickMark(ctx), milestoneCodes: milestoneNear(ctx, child, area, date) };
    if (rng.chance(0.03)) entry.sensitive = true;
    out.push(entry);
  }
  return out.sort((a, b) => compareIso(a.date, b.date));
}
