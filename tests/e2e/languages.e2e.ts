// Every shipped language (issue 16): a parent sets up the app in that language alone and reaches
// their child's record; on the main screens no text overflows or is clipped, on a small phone.
// Screenshots of the main screens land in tests/e2e/.out/screens/ (the Arabic, Urdu, Bengali and
// Chinese ones are kept in docs/screenshots/ after a look).
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../src/i18n/languages';
import { OUT, useChromium } from './support/harness';
import { localeText } from './support/locale-text';
import { addChildIn, setUpIn } from './pages/LanguageSetup';
import { JournalPage } from './pages/JournalPage';

const chromium = useChromium();
const SCREENS = `${OUT}screens/`;
mkdirSync(SCREENS, { recursive: true });
const SCREENSHOT = new Set(['ar', 'ur', 'bn', 'zh-Hans']);

/** Visible boxes whose text is wider or taller than the box: overflowing or clipped. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) {
      // Name the innermost boxes that stick out, so a failure says what to fix.
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1);
      });
      const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other))).slice(0, 3);
      const named = innermost.map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`);
      out.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px): ${named.join(', ')}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main p, main label, main button, main a.button, main li, main dt, main dd, main .tag, main th, main td, header button, header a')) {
      if (el.offsetParent === null || el.clientWidth === 0) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline') continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" is ${el.scrollWidth}px in ${el.clientWidth}px`);
      if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) out.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" is clipped`);
    }
    return out;
  });
}

async function look(page: Page, lang: string, screen: string): Promise<void> {
  expect(await overflowing(page), `${lang} ${screen}`).toEqual([]);
  if (SCREENSHOT.has(lang)) await page.screenshot({ path: `${SCREENS}${lang}-${screen}.png`, fullPage: true });
}

describe('every language: setup to the record', () => {
  for (const lang of LANGUAGES) {
    const T = (key: string) => localeText(lang.code, key);

    it(`in ${lang.englishName} (${lang.code})`, async () => {
      const { page } = await chromium.openPage({ viewport: { width: 360, height: 740 } });
      await setUpIn(page, lang.code, async (screen) => {
        if (screen === 'welcome') expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang.code, lang.dir]);
        await look(page, lang.code, screen);
      });
      await addChildIn(page, lang.code, 'Amira Khan', '2024-05-01');
      await look(page, lang.code, 'home');
      await page.locator('.child-card-link', { hasText: 'Amira Khan' }).click();
      await page.waitForURL('**/child/**');
      // The child's record opens on its timeline, under the child's name.
      await page.getByRole('heading', { name: T('family:timeline.title') }).waitFor();
      await page.locator('main strong', { hasText: 'Amira Khan' }).first().waitFor();
      await look(page, lang.code, 'record');
      // A language with a face of our own has all of it, every weight and slice, once in use: so
      // offline, a screen not yet seen still has its letters.
      const face = lang.fontFace;
      if (face) {
        await expect.poll(() => page.evaluate((family) => {
          const states: string[] = [];
          document.fonts.forEach((f) => { if (f.family.replace(/["']/g, '') === family) states.push(f.status); });
          return states.length > 0 && states.every((state) => state === 'loaded');
        }, face), { timeout: 30_000 }).toBe(true);
      }

      // A journal entry being written (with "Language of what you wrote"), and the share form
      // (pictures, a summary built from several strings), reached in the app as a parent would.
      const childId = new URL(page.url()).pathname.split('/')[2]!;
      await new JournalPage(page).openJournal(childId);
      await page.getByRole('button', { name: T('journal:add') }).click();
      await page.locator('textarea[id$="-text"]').fill('Amira');
      await page.getByLabel(T('kit:writtenIn.label')).waitFor();
      await look(page, lang.code, 'journal-entry');
      await page.evaluate((path) => {
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `/share/${childId}`);
      await page.locator('#share-summary').waitFor();
      await look(page, lang.code, 'share');
    });
  }
});
