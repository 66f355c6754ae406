// backup.write_mb_s and backup.peak_heap_mb (issue 13): the app's writeBackup over a vault of 5,000
// entries and 500 photos of 300 KB (about 150 MB) in Chromium on on-disk IndexedDB
// (bench/pages/backup-bench.ts). Throughput is the file's megabytes (10^6 bytes) per second of the
// whole write, photos read from IndexedDB included; the peak heap is the largest JS heap in use,
// sampled through CDP (Runtime.getHeapUsage) every 50 ms while the backup runs, after a GC before it.
// Restore (backup.restore_mb_s, backup.roundtrip_5000_s) comes with the restore.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../scripts/find-chrome.mjs';
import { buildBenchPages } from './build-pages.mjs';

const OPTIONS = { entries: 5000, photos: 500, photoBytes: 300 * 1024 };
const HEADLESS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

export async function backupMetrics({ browser, baseURL, dist }) {
  const started = Date.now();
  await buildBenchPages(dist, '__bench_backup__', ['backup-bench']);
  const dir = await mkdtemp(join(tmpdir(), 'ff-backup-bench-'));
  const context = await browser.browserType().launchPersistentContext(dir, {
    executablePath: findChrome(), args: HEADLESS, serviceWorkers: 'block', locale: 'en-GB',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`backup bench page: ${error.message}`));
    await page.goto(`${baseURL}/__bench_backup__/backup-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const prepared = await page.evaluate((o) => window.prepareBackupBench(o), OPTIONS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let peak = before;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const run = await page.evaluate(() => window.runBackupBench());
    sampling = false;
    await sampler;
    const mb = run.bytes / 1e6;
    const mbPerS = mb / (run.ms / 1000);
    console.log(
      `backup bench: ${prepared.rows} rows and ${prepared.blobs} photos; file ${round(mb)} MB in ${round(run.ms / 1000, 2)} s ` +
      `(${round(mbPerS)} MB/s); JS heap ${round(before / 2 ** 20)} MiB before, peak ${round(peak / 2 ** 20)} MiB; suite ${round((Date.now() - started) / 1000)} s`,
    );
    return { 'backup.write_mb_s': round(mbPerS), 'backup.peak_heap_mb': round(peak / 2 ** 20) };
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
