// Backup and restore (issue 13), with the app's writeBackup and restoreBackup in Chromium on
// on-disk IndexedDB (bench/pages/backup-bench.ts):
// - backup.roundtrip_5000_s: back up and restore a vault of 5,000 entries and no photos;
// - backup.write_mb_s: back up that vault plus 500 photos of 300 KB (about 150 MB), photos read
//   from IndexedDB included, in megabytes (10^6 bytes) of file per second;
// - backup.restore_mb_s: restore that backup into an empty app database;
// - backup.peak_heap_mb: the largest JS heap in use during the write and the restore, sampled
//   through CDP (Runtime.getHeapUsage) every 50 ms, after a GC before each.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../scripts/find-chrome.mjs';
import { buildBenchPages } from './build-pages.mjs';

const OPTIONS = { entries: 5000, photos: 500, photoBytes: 300 * 1024 };
const HEADLESS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;
const MiB = 2 ** 20;

/** Runs `phase` in the page while sampling the JS heap; returns its result and the peak. */
async function sampled(cdp, phase) {
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    return { result: await phase(), peak };
  } finally {
    sampling = false;
    await sampler;
  }
}

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
    const cdp = await context.newCDPSession(page);
    const prepared = await page.evaluate((o) => window.prepareBackupBench(o), OPTIONS);
    const roundtrip = await page.evaluate(() => window.roundtripBackupBench());
    if (roundtrip.rows < prepared.rows) throw new Error(`backup bench: restored ${roundtrip.rows} rows of ${prepared.rows}`);
    await page.evaluate((o) => window.addPhotosBackupBench(o), OPTIONS);
    const write = await sampled(cdp, () => page.evaluate(() => window.writeBackupBench()));
    await page.evaluate(() => window.gatherBackupBench());
    const restore = await sampled(cdp, () => page.evaluate(() => window.restoreBackupBench()));
    if (restore.result.blobs !== OPTIONS.photos) throw new Error(`backup bench: restored ${restore.result.blobs} photos of ${OPTIONS.photos}`);
    const mbs = (r) => (r.bytes / 1e6) / (r.ms / 1000);
    const peak = Math.max(write.peak, restore.peak);
    console.log(
      `backup bench: ${prepared.rows} rows; round trip without photos ${round(roundtrip.ms / 1000, 2)} s (${round(roundtrip.bytes / 1e6, 2)} MB); ` +
      `with ${OPTIONS.photos} photos: file ${round(write.result.bytes / 1e6)} MB, write ${round(write.result.ms / 1000, 2)} s (${round(mbs(write.result))} MB/s, heap peak ${round(write.peak / MiB)} MiB), ` +
      `restore ${round(restore.result.ms / 1000, 2)} s (${round(mbs(restore.result))} MB/s, heap peak ${round(restore.peak / MiB)} MiB); suite ${round((Date.now() - started) / 1000)} s`,
    );
    return {
      'backup.roundtrip_5000_s': round(roundtrip.ms / 1000, 2),
      'backup.write_mb_s': round(mbs(write.result)),
      'backup.restore_mb_s': round(mbs(restore.result)),
      'backup.peak_heap_mb': round(peak / MiB),
    };
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
