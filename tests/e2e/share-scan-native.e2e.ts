// The scanner's native path: the browser's own BarcodeDetector, where a phone has one. Debian's
// Chromium has none, so a stand-in (pages/NativeDetector.ts) reads the fake camera's real
// picture. These tests prove the native path is the one used (no jsQR worker is ever started),
// that what it reads reaches the same screens, and that a detector that throws, stalls or sees
// nothing never leaves the professional with a blank or stuck screen.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { randomKey, signKeyPair } from '../../src/crypto/index';
import {
  buildOpenShareUrl, createFountainEncoder, encodeEnvelope, encodeKeyToken, encodeScanMessage, singleQrText, type BodyValue,
} from '../../src/share/index';
import type { AppContext } from './support/browser';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { NativeDetector, type DetectorMode } from './pages/NativeDetector';
import { ScanPage } from './pages/ScanPage';

const CAMERA = `${OUT}share-scan-native-camera.y4m`;
const MINUTE = 60_000;
const QR_WORKER = /\/qr-worker[^/]*\.js/;
const FRAMES_WORKER = /\/frames-worker[^/]*\.js/;

const chromium = useChromium(() => qrCameraArgs(CAMERA));
const parent = signKeyPair();
const en = (text: string) => ({ text, lang: 'en' });

function passport(name: string, likes: string): BodyValue {
  return {
    child: { name, dob: '2022-03-14' },
    sections: ['about-me'],
    entries: [{ kind: 'passport', homeLanguages: ['ur', 'en'], communication: ['speech'], importantPeople: [], likes: en(likes) }],
  };
}

function journal(count: number): BodyValue {
  return {
    child: { name: 'Amira Khan', dob: '2022-03-14' },
    sections: ['dev-communication'],
    entries: Array.from({ length: count }, (_, i) => ({
      kind: 'observation', area: 'communication', date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`, mark: 'none', milestoneCodes: [],
      text: en(`Observation ${i + 1}: Amira named ${(i * 7919) % 1000} things at snack time, then sang the song about the ${['bus', 'ducks', 'moon'][i % 3]}.`),
    })),
  };
}

/** An open share (envelope + key) made now, valid for half an hour. */
function openShare(body: BodyValue, sender = parent): { envelope: Uint8Array; keyToken: Uint8Array } {
  const key = randomKey();
  const now = Date.now();
  const made = encodeEnvelope({ type: 'open-share', sender, openShareKey: key, issuedAt: now, expiresAt: now + 30 * MINUTE, body });
  if (!made.ok) throw new Error(made.error);
  return { envelope: made.value, keyToken: encodeKeyToken({ kind: 'plain', key }) };
}

const asLink = (body: BodyValue) => buildOpenShareUrl('https://family.example', openShare(body));

/** A photo of a code, as a PNG file for the scanner's file input. */
async function photoOf(body: BodyValue, sender = parent) {
  const buffer = await QRCode.toBuffer(singleQrText(encodeScanMessage(openShare(body, sender))), { errorCorrectionLevel: 'M', scale: 6 });
  return { name: 'code.png', mimeType: 'image/png', buffer };
}

interface Professional {
  app: AppContext;
  page: Page;
  scan: ScanPage;
  detector: NativeDetector;
  /** Dedicated workers the page started. */
  workers: string[];
  /**
   * What the page itself fetched. The context's recorder is no proof here: the service worker
   * precaches every chunk, the jsQR worker's script included, whatever the scanner uses.
   */
  pageRequests: string[];
}

async function professional(mode: DetectorMode): Promise<Professional> {
  const app = await chromium.open();
  await NativeDetector.install(app.context, mode);
  const page = await app.newPage();
  const workers: string[] = [];
  const pageRequests: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('request', (r) => pageRequests.push(r.url()));
  const scan = new ScanPage(page);
  await scan.setUpProfessional();
  return { app, page, scan, detector: new NativeDetector(page), workers, pageRequests };
}

const jsqrRequests = (p: Professional) => p.pageRequests.filter((u) => QR_WORKER.test(u));
const jsqrWorkers = (p: Professional) => p.workers.filter((u) => QR_WORKER.test(u));

describe("scanning with the browser's own BarcodeDetector", () => {
  it('reads a still code, a moving code and a photo natively, and never starts the jsQR worker', async () => {
    const pro = await professional('decode');
    const { page, scan } = pro;

    showOnCamera(CAMERA, [asLink(passport('Amira Khan', 'Trains, bubbles and the swings'))]);
    await scan.openScanner();
    await scan.waitForShare();
    await page.getByText('Trains, bubbles and the swings').waitFor();
    await scan.goHome();

    const bundle = encodeScanMessage(openShare(journal(60)));
    const encoder = createFountainEncoder(bundle);
    expect(encoder.k).toBeGreaterThanOrEqual(2);
    const frames: string[] = [];
    for (let seq = 1; seq <= 3 * encoder.k; seq++) if (seq % 5 !== 2) frames.push(encoder.frameText(seq)); // a fifth never shown
    showOnCamera(CAMERA, frames);
    await scan.openScanner();
    await page.locator('progress').waitFor({ timeout: 20_000 });
    await scan.waitForShare();
    await page.getByText('Observation 60: Amira').waitFor();
    expect(await page.locator('.shared-entry').count()).toBe(60);
    await scan.goHome();

    showOnCamera(CAMERA, ['']); // nothing in front of the camera: the photo is the only code
    await scan.openScanner();
    await page.getByLabel('Or scan a photo of a code').setInputFiles(await photoOf(passport('Bilal Khan', 'Kites on the hill')));
    await scan.waitForShare();
    await page.getByText('Kites on the hill').waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Bilal Khan');

    const state = await pro.detector.state();
    expect(state.found).toBeGreaterThanOrEqual(1 + encoder.k + 1);
    // The only worker is the one that assembles frames off the main thread.
    expect(pro.workers.length).toBeGreaterThan(0);
    expect(pro.workers.filter((url) => !FRAMES_WORKER.test(url))).toEqual([]);
    expect(jsqrRequests(pro)).toEqual([]);
    console.info(`share-scan-native: ${state.calls} native looks, ${state.found} codes read, moving code of ${encoder.k} parts, no jsQR worker`);
  });

  it('falls back to the jsQR worker when the detector throws on every look, and still reads the share', async () => {
    const pro = await professional('throw');
    showOnCamera(CAMERA, [asLink(passport('Amira Khan', 'Trains, bubbles and the swings'))]);
    await pro.scan.openScanner();
    await pro.scan.waitForShare();
    await pro.page.getByText('Trains, bubbles and the swings').waitFor();
    const state = await pro.detector.state();
    expect(state).toMatchObject({ found: 0 });
    expect(state.calls).toBeGreaterThanOrEqual(3);
    // The worker proves the control: when jsQR is used, the page does ask for it.
    expect(jsqrWorkers(pro)).toHaveLength(1);
    expect(jsqrRequests(pro).length).toBeGreaterThanOrEqual(1);
  });

  it('falls back too when the detector never answers, instead of freezing the scanner', async () => {
    const pro = await professional('stall');
    showOnCamera(CAMERA, [asLink(passport('Amira Khan', 'Trains, bubbles and the swings'))]);
    await pro.scan.openScanner();
    await pro.scan.waitForShare();
    expect((await pro.detector.state()).calls).toBeGreaterThanOrEqual(3);
    expect(jsqrWorkers(pro)).toHaveLength(1);
  });

  it('keeps looking while the detector sees nothing, with the camera and its hint on screen; a photo gets a second look', async () => {
    const pro = await professional('empty');
    const { page, scan } = pro;
    showOnCamera(CAMERA, [asLink(passport('Amira Khan', 'Trains, bubbles and the swings'))]);
    await scan.openScanner();
    await expect.poll(async () => (await pro.detector.state()).calls, { timeout: 20_000 }).toBeGreaterThanOrEqual(10);
    expect(page.url()).toMatch(/\/scan$/);
    await expect.poll(() => scan.heading().textContent()).toBe("Scan a family's code");
    expect(await page.getByText('Hold the phone steady, with the whole code inside the picture.').isVisible()).toBe(true);
    expect(await page.locator('video').isVisible()).toBe(true);
    expect(await scan.alert().count()).toBe(0);
    expect(pro.workers).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await scan.chooseLanguage('العربية');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}share-scan-native-looking-ar.png`, fullPage: true });
    await scan.chooseLanguage('English');

    // The same detector starts seeing codes: the scan that never stopped picks it up.
    await pro.detector.setMode('decode');
    await scan.waitForShare();
    await page.getByText('Trains, bubbles and the swings').waitFor();
    await scan.goHome();

    // A photo the detector finds nothing in is read again by jsQR's slower search.
    await pro.detector.setMode('empty');
    showOnCamera(CAMERA, ['']);
    await scan.openScanner();
    await page.getByLabel('Or scan a photo of a code').setInputFiles(await photoOf(passport('Bilal Khan', 'Kites on the hill')));
    await scan.waitForShare();
    await page.getByText('Kites on the hill').waitFor();
    expect(jsqrWorkers(pro)).toHaveLength(1);
  });
});

describe('a jsQR worker that fails', () => {
  it('is caught: the scanner says so in plain words, starts a new worker and reads the share', async () => {
    // No native detector (Debian's Chromium has none), so jsQR reads. The service worker is
    // blocked so that the worker's script comes from the network, where the test can break it.
    const app = await chromium.open({ serviceWorkers: 'block' });
    let served = 0;
    await app.context.route(QR_WORKER, async (route) => {
      served++;
      if (served === 1) {
        await route.fulfill({ contentType: 'text/javascript', body: "self.addEventListener('message', () => { throw new Error('jsQR broke'); });" });
      } else {
        await route.continue();
      }
    });
    const page = await app.newPage();
    // Every alert the scanner shows, even one that is gone a moment later.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __alerts: string[] }).__alerts = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[role="alert"]')) if (el.textContent && !seen.includes(el.textContent)) seen.push(el.textContent);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const scan = new ScanPage(page);
    await scan.setUpProfessional();

    showOnCamera(CAMERA, [asLink(passport('Amira Khan', 'Trains, bubbles and the swings'))]);
    await scan.openScanner();
    await scan.waitForShare();
    await page.getByText('Trains, bubbles and the swings').waitFor();
    expect(served).toBeGreaterThanOrEqual(2);
    const alerts = await page.evaluate(() => (window as unknown as { __alerts: string[] }).__alerts);
    expect(alerts).toContain('The code reader stopped for a moment and has started again. Keep the code in view.');
    expect(app.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});

describe('who sent a share (issue 11: a professional trusts no key by default)', () => {
  it('marks a first share "new family, not yet confirmed", a later one "the same family", and keeps an in-person check', async () => {
    const pro = await professional('decode');
    const { page, scan } = pro;
    showOnCamera(CAMERA, ['']); // nothing in front of the camera: photos carry the codes
    const receive = async (body: BodyValue, sender = parent) => {
      await scan.openScanner();
      await page.getByLabel('Or scan a photo of a code').setInputFiles(await photoOf(body, sender));
      await scan.waitForShare();
    };
    const trust = page.locator('.sender-trust');

    await receive(passport('Amira Khan', 'Trains, bubbles and the swings'));
    await trust.getByRole('heading', { name: 'New family, not yet confirmed' }).waitFor();
    // The six words, large, in the same order as the share's own "Shared by" line.
    const words = await trust.locator('#sender-words li').allTextContents();
    expect(words).toHaveLength(6);
    expect(await page.locator('dd .fingerprint').textContent()).toBe(words.join(' '));
    // It comes before anything the share says about the child.
    expect(await page.evaluate(() => {
      const box = document.querySelector('.sender-trust');
      const firstThings = document.querySelector('.shared h2:not(#sender-trust-title), .share-facts');
      return !!box && !!firstThings && (box.compareDocumentPosition(firstThings) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}trust-new-family-en.png`, fullPage: true });
    await scan.goHome();
    await page.locator('.received-list .trust-tag', { hasText: 'Not yet confirmed' }).first().waitFor();

    // A second share signed by the same phone: the same family, still not confirmed.
    await receive(passport('Amira Khan', 'Now she loves the slide'));
    await trust.getByRole('heading', { name: /^The same family as on / }).waitFor();
    await trust.getByRole('button', { name: 'The words match: I compared them with the family in person' }).click();
    await page.getByRole('status').filter({ hasText: /^Confirmed in person on .+: the family's check words matched\.$/ }).waitFor();
    await scan.goHome();
    await expect.poll(() => page.locator('.received-list .trust-tag').count()).toBe(0);

    // A share from another phone that claims the same child: new again, whatever it says.
    await receive(passport('Amira Khan', 'Planted words'), signKeyPair());
    await trust.getByRole('heading', { name: 'New family, not yet confirmed' }).waitFor();
    const otherWords = await trust.locator('#sender-words li').allTextContents();
    expect(otherWords).not.toEqual(words);
    await scan.goHome();
    await expect.poll(() => page.locator('.received-list .trust-tag').count()).toBe(1);
  });
});
