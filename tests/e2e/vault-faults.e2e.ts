import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForOfflineReady } from './support/browser';
import { useChromium } from './support/harness';
import { dumpIndexedDb, PASSPHRASE, VaultPages } from './pages/VaultPages';

const chromium = useChromium();
async function fresh() {
  const app = await chromium.open();
  onTestFailed(async ({ task }) => app.snapshot(task.name.replace(/\W+/g, '-').slice(0, 40)));
  const page = await app.newPage();
  return { app, page, v: new VaultPages(page) };
}

async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((s) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

describe('faults and edges of the vault', () => {
  it('resumes a setup that was closed half way at the step it reached, with the same recovery words', async () => {
    const { page, v } = await fresh();
    await v.chooseEnglish();
    await v.startSetup(); // the vault now exists, but the recovery key was never confirmed
    const resume = async () => {
      await page.goto('/');
      await page.waitForURL('**/setup/resume');
      await page.locator('#resume-passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Carry on with setup' }).click();
    };
    // Closed on the PIN step: a wrong passphrase is refused, the right one goes back to the PIN step.
    await page.reload();
    await page.goto('/');
    await page.waitForURL('**/setup/resume');
    await page.locator('#resume-passphrase').fill('not my passphrase at all');
    await page.getByRole('button', { name: 'Carry on with setup' }).click();
    await v.alert().waitFor();
    await resume();
    await v.heading().filter({ hasText: 'Quick unlock on this phone' }).waitFor();
    await v.skipPin();
    const printed = await v.recoveryWords();
    expect(printed).toHaveLength(24);

    // Closed with the sheet on screen (perhaps already printed): the same 24 words come back.
    await page.reload();
    await resume();
    expect(await v.recoveryWords()).toEqual(printed);
    expect(await page.getByText('no longer opens your record').count()).toBe(0);

    // Closed on the check step: it comes back to the check step, which still takes the first sheet's words.
    await page.getByRole('button', { name: 'I have kept my recovery words' }).click();
    await page.locator('label[for^="word-"]').first().waitFor();
    await page.reload();
    await resume();
    await page.locator('label[for^="word-"]').first().waitFor();
    await page.getByRole('button', { name: 'Show my sheet again' }).click();
    await v.confirmWords(printed);
    await page.waitForURL('**/home');

    // The sheet printed before the first close opens the record.
    await v.lock();
    await page.getByRole('link', { name: 'I forgot my passphrase' }).click();
    await page.getByLabel('Recovery words').fill(printed.join(' '));
    await page.getByRole('button', { name: 'Open with these words' }).click();
    await page.waitForURL('**/new-passphrase');
  });

  it('starts a half-finished setup again from clean', async () => {
    const second = await fresh();
    await second.v.chooseEnglish();
    await second.v.startSetup();
    await second.page.goto('/');
    await second.page.waitForURL('**/setup/resume');
    await second.page.getByRole('button', { name: 'Start again' }).click();
    await second.page.waitForURL('**/setup');
    const { text } = await dumpIndexedDb(second.page);
    expect(text).not.toContain('header'); // no half vault is left behind
    await second.page.getByRole('radio', { name: /parent or carer/ }).waitFor();
  });

  it('locks after the idle time and after a while in the background, dropping what it showed', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Idris', '2023-03-03');
    await v.addObservation('Built a tower of six bricks', 'Physical');
    await page.clock.install();
    await page.keyboard.press('Shift'); // activity re-arms the idle timer under the fake clock
    await page.clock.fastForward('04:00');
    expect(page.url()).toContain('/home');
    await page.clock.fastForward('01:05');
    await page.waitForURL('**/unlock');
    await page.getByText('locked itself because it was not used').waitFor();
    expect(await page.getByText('Built a tower').count()).toBe(0);

    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await setVisibility(page, 'hidden');
    await page.clock.fastForward('01:01');
    await setVisibility(page, 'visible');
    await page.waitForURL('**/unlock');
    await page.getByText('locked itself while it was in the background').waitFor();
  });

  it('shares the lock state between two tabs', async () => {
    const { app, v } = await fresh();
    await v.setUp();
    const other = await app.newPage();
    const v2 = new VaultPages(other);
    await other.goto('/');
    await other.waitForURL('**/unlock');
    await v2.unlock(PASSPHRASE);
    await other.waitForURL('**/home');
    await v.lock();
    await other.waitForURL('**/unlock');
    await other.getByText('locked in another tab').waitFor();
  });

  it('says the disk is full and saves nothing of the failed entry', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Hana', '2023-05-05');
    await v.addObservation('Small entry that fits');
    // Chromium's quota override does not bite on a database that is already open, so the
    // browser's own QuotaExceededError is raised at the IndexedDB layer, under Dexie.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put);
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const big = 'Long story about the weekend. '.repeat(600);
    await page.getByLabel('What did you notice?').fill(big);
    await page.getByRole('button', { name: 'Save to journal' }).click();
    await expect.poll(() => v.alert().textContent()).toBe(
      'This phone is out of storage space, so nothing was saved. Free up some space, then try again.',
    );
    // The text stays in the box, so nothing typed is lost.
    expect(await page.getByLabel('What did you notice?').inputValue()).toBe(big);
    await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
    await v.lock();
    await v.unlock(PASSPHRASE);
    await page.getByText('Small entry that fits').waitFor();
    expect(await page.getByText('Long story about the weekend').count()).toBe(0);
  });

  it('erases everything on this device after typed confirmation', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await waitForOfflineReady(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.locator('[data-persisted]').waitFor();
    const erase = page.getByRole('button', { name: 'Erase everything' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel(/To confirm, type ERASE/).fill('erase');
    await erase.click();
    await page.waitForURL('**/language');
    const left = await page.evaluate(async () => ({
      dbs: (await indexedDB.databases()).map((d) => d.name),
      // The reloaded app may re-cache its own shell for offline use: code, never data.
      caches: (await caches.keys()).filter((name) => !name.startsWith('workbox-precache')),
      stored: localStorage.length,
    }));
    expect(left).toEqual({ dbs: [], caches: [], stored: 0 });
  });
});
