import { beforeAll, expect, it } from 'vitest';
import { waitForOfflineReady, type AppContext } from './support/browser';
import { useChromium } from './support/harness';
import { ShellPage } from './pages/ShellPage';

const chromium = useChromium();
let app: AppContext;

beforeAll(async () => {
  app = await chromium.open();
});

it('opens, navigates and changes language with no network after the first visit', async () => {
  const page = await app.newPage();
  const shell = new ShellPage(page);
  await shell.open('/language');
  await shell.chooseFirstLanguage('English', 'Continue');
  await waitForOfflineReady(page);

  await app.context.setOffline(true);
  await page.reload();
  await expect(shell.heading().textContent()).resolves.toBe('Welcome to Family File');

  await shell.nav('Settings');
  await expect.poll(() => shell.heading().textContent()).toBe('Settings');
  await expect(page.locator('[data-offline-status]').getAttribute('data-offline-status')).resolves.toBe('ready');

  // Urdu was never loaded online: its strings must come from the precache.
  await shell.switchLanguage('اردو');
  await expect.poll(() => shell.heading().textContent()).toBe('ترتیبات');
  expect(await shell.htmlLangDir()).toEqual({ lang: 'ur', dir: 'rtl' });

  // A deep link typed while offline is served by the cached shell.
  await page.goto('/about');
  await expect(shell.heading().textContent()).resolves.toBe('Family File کے بارے میں');
  await app.context.setOffline(false);
});
