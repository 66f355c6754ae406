// What a new parent meets in their first week (issue 9): each test has its own browser context.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { randomKey, signKeyPair } from '../../src/crypto/index';
import { buildOpenShareUrl, encodeEnvelope, encodeKeyToken, type BodyValue } from '../../src/share/index';
import { baseURL, type AppContext } from './support/browser';
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

describe("the parent's own check words", () => {
  it('are in settings, large, with a read-aloud button, and stay the same after locking', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.getByRole('heading', { name: 'Your check words' }).waitFor();
    const words = page.locator('#settings-check-words li');
    await words.first().waitFor();
    const before = await words.allTextContents();
    expect(before).toHaveLength(6);
    expect(await page.getByRole('button', { name: 'Read the words aloud' }).count()).toBe(1);
    const size = await words.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await v.lock();
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await words.first().waitFor();
    expect(await words.allTextContents()).toEqual(before);
  });
});

describe("the professional's first screen", () => {
  const parent = signKeyPair();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  /** An open share link, made now, valid for half an hour. */
  function link(body: BodyValue): string {
    const key = randomKey();
    const now = Date.now();
    const made = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, issuedAt: now, expiresAt: now + 30 * 60_000, body });
    if (!made.ok) throw new Error(made.error);
    return buildOpenShareUrl(baseURL(), { envelope: made.value, keyToken: encodeKeyToken({ kind: 'plain', key }) });
  }

  it('puts the age, "Things you must know" and an explicit "no allergies" first, with the NHS number spaced', async () => {
    // Born at 30 weeks, about eight months ago: the corrected age is shown too.
    const dob = iso(new Date(Date.now() - 245 * 86_400_000));
    const url = link({
      child: { name: 'Amira Khan', dob, gestationWeeks: 30 },
      sections: ['about-me', 'health'],
      entries: [{
        kind: 'passport', homeLanguages: ['ur'], communication: ['speech'], importantPeople: [], nhsNumber: '9434765919',
        mustKnow: { text: 'Goes very quiet when in pain; ask her to point.', lang: 'en' },
      }],
    });
    const { page } = await fresh();
    await page.goto(url);
    const first = page.locator('.must-know-first');
    await first.waitFor();
    expect(await first.getByRole('heading').textContent()).toBe('Things you must know');
    expect(await first.textContent()).toContain('Goes very quiet when in pain');
    expect(await first.textContent()).toContain('No allergies are written down in this record.');
    expect(await page.locator('.shared-age').textContent()).toMatch(/^Age: 5 months old \(corrected age\) Born 10 weeks early/);
    expect(await page.getByText('943 476 5919').count()).toBe(1);
    // Before the share's own details (who, when, time left).
    expect(await page.evaluate(() => {
      const box = document.querySelector('.must-know-first');
      const facts = document.querySelector('.share-facts');
      return !!box && !!facts && (box.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })).toBe(true);
    // Said once, not twice.
    expect(await page.getByText('Goes very quiet when in pain').count()).toBe(1);
  });

  it('lists the allergies in that box when there are some, and says nothing of allergies when Health was not shared', async () => {
    const dob = '2022-03-14';
    const { page } = await fresh();
    await page.goto(link({
      child: { name: 'Idris', dob }, sections: ['health'],
      entries: [{ kind: 'allergy', allergen: 'peanut', severity: 'severe', reactions: [] }],
    }));
    const first = page.locator('.must-know-first');
    await first.waitFor();
    expect(await first.textContent()).toContain('Allergy: Peanut (Severe)');
    await page.goto(link({ child: { name: 'Idris', dob }, sections: ['about-me'], entries: [] }));
    await page.locator('.shared-age').waitFor();
    expect(await page.locator('.must-know-first').count()).toBe(0);
  });
});
