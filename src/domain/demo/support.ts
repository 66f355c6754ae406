// Demo support history, received notes, appointments (with a crowded week and a clash) and private notes.
import { addDays, addMonths, compareIso, isoDateTimeFromMs, type IsoDate, type IsoDateTime } from '../record/dates';
import type { AppointmentReason, ProfessionalRole, ServiceType } from '../record/codes';
import type { Child, Entry, Professional } from '../record/types';
import type { DemoContext } from './generate';
import { PRIVATE_NOTES } from './phrases';

interface ServiceSpec {
  type: ServiceType;
  who: [string, ProfessionalRole, string];
  referral?: number;
  start: number;
  end?: number;
  outcome?: string;
  plans?: string[];
  sensitive?: boolean;
}

const YUSUF_SERVICES: ServiceSpec[] = [
  { type: 'health-visiting', who: ['Claire Dawson', 'health-visitor', 'Oakfield Health Visiting Team'], start: 0 },
  { type: 'audiology', who: ['Dr Farah Khan', 'audiologist', 'Children\'s Hearing Service, City Hospital'], referral: 17, start: 19,
    outcome: 'Moderate hearing loss in both ears. Hearing aids fitted; reviewed every three months.' },
  { type: 'sensory-support', who: ['Mark Davies', 'teacher-of-deaf', 'Sensory Support Service'], referral: 20, start: 21,
    plans: ['Radio aid at nursery; monthly visits at home and nursery.'] },
  { type: 'speech-language-therapy', who: ['Tom Evans', 'speech-language-therapist', 'Children\'s Therapy Team'], referral: 26, start: 29,
    plans: ['Therapy plan: single words and signs at mealtimes; choices with pictures; six-week block, then review.'] },
  { type: 'paediatrics', who: ['Dr Grace Okafor', 'paediatrician', 'Child Development Centre'], referral: 26, start: 28 },
  { type: 'portage', who: ['Helen Price', 'portage-worker', 'Portage Service'], referral: 27, start: 29,
    plans: ['Fortnightly home visits; play-based goals for turn-taking and listening.'] },
  { type: 'nursery', who: ['Jade Wilson', 'nursery-key-person', 'Little Acorns Nursery'], start: 30 },
  { type: 'send-ehc', who: ['Priya Shah', 'senco', 'Little Acorns Nursery'], referral: 36, start: 36,
    plans: ['Request for an EHC needs assessment sent with parent views attached.'] },
];

const MAYA_SERVICES: ServiceSpec[] = [
  { type: 'hospital-specialist', who: ['Dr Alan Hughes', 'paediatrician', 'Neonatal Follow-up Clinic'], start: 1 },
  { type: 'physiotherapy', who: ['Rosa Lima', 'physiotherapist', 'Neonatal Physiotherapy'], referral: 2, start: 3,
    plans: ['Tummy time three times a day; review at six months corrected.'] },
  { type: 'health-visiting', who: ['Claire Dawson', 'health-visitor', 'Oakfield Health Visiting Team'], start: 1 },
];

function clampDate(d: IsoDate, today: IsoDate): IsoDate {
  return compareIso(d, today) > 0 ? today : d;
}

export function buildSupport(ctx: DemoContext, yusuf: Child, maya: Child): Entry[] {
  const out: Entry[] = [];
  const serviceIds = new Map<ServiceType, Entry['id']>();
  for (const [child, specs] of [[yusuf, YUSUF_SERVICES], [maya, MAYA_SERVICES]] as const) {
    for (const s of specs) {
      const start = clampDate(addMonths(child.dob, s.start), ctx.today);
      const professional: Professional = { name: s.who[0], role: s.who[1], organisation: s.who[2] };
      const e: Entry = { id: ctx.nextId('service'), kind: 'service', childId: child.id, createdAt: ctx.stamp(start), updatedAt: ctx.stamp(start),
        serviceType: s.type, professional, start, plans: (s.plans ?? []).map(ctx.en), documents: [] };
      if (s.referral !== undefined) e.referralDate = clampDate(addMonths(child.dob, s.referral), ctx.today);
      if (s.outcome) e.outcome = ctx.en(s.outcome);
      if (s.sensitive) e.sensitive = true;
      if (child === yusuf) serviceIds.set(s.type, e.id);
      out.push(e);
    }
  }

  const noteDay = addDays(ctx.today, -20);
  out.push({ id: ctx.nextId('note'), kind: 'received-note', childId: yusuf.id, createdAt: ctx.stamp(noteDay), updatedAt: ctx.stamp(noteDay),
    noteKind: 'visit-summary', from: { name: 'Tom Evans', role: 'speech-language-therapist', organisation: 'Children\'s Therapy Team' },
    receivedAt: ctx.stamp(noteDay), serviceId: serviceIds.get('speech-language-therapy'),
    text: ctx.en('Yusuf used 14 different words and 6 signs in the session. He responds well to choices with pictures. Please keep modelling two-word phrases at home. Next block starts after the review.') });

  out.push(...buildAppointments(ctx, yusuf, maya));
  PRIVATE_NOTES.slice(0, 3).forEach((text, i) => {
    const date = addDays(ctx.today, -(10 + i * 37));
    out.push({ id: ctx.nextId('private'), kind: 'private-note', childId: yusuf.id, createdAt: ctx.stamp(date), updatedAt: ctx.stamp(date),
      sensitive: true, date, text: ctx.en(text) });
  });
  return out;
}

function at(day: IsoDate, hhmm: string): IsoDateTime {
  return `${day}T${hhmm}:00.000Z` as IsoDateTime;
}

function buildAppointments(ctx: DemoContext, yusuf: Child, maya: Child): Entry[] {
  const list: [Child, number, string, number, string, string, AppointmentReason, string?][] = [
    // Past
    [yusuf, -75, '10:00', 60, 'Dr Farah Khan', 'City Hospital, Audiology', 'hearing-test'],
    [yusuf, -41, '14:00', 45, 'Tom Evans', 'Oakfield Children\'s Centre', 'therapy-session'],
    [maya, -33, '09:30', 30, 'Dr Alan Hughes', 'City Hospital, Neonatal Follow-up Clinic', 'review'],
    [yusuf, -12, '11:00', 60, 'Dr Grace Okafor', 'Child Development Centre', 'assessment'],
    // A crowded week ahead, with a clash on the first day.
    [yusuf, 5, '09:30', 60, 'Dr Farah Khan', 'City Hospital, Audiology, Clinic 4', 'hearing-test', 'Bring both hearing aids and the spare batteries.'],
    [yusuf, 5, '10:00', 45, 'Tom Evans', 'Oakfield Children\'s Centre', 'therapy-session'],
    [maya, 6, '13:30', 30, 'Rosa Lima', 'Neonatal Physiotherapy, City Hospital', 'review'],
    [yusuf, 7, '11:00', 60, 'Dr Grace Okafor', 'Child Development Centre', 'follow-up', 'Ask about the sleep problems; bring the diary.'],
    [yusuf, 8, '09:00', 90, 'Priya Shah and team', 'Little Acorns Nursery', 'planning-meeting', 'EHC planning: bring parent views form.'],
    [yusuf, 8, '15:00', 60, 'Helen Price', 'Home', 'home-visit'],
    [maya, 21, '10:15', 20, 'Claire Dawson', 'Oakfield Surgery', 'health-review'],
  ];
  return list.map(([child, dayOffset, time, minutes, who, where, reason, note]) => {
    const day = addDays(ctx.today, dayOffset);
    const start = at(day, time);
    const end = isoDateTimeFromMs(Date.parse(start) + minutes * 60_000);
    const made = dayOffset < 0 ? ctx.stamp(addDays(day, -14)) : ctx.stamp(addDays(ctx.today, -3));
    const e: Entry = { id: ctx.nextId('appt'), kind: 'appointment', childId: child.id, createdAt: made, updatedAt: made,
      start, end, who, where, reason };
    if (note) e.note = ctx.en(note);
    return e;
  });
}
