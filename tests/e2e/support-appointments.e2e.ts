import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { PASSPHRASE, VaultPages, vaultRowCount } from './pages/VaultPages';
import { ShellPage } from './pages/ShellPage';
import { SupportPage } from './pages/SupportPage';

const chromium = useChromium();

const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar date `days` from today. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function fresh() {
  const { app, page } = await chromium.openPage();
  return { app, page, v: new VaultPages(page), s: new SupportPage(page) };
}

async function noSeriousViolations(page: Page, where: string) {
  expect(await seriousViolations(page), where).toEqual([]);
}

// useChromium checks each context's requests; console errors are this spec's own check.
afterAll(() => {
  for (const c of chromium.opened) {
    expect(c.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  }
});

describe('support history, appointments and private notes', () => {
  it('a parent records services, appointments and notes, and finds them after locking', async () => {
    const { page, v, s } = await fresh();
    await v.setUp();
    // Born about two months ago, so the 8-week immunisations and the 6-8 week review are due.
    const dob = dayFromToday(-60);
    await v.addChild('Yusuf Ahmed', dob);
    const id = await s.childId('Yusuf Ahmed');

    // ---- Support history, with a document ----
    await s.open(id, 'support');
    await page.getByText('No current services yet.').waitFor();
    await noSeriousViolations(page, 'support, empty');
    await page.getByRole('button', { name: 'Add a service' }).click();
    await s.attach({ name: 'too-big-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 1) });
    await expect.poll(() => s.alert().allTextContents()).toContainEqual(expect.stringMatching(/too big to keep here.*10 MB/));
    await page.getByRole('button', { name: 'Cancel' }).click();
    const report = Buffer.from('%PDF-1.4\nHearing report for Yusuf\n%%EOF\n');
    await s.addService({
      type: 'Audiology (hearing)', professional: 'Dr Farah Khan', role: 'Audiologist', start: dayFromToday(-20),
      outcome: 'Mild hearing loss in the left ear', plan: 'Review in three months',
      file: { name: 'hearing-report.pdf', mimeType: 'application/pdf', buffer: report },
    });
    const audiology = s.card('Audiology (hearing)');
    await audiology.getByText('Dr Farah Khan').waitFor();
    const doc = await s.download(() => audiology.getByRole('link', { name: /Download hearing-report\.pdf/ }).click());
    expect(doc.name).toBe('hearing-report.pdf');
    expect(doc.bytes.equals(report)).toBe(true);
    await noSeriousViolations(page, 'support, with a service');

    // Bad input: an end before the start is refused, and what was typed stays.
    await audiology.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel(/^Ended on/).fill(dayFromToday(-25));
    await page.getByRole('button', { name: 'Save service' }).click();
    await expect.poll(() => s.alert().allTextContents()).toContain('The end must be after the start.');
    expect(await page.getByLabel('Name of the professional').inputValue()).toBe('Dr Farah Khan');
    await page.getByLabel(/^Ended on/).fill(dayFromToday(-1));
    await page.getByRole('button', { name: 'Save service' }).click();
    await page.getByRole('heading', { name: 'Ended service (1)' }).waitFor();
    await s.deleteWithConfirm(s.card('Audiology (hearing)'));
    await page.getByText('Audiology (hearing) deleted.').first().waitFor();
    await s.undo();
    await s.card('Audiology (hearing)').waitFor();

    // ---- Appointments: a clash, a calendar file, a refused end time ----
    await s.open(id, 'appointments');
    await page.getByText('No appointments coming up.', { exact: false }).waitFor();
    const day = dayFromToday(7);
    await page.getByRole('button', { name: 'Add an appointment' }).click();
    await s.fillAppointment({ date: day, start: '09:00', end: '08:30', reason: 'Hearing test' });
    await page.getByRole('button', { name: 'Save appointment' }).click();
    await expect.poll(() => s.alert().allTextContents()).toContain('The end must be after the start.');
    expect(await page.getByLabel('Starts at').inputValue()).toBe('09:00');
    await page.getByLabel('Date', { exact: true }).fill(dayFromToday(-61));
    await page.getByLabel('Ends at').fill('10:00');
    await page.getByRole('button', { name: 'Save appointment' }).click();
    await expect.poll(() => s.alert().allTextContents()).toContain('This date is before the child was born.');
    await page.getByLabel('Date', { exact: true }).fill(day);
    await page.getByLabel('Who with').fill('Dr Khan, audiology');
    await page.getByLabel('Where').fill('City Hospital; Clinic 4');
    await page.getByRole('button', { name: 'Save appointment' }).click();
    await s.card('09:00–10:00: Hearing test').waitFor();
    await s.addAppointment({ date: day, start: '09:30', end: '10:30', reason: 'Therapy session', who: 'Tom Evans' });
    await page.getByText('2 appointments this day').waitFor();
    await page.getByText(/2 appointments coming up overlap others/).waitFor();
    await s.card('09:00–10:00: Hearing test').getByText('Clashes with Therapy session, 09:30–10:30.').waitFor();
    await noSeriousViolations(page, 'appointments with a clash');

    const ics = await s.download(() => s.card('09:00–10:00: Hearing test').getByRole('button', { name: 'Add to my calendar' }).click());
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ends in CRLF
    const lines = ics.text.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines.some((l) => /^DTSTART:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    expect(lines).toContain('BEGIN:VALARM');
    expect(lines).toContain('SUMMARY:Hearing test: Yusuf Ahmed');
    expect(lines).toContain('LOCATION:City Hospital\\; Clinic 4');

    // Due soon: the 8-week immunisations go to the calendar as all-day events.
    const due = page.getByRole('region', { name: 'Due soon' });
    await due.getByRole('heading', { name: '6-in-1, 1st dose' }).waitFor();
    const dueIcs = await s.download(() => due.getByRole('button', { name: 'Add to my calendar: 6-in-1, 1st dose' }).click());
    expect(dueIcs.text).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
    expect(dueIcs.text).toContain('BEGIN:VALARM');

    // Edit one so they no longer clash; delete and undo the other.
    await s.card('09:30–10:30: Therapy session').getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Starts at').fill('11:00');
    await page.getByLabel('Ends at').fill('11:45');
    await page.getByRole('button', { name: 'Save appointment' }).click();
    await s.card('11:00–11:45: Therapy session').waitFor();
    expect(await page.getByText(/Clashes with/).count()).toBe(0);
    await s.deleteWithConfirm(s.card('09:00–10:00: Hearing test'));
    await s.undo();
    await s.card('09:00–10:00: Hearing test').waitFor();

    // ---- Private notes ----
    await s.open(id, 'notes');
    await page.getByText('Only you can see these. They are never included in any share.').waitFor();
    await s.addNote('Worried about the waiting list 😟');
    await s.addNote('قال "ماما" اليوم');
    await noSeriousViolations(page, 'notes');
    const worried = page.getByRole('article').filter({ hasText: 'Worried about the waiting list' });
    await worried.getByRole('button', { name: 'Edit' }).click();
    await page.locator('form').filter({ hasText: 'Change this note' }).getByLabel('Your note').fill('Less worried now: appointment booked');
    await page.getByRole('button', { name: 'Save note' }).nth(1).click();
    await page.getByText('Less worried now: appointment booked').waitFor();
    const arabic = page.getByRole('article').filter({ hasText: 'قال "ماما" اليوم' });
    await s.deleteWithConfirm(arabic);
    await s.undo();
    await page.getByRole('article').filter({ hasText: 'قال "ماما" اليوم' }).waitFor();
    // Arabic typed in the English app is tagged by its script, and English by its own.
    expect(await page.locator('[lang="ar"]', { hasText: 'ماما' }).count()).toBeGreaterThan(0);
    expect(await page.locator('[lang="en"]', { hasText: 'Less worried now' }).count()).toBeGreaterThan(0);

    // A half-written note survives locking as an encrypted draft.
    const rows = await vaultRowCount(page);
    await page.getByLabel('Your note').first().fill('Half-written thought');
    await expect.poll(() => vaultRowCount(page)).toBe(rows + 1); // the draft, written after a pause

    // ---- Lock, unlock, and it is all there ----
    await v.lock();
    expect(await page.getByText('Less worried now').count()).toBe(0);
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await s.open(await s.childId('Yusuf Ahmed'), 'notes');
    await page.getByText('Less worried now: appointment booked').waitFor();
    await page.getByText('قال "ماما" اليوم').waitFor();
    await page.getByText('We kept what you were writing last time.', { exact: false }).waitFor();
    expect(await page.getByLabel('Your note').first().inputValue()).toBe('Half-written thought');
    await s.open(id, 'appointments');
    await s.card('09:00–10:00: Hearing test').waitFor();
    await s.card('11:00–11:45: Therapy session').waitFor();
    await page.screenshot({ path: `${OUT}appointments-en.png`, fullPage: true });
    await s.open(id, 'support');
    await s.card('Audiology (hearing)').getByRole('link', { name: /hearing-report\.pdf/ }).waitFor();
    await page.screenshot({ path: `${OUT}support-en.png`, fullPage: true });

    // ---- Arabic: right to left, and still accessible ----
    await new ShellPage(page).switchLanguage('العربية');
    await page.getByRole('heading', { name: 'الدعم المقدَّم إلى Yusuf Ahmed' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await noSeriousViolations(page, 'support in Arabic');
    await page.screenshot({ path: `${OUT}support-ar.png`, fullPage: true });
    await s.open(id, 'appointments');
    await page.getByRole('heading', { name: 'مواعيد Yusuf Ahmed' }).waitFor();
    await noSeriousViolations(page, 'appointments in Arabic');
    await page.screenshot({ path: `${OUT}appointments-ar.png`, fullPage: true });
    await s.open(id, 'notes');
    await page.getByText('أنت وحدك من يرى هذه الملاحظات. لا تُضمَّن أبدًا في أي مشاركة.').waitFor();
    await noSeriousViolations(page, 'notes in Arabic');
    await page.screenshot({ path: `${OUT}notes-ar.png`, fullPage: true });
  });
});
