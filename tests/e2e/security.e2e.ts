import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppContext, launch } from './support/browser';

let browser: Browser;
let app: AppContext;
beforeAll(async () => {
  browser = await launch();
  app = await AppContext.open(browser);
});
afterAll(async () => {
  await browser?.close();
});

it('sends a Content-Security-Policy that allows only our own origin', async () => {
  const page = await app.newPage();
  const response = await page.goto('/language');
  const header = response!.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:\/\//); // no third-party host is ever allowed
  }
});

it('blocks a request to another origin, even if code tried one', async () => {
  const page = await app.newPage();
  await page.goto('/language');
  await page.locator('main h1').waitFor();
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/ping', { mode: 'no-cors' });
      return 'sent';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
  // The blocked attempt never left the browser.
  expect(app.requests.filter((u) => u.includes('example.org'))).toEqual([]);
});

it('makes no request outside our origin while moving through the shell', async () => {
  const page = await app.newPage();
  for (const path of ['/', '/language', '/welcome', '/settings', '/about']) {
    await page.goto(`${path}?lng=ar`);
    await page.locator('main h1').waitFor();
  }
  expect(app.requests.length).toBeGreaterThan(5);
  expect(app.foreignRequests().filter((u) => !u.includes('example.org'))).toEqual([]);
});
