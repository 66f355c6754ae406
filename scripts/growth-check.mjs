#!/usr/bin/env node
// `npm run growth:check -- FILE`: checks a file of rows shaped like the published UK-WHO
// validation set (birth and observation dates, sex, measurement_method, observation_value, ages
// and expected SDS) with the app's own code. Prints "N rows, M over 0.001 SDS, max difference X"
// and exits non-zero when any row is over, or cannot be read.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run growth:check -- FILE');
  process.exit(2);
}
let rows;
try {
  rows = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`growth:check: cannot read ${file}: ${e.message}`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const vite = await createServer({ root, configFile: false, logLevel: 'warn', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
try {
  const { checkValidationRows } = await vite.ssrLoadModule('/src/domain/growth/check.ts');
  const { UK_WHO } = await vite.ssrLoadModule('/src/domain/growth/uk-who-data.ts');
  const report = checkValidationRows(UK_WHO, rows);
  for (const example of report.examples) console.log(`  ${example}`);
  const unreadable = report.unreadable ? `, ${report.unreadable} unreadable` : '';
  console.log(`${report.rows} rows, ${report.over} over 0.001 SDS, max difference ${report.maxDifference.toFixed(6)}${unreadable}`);
  process.exitCode = report.over > 0 || report.unreadable > 0 ? 1 : 0;
} finally {
  await vite.close();
}
