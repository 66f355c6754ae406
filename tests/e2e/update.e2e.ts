// An app update never costs what the parent was typing: "Update now" writes every open form's
// draft before the new version takes over and the page reloads.
//
// The app is served from a copy of dist/ of its own, so this spec can publish a "new version"
// (a changed sw.js) without touching the build the other specs use.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
// @ts-expect-error: plain ESM helper
import { startStaticServer } from '../../scripts/static-server.mjs';
import { AppContext, launch, waitForOfflineReady } from './support/browser';
import { JournalPage } from './pages/JournalPage';
import { PASSPHRASE, VaultPages } from './pages/VaultPages';

const dist = new URL('../../dist/', import.meta.url).pathname;
let root: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let app: AppContext | undefined;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ff-update-'));
  cpSync(dist, root, { recursive: true });
  server = await startStaticServer({ root });
  browser = await launch();
});

afterAll(async () => {
  try {
    if (app) expect(app.requests.filter((u) => !u.startsWith(server.url) && !/^(data|blob):/.test(u))).toEqual([]);
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  }
});

function monthsAgo(months: number): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

it('saves the half-written journal note when the parent presses "Update now", and shows it after the reload', async () => {
  app = await AppContext.open(browser, { baseURL: server.url });
  const page = await app.newPage();
  const v = new VaultPages(page);
  const j = new JournalPage(page);
  await v.setUp();
  await waitForOfflineReady(page);
  await v.addChild('Nadia', monthsAgo(20));
  const childId = await j.childId('Nadia');
  await j.openJournal(childId);
  await j.startObservation();

  // A new version is published, and the phone notices it.
  const swPath = join(root, 'sw.js');
  writeFileSync(swPath, `${readFileSync(swPath, 'utf8')}\n// the next version\n`);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
  const banner = page.getByRole('region', { name: 'A new version of Family File is ready.' });
  await banner.waitFor({ timeout: 30_000 });

  // Time stands still from here, so the usual half-second save after typing never runs:
  // only the update's own save can keep the words.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('What did you notice?').fill('Half-written when the update came: she pointed at the');
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await banner.getByRole('button', { name: 'Update now' }).click();
  // The new version reloads the page; time runs again, and the vault is locked, as after any reload.
  await reloaded;
  await page.clock.resume();
  await page.waitForURL('**/unlock', { timeout: 30_000 });
  await v.unlock(PASSPHRASE);
  await page.waitForURL('**/home');
  await j.openJournal(childId);
  await page.getByText('We kept what you were writing').waitFor();
  expect(await page.getByLabel('What did you notice?').inputValue()).toBe('Half-written when the update came: she pointed at the');
  // And the new worker is the one in charge now.
  await expect.poll(() => page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg?.waiting === null && reg?.active?.state === 'activated';
  })).toBe(true);
});
