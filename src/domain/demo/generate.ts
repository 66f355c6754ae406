// A deterministic demo family for learning the app, for tests and for benchmarks. All text is
// made up. The NHS numbers start with 999, the range kept for testing, so none is a real one.
import { addDays, addMonths, compareIso, isoDateTimeFromMs, type IsoDate, type IsoDateTime } from '../record/dates';
import type { ChildId, EntryId } from '../record/ids';
import type { Child, Entry, FamilyRecord, LocalText } from '../record/types';
import { createRng, type Rng } from './prng';
import { buildHealth } from './health';
import { buildSupport } from './support';
import { buildMilestones } from './milestones';
import { buildObservations } from './observations';

export interface DemoOptions {
  seed: number;
  /** Number of observations (default 60). Scales to thousands for benchmarks. */
  observations?: number;
  /** "Now" for the demo; every date is relative to it. */
  now: IsoDateTime;
}

/** Shared state for the section builders. */
export interface DemoContext {
  rng: Rng;
  now: IsoDateTime;
  today: IsoDate;
  nextId(kind: string): EntryId;
  stamp(date: IsoDate): IsoDateTime;
  en(text: string): LocalText;
}

export const DEMO_CHILD_IDS = { older: 'demo-child-yusuf' as ChildId, younger: 'demo-child-maya' as ChildId };

/** A valid NHS number in the 999 test range, from seeded digits. */
export function demoNhsNumber(rng: Rng): string {
  for (;;) {
    const digits = [9, 9, 9, ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return digits.join('') + String(check);
  }
}

export function generateDemoFamily(options: DemoOptions): FamilyRecord {
  const rng = createRng(options.seed);
  const now = options.now;
  const today = now.slice(0, 10) as IsoDate;
  const counters = new Map<string, number>();
  const ctx: DemoContext = {
    rng, now, today,
    nextId(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `demo-${kind}-${String(n).padStart(4, '0')}` as EntryId;
    },
    // Entries are written in the evening of the day they are about.
    stamp(date) {
      const t = Date.parse(`${date}T19:00:00Z`) + rng.int(0, 7200) * 1000;
      const capped = Math.min(t, Date.parse(now));
      return isoDateTimeFromMs(capped);
    },
    en: (text) => ({ text, lang: 'en' }),
  };

  const yusufDob = addDays(addMonths(today, -38), -rng.int(0, 20));
  const mayaDob = addDays(today, -rng.int(230, 260));
  const yusuf: Child = { id: DEMO_CHILD_IDS.older, name: 'Yusuf Rahman', preferredName: 'Yusuf', dob: yusufDob,
    gestationWeeks: 40, colour: '#2f6f9f', createdAt: ctx.stamp(addDays(yusufDob, 400)), updatedAt: now };
  const maya: Child = { id: DEMO_CHILD_IDS.younger, name: 'Maya Rahman', preferredName: 'Maya', dob: mayaDob,
    gestationWeeks: 33, colour: '#b5467a', createdAt: ctx.stamp(addDays(mayaDob, 30)), updatedAt: now };

  const entries: Entry[] = [
    ...buildPassports(ctx, yusuf, maya),
    ...buildHealth(ctx, yusuf, maya),
    ...buildSupport(ctx, yusuf, maya),
  ];
  const observations = buildObservations(ctx, yusuf, maya, options.observations ?? 60);
  entries.push(...observations, ...buildMilestones(ctx, yusuf, maya, observations));
  for (const e of entries) {
    if (compareIso(e.createdAt, now) > 0) e.createdAt = now;
    if (compareIso(e.updatedAt, e.createdAt) < 0) e.updatedAt = e.createdAt;
  }
  return { children: [yusuf, maya], entries };
}

function buildPassports(ctx: DemoContext, yusuf: Child, maya: Child): Entry[] {
  const at = (c: Child) => ctx.stamp(addDays(c.dob, 60));
  return [
    {
      id: ctx.nextId('passport'), kind: 'passport', childId: yusuf.id, createdAt: at(yusuf), updatedAt: ctx.now,
      nhsNumber: demoNhsNumber(ctx.rng), homeLanguages: ['ur', 'en'], communication: ['speech', 'makaton', 'gestures', 'pictures-pecs'],
      communicationNote: ctx.en('Uses single words and some two-word phrases, with Makaton signs. Understands more than he can say. Please face him when you speak.'),
      whatHelps: ctx.en('Get down to his level, say his name first, and keep background noise low. Show him a picture of what happens next.'),
      likes: ctx.en('Buses, bubbles, the farm book, splashing in the bath, his blue cup.'),
      dislikes: ctx.en('Hand dryers, crowded rooms, having his hair washed, waiting without knowing why.'),
      mustKnow: ctx.en('He wears hearing aids in both ears: check they are in and switched on. Egg allergy (hives and vomiting). He may not answer if he has not heard you; that is not him ignoring you.'),
      importantPeople: [
        { name: 'Sana Rahman', relationship: 'mother' },
        { name: 'Imran Rahman', relationship: 'father' },
        { name: 'Nasreen Begum', relationship: 'grandparent', note: { text: 'نانی، ہفتے میں تین دن دیکھ بھال کرتی ہیں', lang: 'ur' } },
        { name: 'Maya', relationship: 'sibling' },
      ],
    },
    {
      id: ctx.nextId('passport'), kind: 'passport', childId: maya.id, createdAt: at(maya), updatedAt: ctx.now,
      nhsNumber: demoNhsNumber(ctx.rng), homeLanguages: ['ur', 'en'], communication: ['sounds-babble', 'facial-expression', 'body-language'],
      whatHelps: ctx.en('Being held close and rocked. Gets tired quickly, so keep visits short.'),
      likes: ctx.en('Her brother\'s songs, the black and white book, warm baths.'),
      dislikes: ctx.en('Being laid flat straight after a feed.'),
      mustKnow: ctx.en('Born at 33 weeks and spent 4 weeks in the neonatal unit. Takes iron and vitamin drops. Use her corrected age when checking development.'),
      importantPeople: [{ name: 'Sana Rahman', relationship: 'mother' }, { name: 'Imran Rahman', relationship: 'father' }],
    },
  ];
}
