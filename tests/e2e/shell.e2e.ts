import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { ShellPage } from './pages/ShellPage';
import { LANGUAGES } from '../../src/i18n/languages';

const chromium = useChromium();
async function freshApp(locale = 'en-GB') {
  const { app, page } = await chromium.openPage({ locale });
  return { app, page, shell: new ShellPage(page) };
}

describe('first launch and language', () => {
  it('shows the language screen first, in the browser language', async () => {
    const { shell, page } = await freshApp('pl-PL');
    await shell.open('/');
    await page.waitForURL('**/language');
    await expect(shell.heading().textContent()).resolves.toBe('Wybierz język');
    expect(await shell.htmlLangDir()).toEqual({ lang: 'pl', dir: 'ltr' });
  });

  it('switches the screen as soon as a language is ticked, and remembers the choice', async () => {
    const { shell, page } = await freshApp();
    await shell.open('/');
    await expect(shell.heading().textContent()).resolves.toBe('Choose your language');
    await page.getByRole('radio', { name: 'العربية' }).check();
    await expect.poll(() => shell.heading().textContent()).toBe('اختر لغتك');
    expect(await shell.htmlLangDir()).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.screenshot({ path: `${OUT}language-ar.png`, fullPage: true });
    await page.getByRole('button', { name: 'متابعة' }).click();
    await page.waitForURL('**/welcome');
    await expect(shell.heading().textContent()).resolves.toBe('مرحبًا بك في Family File');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await shell.htmlLangDir()).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('lays Urdu out right to left, mirroring the header', async () => {
    const { shell, page } = await freshApp();
    await shell.open('/language');
    await page.getByRole('radio', { name: 'اردو' }).check();
    await expect.poll(() => shell.heading().textContent()).toBe('اپنی زبان منتخب کریں');
    expect(await shell.htmlLangDir()).toEqual({ lang: 'ur', dir: 'rtl' });
    await page.screenshot({ path: `${OUT}language-ur.png`, fullPage: true });
    await page.getByRole('button', { name: 'جاری رکھیں' }).click();
    await page.waitForURL('**/welcome');
    // In RTL the brand sits at the right edge and the language button at the left.
    const brand = await page.locator('.brand').boundingBox();
    const menu = await page.locator('.language-menu').boundingBox();
    expect(brand!.x).toBeGreaterThan(menu!.x);
  });

  it('changes language from the header on every screen', async () => {
    const { shell, page } = await freshApp();
    await shell.open('/language');
    await shell.chooseFirstLanguage('English', 'Continue');
    for (const [path, heading] of [['/settings', 'Ustawienia'], ['/about', 'O aplikacji Family File']] as const) {
      await shell.switchLanguage('English');
      await page.goto(path);
      await shell.switchLanguage('Polski');
      await expect.poll(() => shell.heading().textContent()).toBe(heading);
    }
    expect(await page.getByRole('status').textContent()).toBe('Zmieniono język na: Polski');
  });

  it('shows a translated not-found page for an unknown address', async () => {
    const { shell } = await freshApp();
    await shell.open('/no-such-screen');
    await expect(shell.heading().textContent()).resolves.toBe('This page does not exist.');
  });
});

describe('accessibility', () => {
  const screens = ['/language', '/welcome', '/settings', '/about', '/nowhere'];
  for (const lng of LANGUAGES.map((l) => l.code)) {
    it(`has no serious or critical axe violations on any screen in ${lng}`, async () => {
      const { page } = await freshApp();
      for (const path of screens) {
        await page.goto(`${path}?lng=${lng}`);
        await page.locator('main h1').waitFor();
        expect(await seriousViolations(page), `${path} in ${lng}`).toEqual([]);
      }
    });
  }

  it('keeps every tap target at least 44 px', async () => {
    const { page } = await freshApp();
    for (const path of ['/language', '/welcome', '/settings']) {
      await page.goto(`${path}?lng=en`);
      await page.locator('main h1').waitFor();
      const menu = page.locator('.language-menu > button');
      if (await menu.count()) await menu.click(); // measure the open language panel too
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, label.language-option')]
          .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
          .map((el) => ({ text: el.textContent?.trim(), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 44 || r.width < 44)
          .map(({ text, r }) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`),
      );
      expect(small, path).toEqual([]);
    }
  });

  it('works by keyboard alone: pick a language and continue', async () => {
    const { page, shell } = await freshApp();
    await shell.open('/language');
    await page.keyboard.press('Tab'); // skip link
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'radio'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '');
    }
    expect(focused).toBe('radio');
    await page.keyboard.press('ArrowDown'); // English → العربية
    await expect.poll(() => shell.htmlLangDir()).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.keyboard.press('Enter'); // submits the form
    await page.waitForURL('**/welcome');
  });

  it('reflows at 200% text size without sideways scrolling', async () => {
    const { page } = await freshApp();
    for (const lng of ['en', 'ar']) {
      for (const path of ['/language', '/welcome', '/settings', '/about']) {
        await page.goto(`${path}?lng=${lng}`);
        await page.locator('main h1').waitFor();
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} in ${lng}`).toBeLessThanOrEqual(0);
      }
    }
  });
});
