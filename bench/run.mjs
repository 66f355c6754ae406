#!/usr/bin/env node
// `npm run bench`: benchmarks against the production build in headless Chromium.
// Writes bench/results.json as { "metric.name": number } and checks the budgets.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.mjs';
import { findChrome } from '../scripts/find-chrome.mjs';
import { appMetrics } from './app.mjs';
import { vaultMetrics } from './vault.mjs';
import { recordMetrics } from './record.mjs';
import { consentMetrics } from './consent.mjs';
import { shareMetrics } from './share.mjs';
import { fountainMetrics } from './fountain.mjs';
import { decodeFuzzMetrics } from './decode-fuzz.mjs';
import { backupMetrics } from './backup.mjs';
import { BUDGETS, checkBudgets } from './budgets.mjs';

const HEADLESS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const dist = new URL('../dist/', import.meta.url).pathname;
const server = await startStaticServer({ root: dist });
const browser = await chromium.launch({ executablePath: findChrome(), args: HEADLESS });
const results = {};
// BENCH_ONLY=share (say) runs one suite and prints it, leaving bench/results.json alone.
const only = process.env.BENCH_ONLY;
try {
  const suites = [appMetrics, vaultMetrics, recordMetrics, consentMetrics, shareMetrics, fountainMetrics, decodeFuzzMetrics, backupMetrics].filter((s) => !only || s.name === `${only}Metrics`);
  // Later suites register here; each gets the browser, the server URL and dist/.
  for (const suite of suites) Object.assign(results, await suite({ browser, baseURL: server.url, dist }));
} finally {
  await browser.close();
  await server.close();
}

const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
if (only) {
  for (const [k, v] of Object.entries(sorted)) console.log(`${k.padEnd(40)} ${v}`);
  process.exit(0);
}
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(sorted, null, 2) + '\n');
for (const [k, v] of Object.entries(sorted)) console.log(`${k.padEnd(40)} ${v}`);
const failures = checkBudgets(sorted, BUDGETS);
if (failures.length) {
  console.error(`\nBudget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`\nbench: ${Object.keys(sorted).length} metrics written to bench/results.json; all budgets hold.`);
