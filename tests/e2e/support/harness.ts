// What nearly every end-to-end spec used to write out for itself: the output folder, one
// Chromium per file, and the check at the end that no context it opened reached another origin.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { AppContext, launch } from './browser';

/** tests/e2e/.out/: screenshots, fake camera videos and other things a run leaves to look at. */
export const OUT = new URL('../.out/', import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

export interface Chromium {
  /** A new context in this file's browser; afterAll checks its requests. */
  open(options?: BrowserContextOptions): Promise<AppContext>;
  /** `open`, then one page in the new context. */
  openPage(options?: BrowserContextOptions): Promise<{ app: AppContext; page: Page }>;
  /** Every context opened so far, for a spec's own checks at the end. */
  readonly opened: readonly AppContext[];
}

/**
 * Launches Chromium before the file's tests and closes it after them. `args` may be a function
 * so that a spec can write its fake camera file when the browser starts, not when it is imported.
 */
export function useChromium(args: string[] | (() => string[]) = []): Chromium {
  let browser: Browser | undefined;
  const opened: AppContext[] = [];

  beforeAll(async () => {
    browser = await launch(typeof args === 'function' ? args() : args);
  });
  afterAll(async () => {
    try {
      for (const app of opened) expect(app.foreignRequests(), 'requests to other origins').toEqual([]);
    } finally {
      await browser?.close();
    }
  });

  async function open(options?: BrowserContextOptions): Promise<AppContext> {
    if (!browser) throw new Error('useChromium: open() was called before the browser launched');
    const app = await AppContext.open(browser, options);
    opened.push(app);
    return app;
  }

  return {
    open,
    async openPage(options) {
      const app = await open(options);
      return { app, page: await app.newPage() };
    },
    opened,
  };
}
