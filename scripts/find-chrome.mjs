#!/usr/bin/env node
// Finds Chromium or Chrome for the end-to-end tests and benchmarks. Never skips
// quietly: with no browser, it says how to get one and fails.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but nothing is there.`);
  }
  const hit = CANDIDATES.find((p) => existsSync(p));
  if (hit) return hit;
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
      'or set CHROME_PATH to its executable. The end-to-end tests need a real browser and will not skip.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(`Browser: ${findChrome()}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
