// The recovery sheet's QR code opens the record through the camera: a parent who does not read
// English never has to copy 24 English words letter by letter.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppContext } from './support/browser';
import { OUT, useChromium } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { dumpIndexedDb, VaultPages } from './pages/VaultPages';
import { ShellPage } from './pages/ShellPage';

const CAMERA = `${OUT}recovery-scan-camera.y4m`;
const chromium = useChromium(() => qrCameraArgs(CAMERA));
let opened: { app: AppContext; page: Page } | undefined;

afterEach(async (ctx) => {
  if (!opened) return;
  if (ctx.task.result?.state === 'fail') await opened.page.screenshot({ path: `${OUT}recovery-scan-failed.png`, fullPage: true });
  await opened.app.context.close();
  opened = undefined;
});

describe('opening the record with the recovery sheet', () => {
  it('refuses a code that is not a recovery sheet, then reads the sheet through the camera, in Urdu', async () => {
    opened = await chromium.openPage({ timezoneId: 'Asia/Karachi' });
    const { page } = opened;
    const v = new VaultPages(page);
    const words = await v.setUp();
    await v.addChild('Amira Khan', '2024-02-10');
    await v.lock();
    await page.getByRole('link', { name: 'I forgot my passphrase' }).click();
    await page.waitForURL('**/recover');
    const stored = (await dumpIndexedDb(page)).text;

    // Some other code first (a web address): a clear message, and nothing changes.
    showOnCamera(CAMERA, ['https://example.org/not-a-sheet']);
    await page.getByRole('button', { name: 'Scan the code on my sheet' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('not a Family File recovery sheet')]));
    expect(page.url()).toContain('/recover');
    expect((await dumpIndexedDb(page)).text).toBe(stored);
    await page.getByRole('button', { name: 'Stop the camera' }).click();

    // The parent reads Urdu; the sheet's code does the reading.
    await new ShellPage(page).switchLanguage('اردو');
    showOnCamera(CAMERA, [`FFRK1 ${words.join(' ')}`]);
    await page.getByRole('button', { name: 'میری شیٹ کا کوڈ اسکین کریں' }).click();
    await page.waitForURL('**/new-passphrase', { timeout: 30_000 });
    await page.screenshot({ path: `${OUT}recovery-scan-ur.png`, fullPage: true });
  });

  it('lets setup be finished by scanning the sheet just printed, and refuses any other sheet', async () => {
    opened = await chromium.openPage({ timezoneId: 'Asia/Karachi' });
    const { page } = opened;
    const v = new VaultPages(page);
    await v.chooseEnglish();
    await v.startSetup();
    await v.skipPin();
    const words = await v.recoveryWords();
    await page.getByRole('button', { name: 'I have kept my recovery words' }).click();
    // Another sheet (the same words in another order is another key): refused, setup stays open.
    showOnCamera(CAMERA, [`FFRK1 ${[...words].reverse().join(' ')}`]);
    await page.getByRole('button', { name: 'Scan the code on my printed sheet' }).click();
    await expect.poll(() => page.getByRole('alert').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('not the sheet made just now')]));
    expect(page.url()).toContain('/setup');
    // The parent puts the other sheet away and scans the one just printed.
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    showOnCamera(CAMERA, [`FFRK1 ${words.join(' ')}`]);
    await page.getByRole('button', { name: 'Scan the code on my printed sheet' }).click();
    await page.waitForURL('**/home', { timeout: 30_000 });
  });
});
