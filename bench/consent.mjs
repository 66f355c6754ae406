// consent.build_share_5000_ms (issue 12): the one-tap share to a team member, for a child with
// 5,000 entries, in Chromium on on-disk IndexedDB: from the tap's call to the signed, encrypted
// share written to the consent record (bench/pages/consent-bench.ts), median of the runs after a
// first warm-up. The grant is a health visitor's (About me, Health, Appointments): every entry is
// filtered by grant and sensitivity, and the body is the health summary. (A grant of every section
// cannot go as one share at this size: 5,000 journal entries are over the share's 256 KiB body
// limit, and makeShare says 'too-large'.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../scripts/find-chrome.mjs';
import { buildBenchPages } from './build-pages.mjs';

const ENTRIES = 5000;
const RUNS = 9;
const HEADLESS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const HEALTH_VISITOR = ['about-me', 'health', 'appointments'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

async function run(browser, baseURL, sections, runs) {
  const dir = await mkdtemp(join(tmpdir(), 'ff-consent-bench-'));
  const context = await browser.browserType().launchPersistentContext(dir, {
    executablePath: findChrome(), args: HEADLESS, serviceWorkers: 'block', locale: 'en-GB',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`consent bench page: ${error.message}`));
    await page.goto(`${baseURL}/__bench_consent__/consent-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    return await page.evaluate((o) => window.runConsentBench(o), { entries: ENTRIES, runs, sections });
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function consentMetrics({ browser, baseURL, dist }) {
  const started = Date.now();
  await buildBenchPages(dist, '__bench_consent__', ['consent-bench']);
  const hv = await run(browser, baseURL, HEALTH_VISITOR, RUNS + 1);
  if (hv.entries !== ENTRIES) throw new Error(`consentMetrics: the child has ${hv.entries} entries, wanted ${ENTRIES}`);
  const warm = hv.shareMs.slice(1);
  console.log(
    `consent bench: ${hv.entries} entries; health visitor grant: first ${round(hv.shareMs[0])} ms, then median ${round(median(warm))} ms ` +
    `(max ${round(Math.max(...warm))}), envelope ${hv.bytes[0]} B, ${hv.carried[0]} sections; suite ${round((Date.now() - started) / 1000)} s`,
  );
  return { 'consent.build_share_5000_ms': round(median(warm)) };
}
