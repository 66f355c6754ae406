// Share metrics (issue 5), in Chromium on bench/pages/share-bench.ts:
// - share.passport_qr_version: QR version (EC M) of the demo child's passport + health summary
//   as an addressed share, in the app's single-code text ("FF1:" + base45);
// - share.bytes_per_frame: payload bytes each animated frame carries (the fountain block size of
//   the journal share below; each frame adds a header of at most 14 bytes);
// - share.journal_transfer_s: the demo child's full journal as an addressed share, shown as an
//   animated code at the app's default speed, with 20% of frames missed at random (seeded):
//   frames shown until decoded × frame interval, median over the trials;
// - share.content_ratio: the passport + health share's QR data bits (alphanumeric: 5.5 bits a
//   character) over the same body as plain JSON → deflate → base64url in byte mode (8 bits a
//   character), unsigned and unencrypted; so both sides are what a QR code would really hold;
// - share.decode_ms: QR text → verified, decrypted, decoded body, median.
// - share.encode_cold_ms / share.encode_warm_ms: making that addressed share in a fresh page (CM1
//   primes its model first) and again once primed (median of 9); *_cpu4: cold encode and decode
//   with Chromium's CPU throttled 4×, roughly a cheap phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const TRIALS = 50;
const DROP_RATE = 0.2;
const DECODE_RUNS = 50;

const round = (x, places = 1) => Math.round(x * 10 ** places) / 10 ** places;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The animated code's default speed, read from the share screen so the two cannot drift apart. */
function appFramesPerSecond() {
  const source = readFileSync(new URL('../src/ui/share/QrDisplay.tsx', import.meta.url), 'utf8');
  const speeds = /const SPEEDS = \[([\d,\s]+)\]/.exec(source)?.[1]?.split(',').map(Number);
  const index = Number(/const DEFAULT_SPEED_INDEX = (\d+)/.exec(source)?.[1]);
  const fps = speeds?.[index];
  if (!fps) throw new Error('shareMetrics: could not read the default frame rate from QrDisplay.tsx');
  return fps;
}

/** Its own folder under dist/, so other suites' builds leave it alone. */
async function buildBenchPage(dist) {
  const pages = fileURLToPath(new URL('./pages/', import.meta.url));
  await build({
    configFile: false,
    root: pages,
    base: '/__bench_share__/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: join(dist, '__bench_share__'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rolldownOptions: { input: { 'share-bench': `${pages}share-bench.html` } },
    },
  });
}

async function runInPage(browser, baseURL, options, cpuSlowdown = 1) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`share bench page: ${error.message}`));
    await page.goto(`${baseURL}/__bench_share__/share-bench.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    return await page.evaluate((o) => window.runShareBench(o), options);
  } finally {
    await context.close();
  }
}

export async function shareMetrics({ browser, baseURL, dist }) {
  const started = Date.now();
  const fps = appFramesPerSecond();
  await buildBenchPage(dist);
  const r = await runInPage(browser, baseURL, { fps, trials: TRIALS, dropRate: DROP_RATE, decodeRuns: DECODE_RUNS });
  // The same in a fresh page with the CPU slowed 4× (Chromium's own throttling): roughly a cheap phone.
  const slow = await runInPage(browser, baseURL, { fps, trials: 1, dropRate: DROP_RATE, decodeRuns: 9 }, 4);
  if (r.journalEntries < 50) throw new Error(`shareMetrics: the journal share has ${r.journalEntries} entries, wanted at least 50`);
  const shown = r.framesShown;
  console.log(
    `share bench: passport + health summary ${r.messageBytes} B, ${r.qrChars} QR chars, version ${r.qrVersion} ` +
    `(full health: ${r.fullHealthBytes} B, version ${r.fullHealthVersion}; passport alone: version ${r.passportOnlyVersion}); ` +
    `naive baseline ${r.jsonChars} JSON chars → ${r.naiveChars} base64url chars; ` +
    `journal ${r.journalEntries} entries, ${r.journalBytes} B, k = ${r.k} blocks of ${r.blockSize} B (frame QR version ${r.frameVersion}), ` +
    `${fps} frames/s, ${round(DROP_RATE * 100, 0)}% dropped: frames shown median ${median(shown)}, max ${Math.max(...shown)} ` +
    `over ${shown.length} trials; suite ${round((Date.now() - started) / 1000)} s`,
  );
  return {
    'share.passport_qr_version': r.qrVersion,
    'share.bytes_per_frame': r.blockSize,
    'share.journal_transfer_s': round(median(r.transferS), 2),
    'share.content_ratio': round(r.contentRatio, 3),
    'share.decode_ms': round(r.decodeMs, 2),
    'share.encode_cold_ms': round(r.encodeColdMs, 1),
    'share.encode_warm_ms': round(r.encodeWarmMs, 1),
    'share.encode_cold_ms_cpu4': round(slow.encodeColdMs, 1),
    'share.decode_ms_cpu4': round(slow.decodeMs, 2),
  };
}
