// Quick unlock with the phone's own screen lock (issue 11, item 6): a passkey with the WebAuthn
// PRF extension, through a CDP virtual authenticator that stands in for the phone's fingerprint
// reader. Where the authenticator has no PRF, the app says so and the PIN stays.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { dumpIndexedDb, PASSPHRASE, VaultPages } from './pages/VaultPages';

const chromium = useChromium();

async function withAuthenticator(page: Page, hasPrf: boolean): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true,
      automaticPresenceSimulation: true, hasPrf,
    },
  });
}

it('turns on the screen lock at setup, then opens with it after a lock; the passphrase still works', async () => {
  const { page } = await chromium.openPage();
  await withAuthenticator(page, true);
  const v = new VaultPages(page);
  await v.chooseEnglish();
  await v.startSetup();
  const option = page.getByRole('group', { name: "Use this phone's screen lock" });
  await option.getByText('a copy of this phone\'s storage cannot be opened without this phone').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${OUT}screen-lock-setup-en.png`, fullPage: true });
  await option.getByRole('button', { name: 'Use the screen lock' }).click();
  await v.confirmWords(await v.recoveryWords());
  await page.waitForURL('**/home');
  // What is stored opens nothing by itself: no PRF secret, only the wrap and its input.
  const dump = await dumpIndexedDb(page);
  expect(dump.text).toContain('passkey');

  await v.lock();
  const open = page.getByRole('button', { name: 'Open with the screen lock' });
  await open.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await open.click();
  await page.waitForURL('**/home');
  await v.lock();
  await v.unlock(PASSPHRASE);
  await page.waitForURL('**/home');

  // It can be turned off in settings; then the lock screen no longer offers it.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await page.getByText("Quick unlock with this phone's screen lock is on.").waitFor();
  await page.getByRole('button', { name: 'Stop using the screen lock' }).click();
  await page.getByText('Quick unlock is off.').waitFor();
  await v.lock();
  await page.locator('#unlock-secret').waitFor();
  expect(await page.getByRole('button', { name: 'Open with the screen lock' }).count()).toBe(0);
});

it('without PRF on the phone, says so plainly and keeps the PIN', async () => {
  const { page } = await chromium.openPage();
  await withAuthenticator(page, false);
  const v = new VaultPages(page);
  await v.chooseEnglish();
  await v.startSetup();
  await page.getByRole('button', { name: 'Use the screen lock' }).click();
  await page.getByRole('alert').filter({ hasText: "This phone's screen lock cannot keep Family File's key. Use a PIN instead" }).waitFor();
  await v.setPin('482916');
  await v.confirmWords(await v.recoveryWords());
  await page.waitForURL('**/home');
  await v.lock();
  await expect.poll(() => page.locator('label[for="unlock-secret"]').textContent()).toBe('PIN');
  expect(await page.getByRole('button', { name: 'Open with the screen lock' }).count()).toBe(0);
  await v.unlock('482916');
  await page.waitForURL('**/home');
});
