// Issue 13's journey, end to end with real files: a parent with two children, a photo, a health
// visitor on the team, a grant and a share backs up, erases the phone, and restores on a new one
// with the recovery words. Everything is back, identity included: the health visitor's app sees
// the next share (saved as a file and chosen in their own context) as "the same family". A reload
// in the middle of a restore leaves a working vault.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import type { AppContext } from './support/browser';
import { OUT, useChromium } from './support/harness';
import { makePng } from './support/png';
import { qrCameraArgs } from './support/qr-video';
import { VaultPages } from './pages/VaultPages';
import { FamilyPage } from './pages/FamilyPage';
import { JournalPage } from './pages/JournalPage';
import { SharePage } from './pages/SharePage';
import { ScanPage } from './pages/ScanPage';
import { scanContactCard, showContactCard } from './pages/TeamFlows';

const CAMERA = `${OUT}backup-journey-camera.y4m`;
const chromium = useChromium(() => qrCameraArgs(CAMERA));
const NURSE = 'Grace Mensah';
const NEW_PASSPHRASE = 'copper kites drift over the marsh';

let nurse: { app: AppContext; page: Page };
let words: string[] = [];
let backupPath = '';
let childIds: Record<string, string> = {};

/** On the restore screen: the backup file, the recovery words, Restore; then the new passphrase it asks for. */
async function restoreWithWords(page: Page): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles(backupPath);
  await page.getByRole('radio', { name: 'With my recovery words' }).check();
  await page.getByLabel('Recovery words', { exact: true }).fill(words.join(' '));
  await page.getByRole('button', { name: 'Restore' }).click();
}

async function chooseNewPassphrase(page: Page): Promise<void> {
  await page.waitForURL('**/new-passphrase', { timeout: 60_000 });
  await page.locator('#new-passphrase').fill(NEW_PASSPHRASE);
  await page.locator('#repeat-passphrase').fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Save new passphrase' }).click();
  await page.waitForURL('**/home', { timeout: 30_000 });
}

/** Thumbnails decrypt only near the screen: scroll the first one in and wait for its picture. */
async function shown(page: Page, thumbs: string): Promise<void> {
  const thumb = page.locator(thumbs).first();
  await thumb.waitFor();
  await thumb.scrollIntoViewIfNeeded();
  await thumb.locator('img').waitFor();
}

/** The one-tap share to the nurse, saved as a file (with the journal's photos when asked); returns where it was saved. */
async function shareFileToNurse(page: Page, childId: string, name: string, photos = false): Promise<string> {
  await new SharePage(page).go(`/grants/${childId}`);
  await page.getByRole('link', { name: `Share now with ${NURSE}` }).click();
  await page.waitForURL(`**/share/${childId}/to/**`);
  await page.getByRole('button', { name: 'Show the code' }).click();
  if (photos) await page.getByRole('checkbox', { name: "Put the journal's photo in the file" }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
  const path = `${OUT}backup-journey-${name}.familyfile`;
  await download.saveAs(path);
  await page.getByRole('status').filter({ hasText: 'The file was saved.' }).waitFor();
  return path;
}

/** The nurse chooses the file on their scan screen and lands on the share. */
async function nurseOpens(path: string): Promise<Page> {
  const page = nurse.page;
  const scan = new ScanPage(page);
  await scan.goHome();
  await scan.openScanner();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a share file' }).click();
  await (await chooser).setFiles(path);
  await scan.waitForShare();
  return page;
}

describe('backup, erase, restore with the recovery words on a new phone', () => {
  it('the parent has two children, a photo, a health visitor with a grant, and a share the nurse opened', async () => {
    nurse = await chromium.openPage();
    const card = await showContactCard(nurse.page, NURSE, 'Health visitor', 'Riverside Health');

    const { page } = await chromium.openPage({ acceptDownloads: true });
    // This browser would offer a "save to file" picker no test can click: use the download path.
    await page.addInitScript(() => { delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker; });
    const vault = new VaultPages(page);
    words = await vault.setUp();
    const family = new FamilyPage(page);
    await family.addChild('Maya Rahman', '2024-03-02');
    await family.addChild('Yusuf Rahman', '2025-09-14');
    const journal = new JournalPage(page);
    childIds = { maya: await journal.childId('Maya Rahman'), yusuf: await journal.childId('Yusuf Rahman') };
    await journal.openJournal(childIds.maya!);
    await journal.startObservation();
    await journal.fill('Stacked four cups and laughed when they fell');
    await journal.pickFile('cups.png', 'image/png', makePng(64, 48, (x) => [x * 3, 120, 200]));
    await shown(page, '.photo-field .photo-thumb');
    await journal.save();
    await shown(page, '.observations .photo-thumb');

    await scanContactCard(page, CAMERA, card, NURSE);
    await new SharePage(page).go(`/grants/${childIds.maya}`);
    await page.getByRole('button', { name: `Change what they see: ${NURSE}` }).click();
    await page.getByRole('checkbox', { name: 'About me' }).check();
    await page.getByRole('checkbox', { name: 'Communication and language' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('main .notice').filter({ hasText: `Saved. ${NURSE} can see:` }).waitFor();

    const first = await shareFileToNurse(page, childIds.maya!, 'before');
    const seen = await nurseOpens(first);
    await seen.locator('.sender-trust').getByRole('heading', { name: 'New family, not yet confirmed' }).waitFor();
    await seen.getByText('Stacked four cups and laughed when they fell').waitFor();
    // The photo stays on the phone unless the parent puts it in the file.
    expect(await seen.locator('.shared-entry .photo-thumb').count()).toBe(0);

    // The backup, through Settings, as a download.
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Backup' });
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Make a backup' }).click()]);
    backupPath = `${OUT}backup-journey.familyfile`;
    await download.saveAs(backupPath);
    await section.getByRole('status').filter({ hasText: /^Backup saved/ }).waitFor();

    // The phone is erased.
    await page.getByLabel(/To confirm, type ERASE/).fill('erase');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.waitForURL('**/language');
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toEqual([]);
  });

  it('on a new phone, the recovery words bring back the children, the photo, the team, the grant and the consent record', async () => {
    const { page } = await chromium.openPage({ acceptDownloads: true });
    const vault = new VaultPages(page);
    await vault.chooseEnglish();
    await page.getByRole('link', { name: 'I have a backup' }).click();
    await page.locator('.restore[data-ready]').waitFor();
    await restoreWithWords(page);
    await chooseNewPassphrase(page);

    const family = new FamilyPage(page);
    await family.card('Maya Rahman').waitFor();
    await family.card('Yusuf Rahman').waitFor();
    const journal = new JournalPage(page);
    await journal.openJournal(childIds.maya!); // the same ids: the same record
    await page.getByText('Stacked four cups and laughed when they fell').waitFor();
    await shown(page, '.observations .photo-thumb');
    await expect.poll(() => page.locator('.observations .photo-thumb img').first()
      .evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth), { timeout: 20_000 }).toBe(64);

    await new SharePage(page).go('/team');
    await new SharePage(page).teamList().getByText(NURSE).waitFor();
    await new SharePage(page).go('/consent');
    await page.locator('[data-chain="intact"]').waitFor();
    await expect.poll(() => page.locator('.consent-record li').count()).toBeGreaterThanOrEqual(2);

    // The grant came back too: the one-tap share to the nurse is there. Made now, it is signed
    // by the same family key, and the nurse's app says so.
    // This time the parent puts the journal's photo in the file: the restored photo travels.
    const after = await shareFileToNurse(page, childIds.maya!, 'after', true);
    await page.getByRole('status').filter({ hasText: 'It holds 1 photo.' }).waitFor();
    const seen = await nurseOpens(after);
    await seen.locator('.sender-trust').getByRole('heading', { name: /^The same family as on / }).waitFor();
    await seen.getByText('Stacked four cups and laughed when they fell').waitFor();
    await shown(seen, '.shared-entry .photo-thumb');
    await expect.poll(() => seen.locator('.shared-entry .photo-thumb img').first()
      .evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth), { timeout: 20_000 }).toBe(64);
    // The consent record says the file carried a photo.
    await new SharePage(page).go('/consent');
    await page.locator('.consent-record li').filter({ hasText: 'by file with 1 photo' }).waitFor();

    // And the new passphrase opens it after a lock.
    await vault.lock();
    await vault.unlock(NEW_PASSPHRASE);
    await family.card('Maya Rahman').waitFor();
  });

  it('a reload in the middle of a restore leaves either no vault (and the restore then completes) or the whole one', async () => {
    const { page } = await chromium.openPage();
    const vault = new VaultPages(page);
    await vault.chooseEnglish();
    await page.getByRole('link', { name: 'I have a backup' }).click();
    await page.locator('.restore[data-ready]').waitFor();
    // A slow phone, and a reload as soon as the new vault's database appears: mid-restore.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await restoreWithWords(page);
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), { timeout: 60_000, interval: 20 })
      .toContain('familyfile-2');
    await page.reload();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // The app settles on the restore screen (there is no vault: the reload came first) or on
    // the unlock screen (the restore had finished: the whole vault is there).
    await page.locator('.restore[data-ready], #unlock-secret').first().waitFor({ timeout: 30_000 });
    const stopped = await page.locator('.restore[data-ready]').isVisible();
    console.log(`backup-journey: the reload found ${stopped ? 'no vault (the restore had not finished)' : 'the whole vault (the restore had finished)'}`);
    if (stopped) {
      // Nothing was switched to (the pointer is written only once the new vault is whole), and the
      // restore starts again and completes over whatever half-built database the reload left.
      expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('familyfile-pointer');
      await restoreWithWords(page);
    } else {
      // The restore had finished: the whole vault is there, and the words open it.
      await page.waitForURL('**/unlock');
      await page.getByRole('link', { name: 'I forgot my passphrase' }).click();
      await page.getByLabel('Recovery words', { exact: true }).fill(words.join(' '));
      await page.getByRole('button', { name: 'Open with these words' }).click();
    }
    await chooseNewPassphrase(page);
    await new FamilyPage(page).card('Yusuf Rahman').waitFor();
    expect(readFileSync(backupPath).length).toBeGreaterThan(0);
  });
});
