// Record metrics (issue 4), in Chromium, and growth.sds_10000_ms (issue 15): UK-WHO SDS for
// 10,000 measurements from 23 weeks to 5 years, median of 5 rounds, on the same bench page; and
// growth.chart_100_ms: the app's growth chart with 100 points rendered and laid out, median of
// 14 renders after the first (one frame at 60 Hz is 16.7 ms).
// Record metrics:
// - record.search_5000_ms: one search over the demo family at 5,000 observations (median of
//   several queries, each run several times), measured on bench/pages/record-bench.ts;
// - record.timeline_first_paint_5000_ms: in the real app, a demo vault of 5,000 observations
//   on on-disk IndexedDB; from the tap on a child to the timeline's first rows on screen
//   (the 'ff:timeline-first-rows' mark the timeline sets after its first rows paint), median.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../scripts/find-chrome.mjs';
import { buildBenchPages } from './build-pages.mjs';

const OBSERVATIONS = 5000;
const SEARCH_RUNS = 7;
const PAINT_RUNS = 7;
const FIRST_ROWS_MARK = 'ff:timeline-first-rows';
const HEADLESS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

/** A persistent profile in a new folder: IndexedDB on disk, as on a phone (see bench/vault.mjs). */
async function withProfile(browser, run) {
  const dir = await mkdtemp(join(tmpdir(), 'ff-record-bench-'));
  const context = await browser.browserType().launchPersistentContext(dir, {
    executablePath: findChrome(), args: HEADLESS, serviceWorkers: 'block', viewport: { width: 412, height: 860 }, locale: 'en-GB',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`record bench page: ${error.message}`));
    return await run(page);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function searchBench(browser, baseURL) {
  return withProfile(browser, async (page) => {
    await page.goto(`${baseURL}/__bench_record__/record-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    return page.evaluate((o) => window.runRecordBench(o), { observations: OBSERVATIONS, runs: SEARCH_RUNS });
  });
}

const CHART_POINTS = 100;
const CHART_RUNS = 15;

/** The app's GrowthChart with 100 points, rendered and laid out (growth-chart-bench.tsx). */
async function chartBench(browser, baseURL) {
  return withProfile(browser, async (page) => {
    await page.goto(`${baseURL}/__bench_record__/growth-chart-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    return page.evaluate((o) => window.runChartBench(o), { points: CHART_POINTS, runs: CHART_RUNS });
  });
}

/** Opens the demo at 5,000 observations through the welcome screen, then taps the first child again and again. */
async function firstPaintBench(browser, baseURL) {
  return withProfile(browser, async (page) => {
    await page.goto(`${baseURL}/language`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/welcome');
    let demoOpenMs;
    // Once in a CI run (issue 11's session) the demo never reached /home within 120 s, and it has
    // not happened again in any run since. If it does, say what the page showed, then try once more.
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${baseURL}/welcome?demo-observations=${OBSERVATIONS}`);
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Explore with a demo family' }).click();
      try {
        await page.waitForURL('**/home', { timeout: 90_000 });
        demoOpenMs = Date.now() - t0;
        break;
      } catch (error) {
        const shown = (await page.locator('main').textContent().catch(() => '')) ?? '';
        console.warn(`record bench: the demo did not open (attempt ${attempt}) at ${page.url()}; the page said: ${shown.slice(0, 400)}`);
        if (attempt === 2) throw error;
      }
    }
    const firstChild = page.getByRole('list', { name: 'Children' }).getByRole('heading').first().getByRole('link');
    await firstChild.waitFor();
    const paints = [];
    let rows = 0;
    for (let i = 0; i < PAINT_RUNS; i++) {
      // The tap is dispatched in the page, so the browser driver's own round trip is not counted.
      await firstChild.evaluate((link) => {
        performance.clearMarks();
        performance.mark('bench:tap');
        link.click();
      });
      const ms = await page.evaluate(async (name) => {
        while (performance.getEntriesByName(name).length === 0) await new Promise((r) => setTimeout(r, 2));
        return performance.getEntriesByName(name)[0].startTime - performance.getEntriesByName('bench:tap')[0].startTime;
      }, FIRST_ROWS_MARK);
      paints.push(ms);
      rows = await page.locator('ol.timeline > li').count();
      const total = await page.locator('.timeline-count').textContent();
      if (i === 0) console.log(`record bench: timeline says "${total}", ${rows} rows rendered`);
      await page.getByRole('link', { name: 'Your family' }).first().click();
      await page.waitForURL('**/home');
      await firstChild.waitFor();
    }
    return { paints, demoOpenMs, rows };
  });
}

export async function recordMetrics({ browser, baseURL, dist }) {
  const started = Date.now();
  await buildBenchPages(dist, '__bench_record__', ['record-bench', 'growth-chart-bench']);
  const s = await searchBench(browser, baseURL);
  if (s.observations !== OBSERVATIONS) throw new Error(`recordMetrics: ${s.observations} observations, wanted ${OBSERVATIONS}`);
  const c = await chartBench(browser, baseURL);
  if (c.drawnPoints !== CHART_POINTS) throw new Error(`recordMetrics: the chart drew ${c.drawnPoints} points, wanted ${CHART_POINTS}`);
  const chartWarm = c.renderMs.slice(1);
  console.log(`record bench: growth chart with ${c.drawnPoints} points and ${c.lines} lines: first render ${round(c.renderMs[0])} ms, then median ${round(median(chartWarm))} ms, max ${round(Math.max(...chartWarm))} ms`);
  const p = await firstPaintBench(browser, baseURL);
  if (p.rows === 0) throw new Error('recordMetrics: the timeline rendered no rows');
  console.log(
    `record bench: ${s.entries} entries; index build ${round(s.buildMs)} ms; search runs ${s.searchMs.length}, ` +
    `max ${round(Math.max(...s.searchMs))} ms; search + child timeline median ${round(median(s.searchAndListMs))} ms; ` +
    `first paints ${p.paints.map((x) => round(x)).join(', ')} ms (the first loads the timeline's code); ` +
    `demo of ${OBSERVATIONS} opened in ${round(p.demoOpenMs / 1000)} s; suite ${round((Date.now() - started) / 1000)} s`,
  );
  return {
    'record.search_5000_ms': round(median(s.searchMs), 2),
    'growth.sds_10000_ms': round(median(s.growthMs), 2),
    'growth.chart_100_ms': round(median(chartWarm), 2),
    'record.timeline_first_paint_5000_ms': round(median(p.paints)),
  };
}
