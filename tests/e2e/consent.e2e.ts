// Consent end to end (issue 12), in three browsers that each have their own fake camera: a health
// visitor and a nursery key person show their contact cards, the parent scans both, grants each
// different sections, and makes a one-tap share to each. Each professional scans their code off
// the parent's screen and sees only their sections. The parent then revokes the nursery's grant:
// the next one-tap share to the nursery is refused. The consent record shows all of it in Urdu,
// right to left, with the check code a professional holds. An open share behind generated
// passcode words refuses a wrong word and opens with the right ones.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { AppContext, launch } from './support/browser';
import { seriousViolations } from './support/axe';
import { OUT } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { VaultPages } from './pages/VaultPages';
import { SharePage } from './pages/SharePage';
import { ScanPage } from './pages/ScanPage';
import { JournalPage } from './pages/JournalPage';
import { scanContactCard, showContactCard } from './pages/TeamFlows';

const PARENT_CAMERA = `${OUT}consent-parent-camera.y4m`;
const NURSE_CAMERA = `${OUT}consent-nurse-camera.y4m`;
const NURSERY_CAMERA = `${OUT}consent-nursery-camera.y4m`;
const ur = JSON.parse(readFileSync(new URL('../../locales/ur/consent.json', import.meta.url), 'utf8')) as {
  record: { title: string; intact: string; export: string };
};

const CHILD = 'Yusuf Ahmed';
const NURSE = 'Amina Patel';
const NURSERY = 'Sam Lee';
const TALK = 'Said "more" with a sign and a word together';
const MOVE = 'Climbed the small slide by himself';

let browsers: Browser[] = [];
const contexts: AppContext[] = [];
let nurse: Page;
let nursery: Page;
let parent: Page;
let childId = '';
const cards: Record<string, string> = {};
const memberIds: Record<string, string> = {};

async function axeClean(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `${what}: ${JSON.stringify(found)}`).toEqual([]);
}

async function openApp(args: string[]): Promise<Page> {
  const browser = await launch(args);
  browsers.push(browser);
  const ctx = await AppContext.open(browser);
  contexts.push(ctx);
  return ctx.newPage();
}

const showCard = (page: Page, name: string, role: string) => showContactCard(page, name, role, 'Riverside Family Hub');
const scanCard = (text: string, name: string) => scanContactCard(parent, PARENT_CAMERA, text, name);

/** A one-tap share from "Who sees what": the code's texts as the parent's screen shows them. */
async function oneTapShare(name: string, summary: RegExp): Promise<string[]> {
  const share = new SharePage(parent);
  await share.go(`/grants/${childId}`);
  await parent.getByRole('link', { name: `Share now with ${name}` }).click();
  await parent.waitForURL(`**/share/${childId}/to/**`);
  await parent.locator('section[data-ready]').waitFor();
  await expect.poll(async () => (await parent.locator('.one-tap-summary').textContent())?.trim()).toMatch(summary);
  await axeClean(parent, `one-tap summary for ${name}`);
  // Two quick taps: one share, one line in the consent record.
  await parent.getByRole('button', { name: 'Show the code' }).dblclick();
  return share.readWholeCode();
}

/** The professional scans the texts with their camera and lands on the share. */
async function scanShare(page: Page, camera: string, texts: string[]): Promise<void> {
  showOnCamera(camera, texts);
  const scan = new ScanPage(page);
  await scan.goHome();
  await scan.openScanner();
  await scan.waitForShare();
  await expect.poll(() => scan.heading().textContent()).toContain(CHILD);
}

beforeAll(async () => {
  nurse = await openApp(qrCameraArgs(NURSE_CAMERA));
  nursery = await openApp(qrCameraArgs(NURSERY_CAMERA));
  cards.nurse = await showCard(nurse, NURSE, 'Health visitor');
  cards.nursery = await showCard(nursery, NURSERY, 'Nursery key person');
  showOnCamera(PARENT_CAMERA, [cards.nurse]);
  parent = await openApp(qrCameraArgs(PARENT_CAMERA));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const [i, c] of contexts.entries()) await c.snapshot(`consent-${['nurse', 'nursery', 'parent'][i]}`);
});
afterAll(async () => {
  for (const c of contexts) expect(c.foreignRequests()).toEqual([]);
  for (const b of browsers) await b.close();
  browsers = [];
});

describe('consent: standing grants, one-tap shares, honest revocation, a record the parent can read', () => {
  it('the parent adds a health visitor and a nursery key person from their cards', async () => {
    const vault = new VaultPages(parent);
    await vault.setUp();
    await vault.addChild(CHILD, '2024-02-10');
    childId = await new JournalPage(parent).childId(CHILD);
    // Two notes from home, in two areas of development.
    await vault.addObservation(TALK, 'Communication and language');
    await vault.addObservation(MOVE, 'Physical');
    await scanCard(cards.nurse!, NURSE);
    await scanCard(cards.nursery!, NURSERY);
  });

  it('grants different sections to each, shown in a table of people against sections', async () => {
    const share = new SharePage(parent);
    await share.go(`/grants/${childId}`);
    await axeClean(parent, 'who sees what, empty');
    await parent.getByRole('button', { name: `Change what they see: ${NURSE}` }).click();
    await parent.getByRole('checkbox', { name: 'About me' }).check();
    await parent.getByRole('checkbox', { name: 'Health' }).check();
    await parent.getByLabel('Why (optional)').fill('Health visits at home');
    await parent.getByRole('button', { name: 'Save' }).click();
    await parent.locator('main .notice').filter({ hasText: `Saved. ${NURSE} can see: About me and Health.` }).waitFor();

    await parent.getByRole('button', { name: `Change what they see: ${NURSERY}` }).click();
    await parent.getByRole('button', { name: 'Development only' }).click();
    await parent.getByRole('button', { name: 'Save' }).click();
    await parent.locator('main .notice').filter({ hasText: `Saved. ${NURSERY} can see:` }).waitFor();

    const table = parent.getByRole('table', { name: `What each team member may see of ${CHILD}'s record` });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect.poll(() => row(NURSE).locator('td.granted').count()).toBe(2);
    expect(await row(NURSERY).locator('td.granted').count()).toBe(3);
    for (const name of [NURSE, NURSERY]) {
      const href = await parent.getByRole('link', { name: `Share now with ${name}` }).getAttribute('href');
      memberIds[name] = href!.split('/').at(-1)!;
    }
    // On a phone the table scrolls inside its own box; the page itself never scrolls sideways.
    expect(await parent.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await axeClean(parent, 'who sees what, two grants');
    await parent.screenshot({ path: `${OUT}consent-grants-en.png`, fullPage: true });
    // The team screen offers the same one-tap share, person by person, child by child.
    await share.go('/team');
    await parent.getByText(`Can see of ${CHILD}'s record: About me and Health`).waitFor();
    expect(await parent.getByRole('link', { name: `Share now with ${NURSE}: ${CHILD}'s record` }).getAttribute('href'))
      .toBe(`/share/${childId}/to/${memberIds[NURSE]}`);
    await axeClean(parent, 'team with grants');
  });

  it('each professional scans their one-tap share and sees only their sections', async () => {
    const toNurse = await oneTapShare(NURSE, new RegExp(`^${NURSE}, Health visitor, will see: About me and Health\\. Until: `));
    await scanShare(nurse, NURSE_CAMERA, toNurse);
    const nurseMain = nurse.locator('main');
    await expect.poll(() => nurseMain.textContent()).toContain('About me');
    expect(await nurseMain.textContent()).not.toContain(TALK);
    expect(await nurseMain.textContent()).not.toContain(MOVE);

    const toNursery = await oneTapShare(NURSERY, new RegExp(`^${NURSERY}, Nursery key person, will see: `));
    await scanShare(nursery, NURSERY_CAMERA, toNursery);
    const nurseryMain = nursery.locator('main');
    await expect.poll(() => nurseryMain.textContent()).toContain(TALK);
    expect(await nurseryMain.textContent()).toContain(MOVE);
    expect(await nurseryMain.textContent()).not.toContain('Health visits at home');
  });

  it('after the nursery grant is revoked, the next one-tap share to the nursery is refused', async () => {
    const share = new SharePage(parent);
    await share.go(`/grants/${childId}`);
    await parent.getByRole('button', { name: `Change what they see: ${NURSERY}` }).click();
    await parent.getByRole('button', { name: 'Nothing' }).click();
    // Before saving, the editor says honestly what revoking cannot do.
    await parent.getByText('Codes you already gave them stay readable until they expire.').first().waitFor();
    await parent.getByRole('button', { name: 'Save' }).click();
    await parent.locator('main .notice').filter({ hasText: `${NURSERY} no longer sees anything of ${CHILD}'s record.` }).waitFor();
    expect(await parent.getByRole('link', { name: `Share now with ${NURSERY}` }).count()).toBe(0);

    // The old link (a bookmark, the back button) is refused with a clear message.
    await share.go(`/share/${childId}/to/${memberIds[NURSERY]}`);
    await parent.getByRole('alert').filter({ hasText: `${NURSERY} has no permission to see ${CHILD}'s record now, so nothing was shared.` }).waitFor();
    expect(await share.qr().count()).toBe(0);
  });

  it('the consent record shows all of it in Urdu, right to left, with the check code the nurse holds', async () => {
    // The nurse's received log holds the family's check code from the share.
    const scan = new ScanPage(nurse);
    await scan.goHome();
    const nurseCode = (await nurse.locator('#received-log ~ ul .check-code, section[aria-labelledby="received-log"] .check-code').first().textContent())?.trim();
    expect(nurseCode).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);

    const share = new SharePage(parent);
    await share.go('/consent');
    await new ScanPage(parent).chooseLanguage('اردو');
    await parent.getByRole('heading', { name: ur.record.title }).waitFor();
    expect(await parent.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await parent.locator('main .notice').filter({ hasText: ur.record.intact }).waitFor();
    const entries = parent.locator('ol.consent-record > li');
    // Two grants, two one-tap shares (one each, despite the double taps), one revocation.
    await expect.poll(() => entries.count()).toBe(5);
    expect(await parent.locator('ol.consent-record > li.kind-share').count()).toBe(2);
    expect(await parent.locator('ol.consent-record > li.kind-revoke').count()).toBe(1);
    const record = (await parent.locator('ol.consent-record').textContent()) ?? '';
    for (const text of [NURSE, NURSERY, 'Health visits at home']) expect(record).toContain(text);
    // The code the nurse holds is the one her share carried.
    expect(record).toContain(nurseCode);
    await axeClean(parent, 'consent record (parent, ur)');
    await parent.screenshot({ path: `${OUT}consent-record-ur.png`, fullPage: true });
    // Saved as a file: every entry as chained, with the Urdu sentence the parent read beside it.
    const [download] = await Promise.all([parent.waitForEvent('download'), parent.getByRole('button', { name: ur.record.export }).click()]);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; intact: boolean; language: string; entries: { hash: string; text: string }[] };
    expect(file).toMatchObject({ format: 'family-file-consent-record', intact: true, language: 'ur' });
    expect(file.entries).toHaveLength(5);
    expect(file.entries[0]!.text).toContain(NURSE);
    await new ScanPage(parent).chooseLanguage('English');

    // The nurse's log saves as a spreadsheet holding the same check code.
    const [csv] = await Promise.all([nurse.waitForEvent('download'), nurse.getByRole('button', { name: 'Save the log as a spreadsheet (CSV)' }).click()]);
    const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    expect(rows[0]).toBe("Received,Child,Sections,Shared,Readable until,Sender's check words,Family's check code");
    expect(rows[1]).toContain(CHILD);
    expect(rows[1]!.endsWith(nurseCode!)).toBe(true);
  });

  it('an open share behind generated passcode words refuses a wrong word and opens with the right ones', async () => {
    const share = new SharePage(parent);
    await share.go(`/share/${childId}`);
    await share.makeShare({ who: 'Someone not in my team', sections: ['About me'] });
    const words = await share.passcodeWords();
    const texts = await share.readWholeCode();
    showOnCamera(NURSERY_CAMERA, texts);
    const scan = new ScanPage(nursery);
    await scan.goHome();
    await scan.openScanner();
    const field = nursery.getByLabel('Passcode');
    await field.waitFor({ timeout: 30_000 });
    const wrong = [...words.split(' ').slice(0, 3), words.split(' ')[3] === 'badger' ? 'banana' : 'badger'].join(' ');
    await field.fill(wrong);
    await nursery.getByRole('button', { name: 'Show the share' }).click();
    await expect.poll(() => scan.alert().textContent()).toContain('That passcode is not right');
    // Typed loosely (capitals, a comma), the right words open it.
    await field.fill(words.toUpperCase().replace(' ', ', '));
    await nursery.getByRole('button', { name: 'Show the share' }).click();
    await scan.waitForShare();
    await expect.poll(() => scan.heading().textContent()).toContain(CHILD);
  });
});

describe('a consent record changed behind the app is detected and named', () => {
  it('a deleted entry shows a warning naming the first bad entry, and the app keeps working', async () => {
    const page = await openApp([]);
    const vault = new VaultPages(page);
    await vault.setUp();
    await vault.addChild('Lina', '2025-01-05');
    const team = new SharePage(page);
    await team.go('/team');
    await page.getByRole('button', { name: 'Type someone in' }).click();
    await page.getByLabel('Their name').fill('Jo Smith');
    await page.getByLabel('Their role').selectOption({ label: 'Childminder' });
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await team.go('/grants');
    // Stored keys are keyed (they say nothing), so the row of the second entry is found as the one
    // key that the second save added.
    const keys = () => page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('familyfile');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const all = await new Promise<string[]>((res) => {
        const req = db.transaction('records').objectStore('records').getAllKeys();
        req.onsuccess = () => res(req.result.map(String));
      });
      db.close();
      return all;
    });
    const keySets: string[][] = [];
    for (const preset of ['Only About me', 'Everything', 'Development only']) {
      await page.getByRole('button', { name: 'Change what they see: Jo Smith' }).click();
      await page.getByRole('button', { name: preset, exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('main .notice').filter({ hasText: 'Saved.' }).waitFor();
      keySets.push(await keys());
    }
    await team.go('/consent');
    await page.getByRole('status').filter({ hasText: 'Checked: nothing in this record' }).waitFor();
    expect(await page.locator('ol.consent-record > li').count()).toBe(3);
    const secondEntry = keySets[1]!.filter((k) => !keySets[0]!.includes(k));
    expect(secondEntry).toHaveLength(1);
    for (const key of keySets[2]!) expect(key).toMatch(/^[0-9a-f]{32}$/);
    // Someone with the phone deletes the second entry's row straight from IndexedDB.
    await page.evaluate(async (target) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('familyfile');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      await new Promise<void>((res) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').delete(target);
        tx.oncomplete = () => res();
      });
      db.close();
    }, secondEntry[0]!);
    await team.go('/home');
    await team.go('/consent');
    await page.getByRole('alert').filter({ hasText: 'Warning: entry 2 of this record has been changed, moved or removed' }).waitFor();
    expect(await page.locator('ol.consent-record > li.broken').count()).toBe(1);
    // The app keeps working: the grants screen still opens, replays what is left (the grant of
    // everything is gone, so the later narrowing leaves nothing) and says the record was changed.
    await team.go('/grants');
    await page.getByRole('alert').filter({ hasText: 'Your consent record was changed outside the app' }).waitFor();
    await page.getByText('Nothing yet').first().waitFor();
  });
});
