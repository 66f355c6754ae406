// App shell metrics: first-screen JS size, precache size, first render time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every URL in the Workbox precache manifest injected into dist/sw.js. */
export function precacheUrls(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:\s*"([^"]+)"|"url":\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

/** The self-hosted font files each language may download (issue 16; scripts/make-fonts.mjs). */
const FONT_FILES = { bn: /^noto-sans-bengali-/, pa: /^noto-sans-gurmukhi-/, gu: /^noto-sans-gujarati-/, 'zh-Hans': /^noto-sans-sc-/ };

/** The largest download one language's fonts can cost a phone with none of its own: both weights. */
export function fontBytesMax(dist) {
  const files = readdirSync(join(dist, 'fonts')).filter((f) => f.endsWith('.woff2'));
  const perLanguage = Object.entries(FONT_FILES).map(([lang, re]) => {
    const bytes = files.filter((f) => re.test(f)).reduce((sum, f) => sum + statSync(join(dist, 'fonts', f)).size, 0);
    if (process.env.BENCH_VERBOSE) console.log(`  fonts ${lang} ${kb(bytes)} KB`);
    return bytes;
  });
  return Math.max(...perLanguage);
}

export async function appMetrics({ browser, baseURL, dist }) {
  const loads = [];
  let firstScreenJs = 0;
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${baseURL}/language`);
    const renderMs = await page.evaluate(async () => {
      while (performance.getEntriesByName('ff:first-render').length === 0) await new Promise((r) => setTimeout(r, 5));
      return performance.getEntriesByName('ff:first-render')[0].startTime;
    });
    loads.push(renderMs);
    if (i === 0) {
      // JS the first screen needed: fetched before the first render mark.
      const needed = await page.evaluate(() =>
        performance.getEntriesByType('resource')
          .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
          .filter((e) => e.startTime <= performance.getEntriesByName('ff:first-render')[0].startTime)
          .map((e) => new URL(e.name).pathname),
      );
      for (const path of new Set(needed)) firstScreenJs += gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    }
    await context.close();
  }
  const unlockJs = await unlockJsBytes({ browser, baseURL, dist });
  const precacheBytes = precacheUrls(dist).reduce((sum, url) => sum + statSync(join(dist, url.split('?')[0])).size, 0);
  return {
    'app.initial_js_gz_kb': kb(firstScreenJs),
    'app.precache_kb': kb(precacheBytes),
    'app.unlock_js_gz_kb': kb(unlockJs),
    'app.font_kb_max': kb(fontBytesMax(dist)),
    'app.first_render_ms': Math.round(median(loads) * 10) / 10,
  };
}

const PASSPHRASE = 'purple kettle sings at dawn';

/**
 * JS (gzipped) a parent's phone fetches from opening the app at the unlock screen to seeing home
 * with one child: everything a daily unlock pays for (the first screen's JS included).
 */
async function unlockJsBytes({ browser, baseURL, dist }) {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block', baseURL });
  const page = await context.newPage();
  await page.goto('/language');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('link', { name: 'Get started' }).click();
  await page.getByRole('radio', { name: /parent or carer/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#new-passphrase').fill(PASSPHRASE);
  await page.locator('#repeat-passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create my locked record' }).click();
  await page.getByRole('button', { name: 'Not now' }).click({ timeout: 30_000 });
  await page.locator('.recovery-words .w').first().waitFor();
  const words = await page.locator('.recovery-words .w').allTextContents();
  await page.getByRole('button', { name: 'I have kept my recovery words' }).click();
  // The check step shows once the step reached is saved: wait for it before reading its labels.
  await page.locator('label[for^="word-"]').first().waitFor();
  for (const label of await page.locator('label[for^="word-"]').allTextContents()) {
    await page.getByLabel(label, { exact: true }).fill(words[Number(label.match(/\d+/)[0]) - 1]);
  }
  await page.getByRole('button', { name: 'Finish setup' }).click();
  await page.waitForURL('**/home');
  await page.getByLabel("Child's name").fill('Amira');
  await page.getByLabel('Date of birth').fill('2024-05-01');
  await page.getByRole('button', { name: 'Save child' }).click();
  await page.getByRole('heading', { name: 'Amira' }).waitFor();
  await page.close();

  // A fresh page: the unlock screen, then Open, then home.
  const fresh = await context.newPage();
  await fresh.goto('/unlock');
  await fresh.locator('#unlock-secret').fill(PASSPHRASE);
  await fresh.getByRole('button', { name: 'Open', exact: true }).click();
  await fresh.getByRole('heading', { name: 'Amira' }).waitFor({ timeout: 30_000 });
  await fresh.waitForLoadState('networkidle');
  const fetched = await fresh.evaluate(() =>
    performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname));
  await context.close();
  let bytes = 0;
  for (const path of new Set(fetched)) {
    const size = gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
    if (process.env.BENCH_VERBOSE) console.log(`  unlock js ${path} ${kb(size)} KB`);
    bytes += size;
  }
  return bytes;
}
