import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
// @ts-expect-error: plain ESM helper
import { findChrome } from '../../../scripts/find-chrome.mjs';

export const HEADLESS_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export function baseURL(): string {
  return inject('baseURL');
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome() as string, args: [...HEADLESS_FLAGS, ...extraArgs] });
}

/**
 * A browser context that records every request any of its pages makes. The app
 * promises no third-party requests: `foreignRequests()` must stay empty.
 */
export class AppContext {
  static #shots = 0;
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];
  private constructor(readonly context: BrowserContext) {}

  static async open(browser: Browser, options: BrowserContextOptions = {}): Promise<AppContext> {
    const context = await browser.newContext({ baseURL: baseURL(), viewport: { width: 412, height: 860 }, ...options });
    const app = new AppContext(context);
    context.on('request', (req) => app.requests.push(req.url()));
    context.on('page', (page) => app.watch(page));
    return app;
  }

  private watch(page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(`pageerror: ${err.message}`));
  }

  async newPage(): Promise<Page> {
    return this.context.newPage();
  }

  /** Screenshots every open page, for looking at a failure afterwards. */
  async snapshot(label: string): Promise<void> {
    const dir = new URL('../.out/', import.meta.url).pathname;
    await Promise.all(
      this.context.pages().map((p, i) => p.screenshot({ path: `${dir}fail-${label}-${AppContext.#shots++}-${i}.png`, fullPage: true }).catch(() => undefined)),
    );
  }

  foreignRequests(): string[] {
    const origin = new URL(baseURL()).origin;
    return this.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** Waits until the service worker is activated and controls the page, so the app works offline. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  // Polled from node (waitForFunction does not reliably await an async predicate), with no fixed sleep.
  await expect.poll(() => page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    // 'activated', not just active: fetches wait while the worker is still activating.
    return reg?.active?.state === 'activated' && !reg.installing && navigator.serviceWorker.controller !== null;
  }), { timeout: 30_000, message: 'the service worker never took control' }).toBe(true);
}
