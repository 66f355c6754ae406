// Issue 4's end-to-end journey: one parent builds a child's record across every section,
// searches it, prints the passport, locks, unlocks and finds it all again.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { AppContext, launch } from './support/browser';
import { fakeCameraArgs } from './support/camera';
import { OUT } from './support/harness';
import { JourneyPage } from './pages/JourneyPage';
import { PASSPHRASE } from './pages/VaultPages';

const pad = (n: number) => String(n).padStart(2, '0');
/** A local calendar date `days` from today, as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const CHILD = 'Layla Hassan';
const DOB = dayFromToday(-430); // about 14 months: milestones of the 12–18 month band are open
const OBSERVATION = 'Layla stacked four blocks into a giraffe tower 🦒';
const PASSPORT = {
  nhsNumber: '943 476 5919',
  mustKnow: 'Severe egg allergy 🥚: carries an adrenaline pen',
  likes: 'تحب الفقاعات والأغاني',
  whatHelps: 'A quiet corner and her green blanket',
  homeLanguage: 'Arabic',
  communication: 'Makaton',
  person: { name: 'Samira', relationship: 'Grandparent' },
};
const APPOINTMENT = { date: dayFromToday(6), start: '10:00', end: '10:45', reason: 'Hearing test', who: 'Dr Farah Khan', where: 'City Hospital' };
const APPOINTMENT_CARD = `${APPOINTMENT.start}–${APPOINTMENT.end}: ${APPOINTMENT.reason}`;

let browser: Browser;
let app: AppContext;
let page: Page;
let u: JourneyPage;
let childId = '';
let milestone = '';

/** Whether a picture address still loads in an <img> (CSP allows blob: pictures, not blob: fetches). */
function pictureLoads(src: string): Promise<boolean> {
  return page.evaluate((s) => new Promise<boolean>((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img.naturalWidth > 0);
    img.onerror = () => resolve(false);
    img.src = s;
  }), src);
}

/** Scrolls a lazy thumbnail into view and waits until its picture has decoded pixels. */
async function loadedImage(thumb: Locator): Promise<{ src: string; width: number }> {
  await thumb.scrollIntoViewIfNeeded();
  const img = thumb.locator('img');
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0), { timeout: 20_000 }).toBe(true);
  return img.evaluate((el) => ({ src: (el as HTMLImageElement).src, width: (el as HTMLImageElement).naturalWidth }));
}

beforeAll(async () => {
  browser = await launch(fakeCameraArgs(`${OUT}journey-camera.y4m`));
  app = await AppContext.open(browser, { permissions: ['camera'] });
  page = await app.newPage();
  u = new JourneyPage(page);
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: `${OUT}journey-failed.png`, fullPage: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('a parent keeps the whole record', () => {
  it('adds, changes, searches, prints, locks, unlocks and sees it all', async () => {
    const started = Date.now();
    // 1. Adds a child.
    await u.vault.setUp();
    await u.family.addChild(CHILD, DOB);
    childId = await u.passport.childId(CHILD);

    // 2. Fills the passport.
    await u.fillPassport(childId, PASSPORT);
    for (const text of [PASSPORT.nhsNumber, PASSPORT.mustKnow, PASSPORT.likes, PASSPORT.whatHelps, PASSPORT.person.name]) {
      await page.getByText(text).first().waitFor();
    }

    // 3. An observation with a photo taken through the (fake) camera.
    await u.journal.openJournal(childId);
    await u.journal.startObservation();
    await u.journal.fill(OBSERVATION, { mark: 'Celebration' });
    await u.journal.takePhoto();
    await u.journal.save();
    await u.journal.entry('giraffe tower').waitFor();
    const photoBefore = await loadedImage(page.locator('.observations .photo-thumb').first());
    expect(photoBefore.src).toMatch(/^blob:/);
    expect(photoBefore.width).toBe(320); // the fake camera's frame
    expect(await pictureLoads(photoBefore.src)).toBe(true);

    // 4. A milestone recorded as achieved.
    milestone = await u.recordFirstMilestoneAchieved(childId);

    // 5. A medicine started, then its dose changed.
    await u.passport.openHealth(childId, 'medicines');
    await u.startMedicine({ name: 'Cetirizine', dose: '2.5 ml', frequency: 'once a day', startedOn: dayFromToday(-30), by: 'Dr Okafor' });
    await u.changeDose({ name: 'Cetirizine', date: dayFromToday(-2), dose: '4 ml', by: 'Nurse Ali' });
    await expect.poll(() => u.currentMedicineLines()).toEqual([expect.stringMatching(/Cetirizine.*4 ml, once a day.*Nurse Ali/)]);
    expect((await u.currentMedicineLines())[0]).not.toContain('2.5 ml');

    // 6. A service and an appointment.
    await u.support.open(childId, 'support');
    await u.support.addService({ type: 'Audiology (hearing)', professional: 'Dr Farah Khan', role: 'Audiologist', start: dayFromToday(-20) });
    await u.support.open(childId, 'appointments');
    await u.support.addAppointment(APPOINTMENT);

    // 7. Search: a word of the observation, and the service by its coded label.
    await u.openTimeline(childId);
    await expect.poll(async () => (await u.timelineRows()).length).toBeGreaterThan(3);
    await u.family.search('giraffe');
    await expect.poll(() => u.timelineRows()).toEqual([expect.stringContaining('giraffe tower')]);
    await u.family.search('audiology');
    await expect.poll(() => u.timelineRows()).toEqual([expect.stringContaining('Audiology (hearing)')]);

    // 8. Prints the passport.
    await u.passport.openPassport(childId, 'print');
    await page.getByRole('heading', { level: 1, name: CHILD }).waitFor();
    const printed = [PASSPORT.nhsNumber, PASSPORT.mustKnow, PASSPORT.likes, PASSPORT.whatHelps, PASSPORT.person.name, 'Makaton'];
    for (const text of printed) await page.getByText(text).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await u.passport.button('Print').isVisible()).toBe(false);
    for (const text of printed) expect(await page.getByText(text).first().isVisible(), text).toBe(true);
    await page.screenshot({ path: `${OUT}journey-passport-print.png`, fullPage: true });
    expect(await u.passport.printedPages()).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // 9. Locks: nothing of the record stays on screen, and the old photo address is dead.
    await u.vault.lock();
    expect(await page.getByText(CHILD).count()).toBe(0);
    const errorsBefore = app.consoleErrors.length;
    expect(await pictureLoads(photoBefore.src)).toBe(false);
    // Chromium logs the refused probe itself; that one line is expected, nothing else.
    await expect.poll(() => app.consoleErrors.slice(errorsBefore)).toEqual(['Failed to load resource: net::ERR_FILE_NOT_FOUND']);
    app.consoleErrors.splice(errorsBefore);
    await u.vault.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await u.family.card(CHILD).waitFor();

    await u.passport.openPassport(childId);
    for (const text of [PASSPORT.nhsNumber, PASSPORT.mustKnow, PASSPORT.likes, PASSPORT.whatHelps, PASSPORT.person.name, 'Makaton']) {
      await page.getByText(text).first().waitFor();
    }
    await u.journal.openJournal(childId);
    await u.journal.entry('giraffe tower').getByText('Celebration').waitFor();
    const photoAfter = await loadedImage(u.journal.entry('giraffe tower').locator('.photo-thumb'));
    expect(photoAfter.width).toBe(320);
    expect(photoAfter.src).not.toBe(photoBefore.src);
    await u.journal.openMilestones(childId);
    await u.achievedMilestones().getByText(milestone).waitFor();
    await u.passport.openHealth(childId, 'medicines');
    await expect.poll(() => u.currentMedicineLines()).toEqual([expect.stringMatching(/Cetirizine.*4 ml, once a day.*Nurse Ali/)]);
    expect((await u.currentMedicineLines())[0]).not.toContain('2.5 ml');
    await u.support.open(childId, 'support');
    await u.support.card('Audiology (hearing)').getByText('Dr Farah Khan').waitFor();
    await u.support.open(childId, 'appointments');
    await u.support.card(APPOINTMENT_CARD).getByText(APPOINTMENT.where).waitFor();
    console.log(`record.journey_ms: ${Date.now() - started}`);

    expect(app.foreignRequests()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
