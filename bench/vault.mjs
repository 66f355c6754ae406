// Vault metrics (issue 3): KDF time, unlock of a 5,000-entry vault, the cost of decryption
// against plain IndexedDB reads, and one-by-one writes. Measured in Chromium with real
// IndexedDB by bench/pages/vault-bench.ts, built into dist/__bench__ after the app build so
// the page is served from the app's origin but stays out of the service worker precache.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { findChrome } from '../scripts/find-chrome.mjs';

const ENTRIES = 5000;
const WRITES = 1000;
const UNLOCK_RUNS = 3;
const KDF_RUNS = 3;
const OVERHEAD_RUNS = 9; // alternating vault/plain reads: the median steadies a shared machine

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;

async function buildBenchPages(dist) {
  await build({
    configFile: fileURLToPath(new URL('./vite.bench.config.ts', import.meta.url)),
    build: { outDir: join(dist, '__bench__') },
  });
}

// The same flags bench/run.mjs launches with.
const HEADLESS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Runs `steps` in order on one page of a fresh browser profile; `reload` between steps when
 * asked. A persistent profile in a new temporary folder, not browser.newContext(): those
 * contexts are off-the-record, and Chromium keeps their IndexedDB in memory, while a phone
 * reads it from disk. A new folder per run also keeps the runs' databases apart.
 */
async function inFreshProfile(browser, url, steps) {
  const dir = await mkdtemp(join(tmpdir(), 'ff-vault-bench-'));
  const context = await browser.browserType().launchPersistentContext(dir, {
    executablePath: findChrome(), args: HEADLESS, serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`vault bench page: ${error.message}`));
    const results = [];
    for (const { reload, ...step } of steps) {
      if (results.length === 0 || reload) {
        await page.goto(url);
        await page.waitForFunction(() => document.body.dataset.ready === 'true');
      }
      results.push(await page.evaluate((s) => window.runVaultBench(s), step));
    }
    return results;
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function vaultMetrics({ browser, baseURL, dist }) {
  const started = Date.now();
  await buildBenchPages(dist);
  const url = `${baseURL}/__bench__/vault-bench.html`;

  const [{ kdfMs }] = await inFreshProfile(browser, url, [{ step: 'kdf', runs: KDF_RUNS }]);
  const kdf = median(kdfMs);

  const unlocks = [];
  for (let i = 0; i < UNLOCK_RUNS; i++) {
    // Seed, then reload: the unlock starts on a freshly loaded page, as after opening the app.
    const [seeded, unlocked] = await inFreshProfile(browser, url, [
      { step: 'seed', db: 'bench-unlock', count: ENTRIES },
      { step: 'unlock', db: 'bench-unlock', reload: true },
    ]);
    if (unlocked.count !== ENTRIES) throw new Error(`vaultMetrics: unlock listed ${unlocked.count} of ${ENTRIES} entries`);
    unlocks.push({ ...unlocked, seedMs: seeded.seedMs, avgEntryBytes: seeded.avgEntryBytes });
  }
  const unlockTotal = median(unlocks.map((u) => u.totalMs));

  const [{ vaultMs, plainMs, split: decode }] = await inFreshProfile(browser, url, [{ step: 'overhead', count: ENTRIES, runs: OVERHEAD_RUNS }]);
  const [{ writeMs }] = await inFreshProfile(browser, url, [{ step: 'write', count: WRITES }]);

  // Breakdown for whoever has to make these faster; not metrics of their own.
  const split = (key) => round(median(unlocks.map((u) => u[key])));
  console.log(
    `vault bench: kdf runs ${kdfMs.map((x) => round(x)).join(', ')} ms; unlock total ${round(unlockTotal)} ms = ` +
    `unlockWithPassphrase ${split('unlockMs')} + allWithDamage ${split('decryptAllMs')} + sort ${split('sortMs')} ` +
    `(raw toArray of the same rows ${split('rawReadMs')}); seeding ${split('seedMs')} ms; ` +
    `avg entry ${round(unlocks[0].avgEntryBytes, 0)} B JSON; reads vault ${vaultMs.map((x) => round(x)).join(', ')} ` +
    `vs plain ${plainMs.map((x) => round(x)).join(', ')} ms; decode of ${ENTRIES} alone: open ${round(decode.openMs)} + ` +
    `utf8 ${round(decode.utf8Ms)} + JSON.parse ${round(decode.parseMs)} ms; suite ${round((Date.now() - started) / 1000)} s`,
  );
  return {
    'vault.kdf_ms': round(kdf),
    'vault.unlock_5000_ms': round(unlockTotal - kdf),
    'vault.encrypt_overhead_ratio': round(median(vaultMs) / median(plainMs), 2),
    'vault.write_1000_ms': round(writeMs),
  };
}
