// App shell metrics: first-screen JS size, precache size, first render time.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const kb = (bytes) => Math.round((bytes / 1024) * 100) / 100;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Every URL in the Workbox precache manifest injected into dist/sw.js. */
export function precacheUrls(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:\s*"([^"]+)"|"url":\s*"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
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
  const precacheBytes = precacheUrls(dist).reduce((sum, url) => sum + statSync(join(dist, url.split('?')[0])).size, 0);
  return {
    'app.initial_js_gz_kb': kb(firstScreenJs),
    'app.precache_kb': kb(precacheBytes),
    'app.first_render_ms': Math.round(median(loads) * 10) / 10,
  };
}
