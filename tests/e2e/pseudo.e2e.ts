import { beforeAll, expect, it } from 'vitest';
import type { AppContext } from './support/browser';
import { OUT, useChromium } from './support/harness';

const chromium = useChromium();
let app: AppContext;
beforeAll(async () => {
  app = await chromium.open();
});

/** Every visible text in <main> that is not a language's own name. */
async function screenTexts(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (text && !n.parentElement?.closest('.language-option')) out.push(text);
    }
    return out;
  });
}

for (const [code, dir] of [['en-XA', 'ltr'], ['ar-XB', 'rtl']] as const) {
  it(`renders every string through the pseudo-locale ${code} (${dir})`, async () => {
    const page = await app.newPage();
    for (const path of ['/language', '/welcome', '/settings']) {
      await page.goto(`${path}?lng=${code}&pseudo`);
      await page.locator('main h1').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      const texts = await screenTexts(page);
      expect(texts.length).toBeGreaterThan(1);
      // A string without the pseudo brackets was never translated: hard-coded text.
      expect(texts.filter((t) => !t.includes('[') && !/^[~\]\u202C]+$/.test(t)), path).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} overflows sideways`).toBeLessThanOrEqual(0);
    }
    await page.goto(`/welcome?lng=${code}&pseudo`);
    await page.locator('main h1').waitFor();
    await page.screenshot({ path: `${OUT}pseudo-${code}.png`, fullPage: true });
  });
}
