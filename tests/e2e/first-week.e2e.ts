// What a new parent meets in their first week (issue 9): each test has its own browser context.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppContext } from './support/browser';
import { OUT, useChromium } from './support/harness';
import { PASSPHRASE, VaultPages } from './pages/VaultPages';

const chromium = useChromium();
let opened: { app: AppContext; page: Page } | undefined;
async function fresh(options: Parameters<typeof chromium.openPage>[0] = {}) {
  opened = await chromium.openPage({ timezoneId: 'Asia/Karachi', ...options });
  return { ...opened, v: new VaultPages(opened.page) };
}
afterEach(async (ctx) => {
  if (!opened) return;
  if (ctx.task.result?.state === 'fail') await opened.page.screenshot({ path: `${OUT}first-week-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
  expect(opened.app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await opened.app.context.close();
  opened = undefined;
});

/** The text of the focused element and its tag, read in the page. */
const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent ?? '' }));

describe('focus after a screen change', () => {
  it('lands on the new heading at every setup step and every section, never back on the page body', async () => {
    const { page, v } = await fresh();
    await v.chooseEnglish();
    await page.getByRole('link', { name: 'Get started' }).click();
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Who is using Family File?' });
    await page.getByRole('radio', { name: /parent or carer/ }).check();
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Choose a passphrase' });
    await page.locator('#new-passphrase').fill(PASSPHRASE);
    await page.locator('#repeat-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create my locked record' }).press('Enter');
    await expect.poll(() => focused(page), { timeout: 20_000 }).toEqual({ tag: 'H1', text: 'Quick unlock on this phone' });
    await v.skipPin();
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Your recovery sheet' });
    const words = await v.recoveryWords();
    await v.confirmWords(words);
    await page.waitForURL('**/home');
    await v.addChild('Amira Khan', '2024-02-10');
    await page.locator('a[href^="/child/"]', { hasText: 'Amira Khan' }).first().click();
    await page.getByRole('navigation', { name: /Parts of/ }).getByRole('link', { name: 'Health', exact: true }).click();
    await page.waitForURL('**/health');
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
  });
});
