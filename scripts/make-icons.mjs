#!/usr/bin/env node
// Renders public/icons/*.svg to the PNG sizes the manifest lists, with Chromium.
// Run by hand after changing an icon; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const dir = new URL('../public/icons/', import.meta.url).pathname;
const jobs = [['icon.svg', 'icon-192.png', 192], ['icon.svg', 'icon-512.png', 512], ['maskable.svg', 'maskable-512.png', 512]];
const browser = await chromium.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
for (const [src, out, size] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(dir + src, 'utf8');
  await page.setContent(`<style>html,body{margin:0}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: dir + out, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written');
