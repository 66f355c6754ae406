import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { makePng } from './support/png';
import { PASSPHRASE, VaultPages } from './pages/VaultPages';
import { ShellPage } from './pages/ShellPage';
import { databaseNames, FamilyPage } from './pages/FamilyPage';

const chromium = useChromium();

async function fresh() {
  const { app, page } = await chromium.openPage();
  return { app, page, v: new VaultPages(page), f: new FamilyPage(page), shell: new ShellPage(page) };
}

async function rowTexts(page: Page): Promise<string[]> {
  return new FamilyPage(page).rows().allTextContents();
}

describe('the demo family', () => {
  it('opens with a banner, a searchable timeline and section tabs, in English and Arabic', async () => {
    const { page, v, f, shell } = await fresh();
    await v.chooseEnglish();
    await page.getByRole('button', { name: 'Explore with a demo family' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await f.openDemo();
    expect(await f.banner().isVisible()).toBe(true);
    expect(await f.childCards().count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);

    await f.openChild('Yusuf');
    expect(await f.banner().isVisible()).toBe(true);
    const total = Number((await f.status().textContent())!.match(/\d[\d,]*/)![0].replace(/,/g, ''));
    expect(total).toBeGreaterThan(60);
    expect(await f.rows().count()).toBe(50); // one page at a time
    expect(await page.getByRole('button', { name: 'Show more' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${OUT}timeline-en.png`, fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    // A word from the free text: every hit contains it, and there are fewer than all.
    await f.search('tower');
    await expect.poll(() => f.status().textContent()).toMatch(/entr(y|ies) found/);
    const hits = await rowTexts(page);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(total);
    for (const h of hits) expect(h.toLowerCase()).toContain('tower');

    // A coded label in the reader's language finds the audiology service.
    await f.search('audiology');
    await expect.poll(async () => (await rowTexts(page)).some((t) => t.includes('Audiology'))).toBe(true);

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    expect(await f.searchBox().inputValue()).toBe('');
    await f.filter('Section', 'Health');
    await expect.poll(async () => new Set(await f.rows().evaluateAll((rows) => rows.map((r) => r.className)))).toEqual(new Set(['timeline-row section-health']));
    await f.filter('Section', 'All sections');
    await f.filter('Mark', 'Concern');
    await expect.poll(async () => (await f.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).every((k) => k === 'observation')).toBe(true);
    for (const text of await rowTexts(page)) expect(text).toContain('Concern');

    // Section tabs and the sibling switch.
    await f.openSection('Health');
    await page.waitForURL(/\/child\/demo-child-yusuf\/health$/);
    expect(await f.sectionTabs().getByRole('link', { name: 'Health', exact: true }).getAttribute('aria-current')).toBe('page');
    await f.switchChild('Maya');
    await page.waitForURL(/\/child\/demo-child-maya\/health$/);
    await f.openSection('Timeline');
    await page.waitForURL(/\/child\/demo-child-maya\/timeline$/);
    expect(await f.rows().count()).toBeGreaterThan(0);

    await shell.switchLanguage('العربية');
    await page.getByRole('heading', { name: 'الخط الزمني', level: 1 }).waitFor();
    expect(await shell.htmlLangDir()).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('searchbox').fill('السمع');
    await page.screenshot({ path: `${OUT}timeline-ar.png`, fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('searchbox').fill('');
    await page.getByRole('link', { name: 'عائلتك' }).first().click();
    await page.waitForURL('**/home');
    await page.screenshot({ path: `${OUT}home-demo-ar.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('leaves the demo by wiping it, and the real vault is untouched', async () => {
    const { page, v, f } = await fresh();
    await v.setUp();
    await v.addChild('Leila', '2023-07-07');
    await v.addObservation('Leila stacked the cups by size');
    await page.goto('/welcome'); // a reload: the real vault is locked
    await f.openDemo();
    expect(await databaseNames(page)).toEqual(expect.arrayContaining(['familyfile', 'familyfile-demo']));
    expect(await page.getByText('Leila').count()).toBe(0);
    await f.leaveDemo();
    await expect.poll(() => databaseNames(page)).not.toContain('familyfile-demo');
    expect(await databaseNames(page)).toContain('familyfile');
    expect(await f.banner().count()).toBe(0);

    await page.goto('/');
    await page.waitForURL('**/unlock');
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await page.getByText('Leila stacked the cups by size').waitFor();
    expect(await f.childCards().count()).toBe(1);
  });
});

describe('a family with two children', () => {
  it('adds two children, one premature, with a photo, and switches between their records', async () => {
    const { page, v, f, shell } = await fresh();
    await v.setUp();
    await f.addChild('Zara', '2022-03-10');
    const ninetyDaysAgo = new Date(Date.now() - 150 * 86_400_000).toISOString().slice(0, 10);
    await f.addChild('Omar', ninetyDaysAgo, '31');
    expect(await f.childCards().count()).toBe(2);
    const omar = f.card('Omar');
    await omar.getByText('Born 9 weeks early').waitFor();
    expect(await omar.textContent()).toContain('(corrected age)');
    expect(await f.card('Zara').textContent()).toMatch(/\d+ years old/);

    // A photo: something that is not a picture is refused clearly, a real one is shown.
    await omar.getByLabel('Add a photo of Omar').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
    await omar.getByRole('alert').filter({ hasText: 'That file is not a photo' }).waitFor();
    await omar.getByLabel('Add a photo of Omar').setInputFiles({ name: 'omar.png', mimeType: 'image/png', buffer: makePng(64, 48) });
    await omar.locator('img[src^="blob:"]').waitFor();
    expect(await omar.getByRole('alert').count()).toBe(0);

    // A quick note for the second child, found on his timeline.
    await page.getByLabel('Child', { exact: true }).selectOption({ label: 'Omar' });
    await v.addObservation('Omar smiled at the mobile for the first time');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}home-en.png`, fullPage: true });

    await f.openChild('Zara');
    await page.getByText('Nothing is recorded for Zara yet.').waitFor();
    await f.switchChild('Omar');
    await page.waitForURL(/\/timeline$/);
    await f.rows().filter({ hasText: 'smiled at the mobile' }).waitFor();
    await f.search('mobile first');
    await expect.poll(() => f.rows().count()).toBe(1);
    await f.search('mobile zebra');
    await page.getByText('Nothing matches.').waitFor();

    for (const [tab, path] of [['About me', 'passport'], ['Journal', 'journal'], ['Appointments', 'appointments'], ['Private notes', 'notes']] as const) {
      await f.openSection(tab);
      await page.waitForURL(new RegExp(`/child/[^/]+/${path}$`));
      expect(await f.sectionTabs().getByRole('link', { name: tab, exact: true }).getAttribute('aria-current')).toBe('page');
    }
    await page.getByRole('link', { name: 'Your family' }).first().click();
    await page.waitForURL('**/home');

    await shell.switchLanguage('العربية');
    await page.getByRole('heading', { name: 'عائلتك', level: 1 }).waitFor();
    await page.screenshot({ path: `${OUT}home-ar.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
