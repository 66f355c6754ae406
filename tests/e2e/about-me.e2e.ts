// "About me" is one form with one Save: everything it shows is saved, or (if any field is wrong)
// nothing is. Leaving it through a tab with unsaved changes asks first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppContext } from './support/browser';
import { OUT, useChromium } from './support/harness';
import { PassportHealthPage } from './pages/PassportHealthPage';
import { VaultPages } from './pages/VaultPages';

const chromium = useChromium();
let app: AppContext;
let page: Page;
let p: PassportHealthPage;
let childId: string;

// Each test has its own browser context: a fresh vault with one child, nothing shared.
beforeEach(async () => {
  ({ app, page } = await chromium.openPage({ timezoneId: 'Asia/Karachi' }));
  p = new PassportHealthPage(page);
  const v = new VaultPages(page);
  await v.setUp();
  await v.addChild('Amira Khan', '2024-02-10');
  childId = await p.childId('Amira Khan');
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: `${OUT}about-me-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
  expect(app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await app.context.close();
});

const healthTab = () => page.getByRole('navigation', { name: /Parts of/ }).getByRole('link', { name: 'Health', exact: true });

describe('About me: one form, one Save', () => {
  it('saves the nickname typed at the top with the passport below it, from the only Save button', async () => {
    await p.openPassport(childId, 'edit');
    expect(await page.locator('main').getByRole('button', { name: 'Save', exact: true }).count()).toBe(1);
    await p.field('Likes to be called').fill('Mimi');
    await p.field('I like').fill('Bubbles and songs');
    await p.saveAboutMe();
    await page.waitForURL(`**/child/${childId}/passport`);
    await page.getByText('Bubbles and songs').waitFor();
    await p.openPassport(childId, 'edit');
    await expect.poll(() => p.field('Likes to be called').inputValue()).toBe('Mimi');
    expect(await p.field('I like').inputValue()).toBe('Bubbles and songs');
  });

  it('saves nothing at all when one field is wrong, and says which', async () => {
    await p.openPassport(childId, 'edit');
    await p.field('Likes to be called').fill('Mimi');
    await p.field('NHS number').fill('943 476 5918');
    await p.saveAboutMe();
    await expect.poll(() => p.alerts().allTextContents()).toContain('This NHS number is not valid. Please check each digit.');
    expect(page.url()).toContain('/passport/edit');
    // The nickname was not saved on its own: the child's name in the header is unchanged.
    await p.field('NHS number').fill('');
    await p.field('Likes to be called').fill('');
    await healthTab().click();
    await page.waitForURL(`**/child/${childId}/health`);
    await p.openPassport(childId);
    expect(await p.h1().textContent()).toBe('About Amira Khan');
  });

  it('asks before a tab takes the parent away from unsaved changes: stay, leave and lose, or save and go on', async () => {
    await p.openPassport(childId, 'edit');
    await p.field('I like').fill('Bubbles');
    await p.saveAboutMe();
    await page.waitForURL(`**/child/${childId}/passport`);

    await p.openPassport(childId, 'edit');
    await p.field('I like').fill('Bubbles and the park');
    await healthTab().click();
    await p.leaveDialog().waitFor();
    await p.leaveDialog().getByRole('button', { name: 'Stay on this page' }).click();
    await p.leaveDialog().waitFor({ state: 'hidden' });
    expect(page.url()).toContain('/passport/edit');
    expect(await p.field('I like').inputValue()).toBe('Bubbles and the park');

    await healthTab().click();
    await p.leaveDialog().getByRole('button', { name: 'Leave and lose the changes' }).click();
    await page.waitForURL(`**/child/${childId}/health`);
    await p.openPassport(childId, 'edit');
    await expect.poll(() => p.field('I like').inputValue()).toBe('Bubbles');
    expect(await page.getByText('We kept what you were writing last time.').count()).toBe(0);

    await p.field('I like').fill('Bubbles, the park and trains');
    await healthTab().click();
    await p.leaveDialog().getByRole('button', { name: 'Save, then go on' }).click();
    await page.waitForURL(`**/child/${childId}/health`);
    await p.openPassport(childId);
    await page.getByText('Bubbles, the park and trains').waitFor();
  });

  it('leaves without asking when nothing was changed', async () => {
    await p.openPassport(childId, 'edit');
    await p.field('I like').waitFor();
    await healthTab().click();
    await page.waitForURL(`**/child/${childId}/health`);
    expect(await p.leaveDialog().count()).toBe(0);
  });
});
