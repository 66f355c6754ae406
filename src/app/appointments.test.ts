import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, asIsoDate, asIsoDateTime, type ChildId } from '../domain/index';
import { makeTestVault } from '../vault/test-support';
import {
  appointmentOverview, appointmentsIcs, appointmentToForm, deleteAppointment, dueItemIcs, dueSoon, emptyAppointmentForm,
  localInstant, localParts, restoreAppointment, saveAppointment, validateAppointmentForm, type AppointmentForm,
} from './appointments';
import { addChild } from './record';
import { recordStore, type StoredChild } from './record-store';
import { session } from './session';

const NOW = Date.parse('2025-06-10T12:00:00Z');
const DOB = asIsoDate('2023-02-01');
let child: StoredChild;
let sibling: ChildId;

beforeEach(async () => {
  session.setVault((await makeTestVault()).vault);
  const c = await addChild({ name: 'Yusuf', dob: DOB }, NOW);
  const s = await addChild({ name: 'Maya', dob: '2025-01-01' }, NOW);
  if (!c.ok || !s.ok) throw new Error('addChild failed');
  child = c.value;
  sibling = s.value.id;
});
afterEach(() => session.lock('user'));

const form = (over: Partial<AppointmentForm> = {}): AppointmentForm => ({
  ...emptyAppointmentForm('en'), date: '2025-06-12', startTime: '09:00', endTime: '10:00', reason: 'hearing-test',
  who: 'Dr Khan', where: 'City Hospital, Clinic 4', ...over,
});

describe('validateAppointmentForm', () => {
  it.each([
    [{ endTime: '08:30' }, 'end-before-start', 'endTime'],
    [{ endTime: '09:00' }, 'end-before-start', 'endTime'],
    [{ date: '2023-01-31' }, 'date-before-birth', 'date'],
    [{ date: '' }, 'required', 'date'],
    [{ date: '2025-02-30' }, 'invalid-date', 'date'],
    [{ startTime: '25:00' }, 'invalid-time', 'startTime'],
    [{ endTime: '' }, 'required', 'endTime'],
    [{ reason: '' }, 'required', 'reason'],
    [{ note: 'x'.repeat(1_000_000) }, 'text-too-long', 'note'],
  ] as const)('refuses %j with %s on %s', (over, error, field) => {
    expect(validateAppointmentForm(form(over), DOB)).toEqual({ ok: false, error, field });
  });

  it('accepts a future appointment and keeps local times through a round trip', () => {
    const r = validateAppointmentForm(form({ date: '2027-11-30', startTime: '23:15', endTime: '23:45', note: 'Bring the red book' }), DOB);
    if (!r.ok) throw new Error(r.error);
    expect(localParts(r.value.start)).toEqual({ date: '2027-11-30', time: '23:15' });
    expect(localParts(r.value.end)).toEqual({ date: '2027-11-30', time: '23:45' });
    expect(r.value.note).toEqual({ text: 'Bring the red book', lang: 'en' });
    const again = localInstant(asIsoDate('2027-11-30'), '23:15');
    expect(again).toEqual({ ok: true, value: r.value.start });
  });
});

describe('appointments in the store', () => {
  it('lists upcoming and past by day, and shows clashes, a sibling\'s too', async () => {
    const a = await saveAppointment(child.id, form(), undefined, NOW);
    const b = await saveAppointment(child.id, form({ startTime: '09:30', endTime: '11:00', reason: 'therapy-session' }), undefined, NOW);
    const c = await saveAppointment(child.id, form({ startTime: '11:00', endTime: '11:30' }), undefined, NOW);
    const d = await saveAppointment(sibling, form({ startTime: '10:45', endTime: '11:15', reason: 'immunisation' }), undefined, NOW);
    const past = await saveAppointment(child.id, form({ date: '2025-05-01' }), undefined, NOW);
    if (!a.ok || !b.ok || !c.ok || !d.ok || !past.ok) throw new Error('save failed');
    const o = appointmentOverview(child.id, NOW);
    expect(o.upcoming.map((g) => g.appointments.map((x) => x.id))).toEqual([[a.value.id, b.value.id, c.value.id]]);
    expect(o.past.map((g) => g.appointments.map((x) => x.id))).toEqual([[past.value.id]]);
    expect(o.clashes.get(a.value.id)?.map((x) => x.id)).toEqual([b.value.id]);
    expect(o.clashes.get(b.value.id)?.map((x) => x.id).sort()).toEqual([a.value.id, d.value.id].sort());
    expect(o.clashes.get(c.value.id)?.map((x) => x.id)).toEqual([d.value.id]);
    expect(o.clashes.has(d.value.id)).toBe(false); // the sibling's own screen shows that one
  });

  it('edits in place, deletes and restores', async () => {
    const a = await saveAppointment(child.id, form(), undefined, NOW);
    if (!a.ok) throw new Error(a.error);
    const edited = await saveAppointment(child.id, { ...appointmentToForm(a.value, 'en'), where: 'Home visit' }, a.value.id, NOW + 5);
    if (!edited.ok) throw new Error(edited.error);
    expect(edited.value).toMatchObject({ id: a.value.id, start: a.value.start, where: 'Home visit', createdAt: a.value.createdAt });
    const removed = await deleteAppointment(a.value.id);
    if (!removed.ok) throw new Error(removed.error);
    expect(recordStore.entries('appointment', child.id)).toEqual([]);
    await restoreAppointment(removed.value);
    expect(recordStore.entries('appointment', child.id)).toEqual([edited.value]);
  });
});

describe('calendar files', () => {
  it('writes a VCALENDAR with CRLF lines, one VEVENT per appointment and reminders', async () => {
    const a = await saveAppointment(child.id, form({ note: 'Bring hearing aids' }), undefined, NOW);
    if (!a.ok) throw new Error(a.error);
    const ics = appointmentsIcs([a.value], () => 'Hearing test: Yusuf', NOW);
    expect(ics.split('\r\n').join('')).not.toMatch(/\n/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('SUMMARY:Hearing test: Yusuf');
    expect(lines.some((l) => l.startsWith('DTSTART:'))).toBe(true);
    expect(lines).toContain('BEGIN:VALARM');
    expect(lines).toContain('LOCATION:City Hospital\\, Clinic 4');
  });

  it('lists due doses and reviews, and makes an all-day event for each', () => {
    // 61 days old on 2025-06-10, and in Family File since birth.
    const baby = { ...child, dob: asIsoDate('2025-04-10'), createdAt: asIsoDateTime('2025-04-10T10:00:00.000Z') };
    const today = asIsoDate('2025-06-10');
    const due = dueSoon(baby, [], today);
    const keys = due.map((d) => d.key);
    expect(keys).toContain(`${child.id}-dose-6in1-1`);
    expect(keys).toContain(`${child.id}-review-six-to-eight-weeks`);
    expect(keys.some((k) => k.endsWith('review-two-years'))).toBe(false);
    for (const d of due) {
      if (d.state === 'upcoming') expect(d.calendarDate).toBe(d.dueDate);
      else expect(d.calendarDate).toBe(addDays(today, 1));
    }
    const first = due[0]!;
    const lines = dueItemIcs(first, '6-in-1, 1st dose', 'Yusuf', NOW).split('\r\n');
    expect(lines).toContain(`UID:due-${first.key}@family-file`);
    expect(lines.some((l) => l.startsWith('DTSTART;VALUE=DATE:'))).toBe(true);
    expect(lines).toContain('TRIGGER:-P1D');
  });

  it('leaves out what is given or done', () => {
    const baby = { ...child, dob: asIsoDate('2025-04-10') };
    const stamp = '2025-06-09T00:00:00.000Z' as never;
    const given = [{ id: 'i1', kind: 'immunisation', childId: child.id, createdAt: stamp, updatedAt: stamp, doseCode: '6in1-1', givenOn: asIsoDate('2025-06-05') }] as never[];
    expect(dueSoon(baby, given, asIsoDate('2025-06-10')).some((d) => d.key.endsWith('dose-6in1-1'))).toBe(false);
  });
});
