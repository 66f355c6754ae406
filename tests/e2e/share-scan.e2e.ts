// The professional's side of sharing, with the real scanner (jsQR in a worker: headless Chromium
// on Linux has no BarcodeDetector) and a fake camera that plays QR codes written to a Y4M file.
// The parent's side is built here in node with the share codec, addressed to the contact card
// read off the professional's own screen, as the parent's phone would.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { boxKeyPair, fingerprint, randomKey, signKeyPair, type BoxPublicKey } from '../../src/crypto/index';
import {
  buildOpenShareUrl, createFountainEncoder, decodeEnvelope, encodeEnvelope, encodeKeyToken, encodeScanMessage, parseSingleQrText,
  singleQrText, wrapKeyWithPasscode, type BodyValue,
} from '../../src/share/index';
import { baseURL } from './support/browser';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { ScanPage } from './pages/ScanPage';

const CAMERA = `${OUT}share-scan-camera.y4m`;
const pl = JSON.parse(readFileSync(new URL('../../locales/pl/record.json', import.meta.url), 'utf8'));
const MINUTE = 60_000;

const chromium = useChromium(() => qrCameraArgs(CAMERA));
const parent = signKeyPair();
const en = (text: string) => ({ text, lang: 'en' });

const passportBody: BodyValue = {
  child: { name: 'Amira Khan', preferredName: 'Mimi', dob: '2022-03-14' },
  sections: ['about-me', 'health'],
  entries: [
    {
      kind: 'passport', nhsNumber: '9434765919', homeLanguages: ['ur', 'en'], communication: ['speech', 'signs'],
      likes: en('Trains, bubbles and the swings'), mustKnow: en('Severe peanut allergy: her adrenaline pen is in her bag.'),
      importantPeople: [{ name: 'Sana', relationship: 'mother' }],
    },
    { kind: 'allergy', allergen: 'peanut', reactions: ['hives-rash', 'swelling'], severity: 'severe' },
  ],
};

function journalBody(count: number): BodyValue {
  // Varied sentences from a seeded generator, so the journal does not compress to nothing.
  const words = ['bricks', 'bubbles', 'garden', 'puzzle', 'teddy', 'slide', 'crayons', 'snack', 'rhyme', 'bus', 'ducks',
    'painting', 'sand', 'water', 'drum', 'book', 'ball', 'swing', 'story', 'song', 'shoes', 'coat', 'spoon', 'cup'];
  const verbs = ['stacked', 'named', 'pointed at', 'asked for', 'shared', 'found', 'counted', 'carried', 'sang about', 'chose'];
  let seed = 20240601;
  const pick = <T,>(list: readonly T[]) => list[(seed = (seed * 48271) % 2147483647) % list.length]!;
  return {
    child: { name: 'Amira Khan', dob: '2022-03-14' },
    sections: ['dev-communication'],
    entries: Array.from({ length: count }, (_, i) => ({
      kind: 'observation', area: 'communication', date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      mark: i % 7 === 0 ? 'celebration' : 'none', milestoneCodes: [],
      text: en(`Observation ${i + 1}: Amira ${pick(verbs)} the ${pick(words)}, then the ${pick(words)} and ${pick(words)} with ${pick(['Sana', 'Bilal', 'her key person', 'a friend'])} (${(i * 7919) % 1000}).`),
    })),
  };
}

function addressed(to: BoxPublicKey, body: BodyValue, issuedAt: number, expiresAt: number): Uint8Array {
  const made = encodeEnvelope({ type: 'addressed-share', sender: parent, recipient: to, issuedAt, expiresAt, body });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

async function axeClean(page: Page, scan: ScanPage, what: string) {
  expect(await seriousViolations(page), `${what} in ${await page.evaluate(() => document.documentElement.lang)}`).toEqual([]);
  void scan;
}

describe('a professional receives shares through the camera', () => {
  let page: Page;
  let scan: ScanPage;
  let myBoxKey: BoxPublicKey;

  it('sets up, makes a contact card, and shows it on screen', async () => {
    ({ page } = await chromium.openPage());
    await page.clock.install();
    await ScanPage.recordCameraStreams(page);
    scan = new ScanPage(page);
    await scan.setUpProfessional();
    await expect.poll(() => scan.heading().textContent()).toBe('Received shares');
    await page.getByText('Nothing to read yet').waitFor();
    await axeClean(page, scan, 'received home');

    await page.getByRole('link', { name: 'My contact card' }).click();
    await page.waitForURL('**/contact');
    // The profile form belongs to the contact-card screen; its fields are found by id.
    await page.locator('#profile-name').fill('Ola Nowak');
    await page.locator('#profile-role').selectOption('health-visitor');
    await page.locator('form button[type="submit"]').click();
    const text = await scan.readQrFromCanvas('canvas.qr-canvas');
    const message = parseSingleQrText(text);
    if (!message.ok) throw new Error('the contact card QR is not a Family File code');
    const card = decodeEnvelope(message.value.envelope, { now: Date.now() });
    if (!card.ok) throw new Error(card.error);
    expect(card.value.header.type).toBe('contact-card');
    const body = card.value.body as { name: string; boxKey: Uint8Array };
    expect(body.name).toBe('Ola Nowak');
    myBoxKey = body.boxKey as BoxPublicKey;
    await scan.goHome();
  });

  it('scans a passport share, reads it in Polish, and loses it at expiry', async () => {
    const now = Date.now();
    const passportText = singleQrText(addressed(myBoxKey, passportBody, now, now + 3 * MINUTE));
    showOnCamera(CAMERA, [passportText]);
    const started = Date.now();
    await scan.openScanner();
    await axeClean(page, scan, 'scanner');
    await scan.waitForShare();
    console.info(`share-scan: passport share, QR version ${QRCode.create(passportText, { errorCorrectionLevel: 'M' }).version}, scanned in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(await scan.cameraStreams()).toEqual({ opened: 1, allStopped: true });

    await scan.chooseLanguage('Polski');
    await expect.poll(() => scan.heading().textContent()).toContain('Amira Khan');
    const main = page.locator('main');
    for (const label of [
      pl.code.homeLanguage.ur, pl.code.communicationMethod.signs, pl.code.allergen.peanut, pl.code.allergySeverity.severe,
      pl.code.relationship.mother, pl.section['about-me'], pl.section.health,
    ]) {
      await expect.poll(() => main.textContent(), { message: `"${label}" shown` }).toContain(label);
    }
    const likes = page.locator('[lang="en"]', { hasText: 'Trains, bubbles and the swings' });
    expect(await likes.count()).toBe(1);
    expect(await main.textContent()).toContain(`Napisano w języku: ${new Intl.DisplayNames(['pl'], { type: 'language' }).of('en')}`);
    expect(await main.textContent()).toContain(fingerprint(parent.publicKey).join(' '));
    expect(await main.textContent()).toMatch(/Zniknie za [23] minut/);
    await page.screenshot({ path: `${OUT}share-scan-received-pl.png`, fullPage: true });
    await scan.chooseLanguage('العربية');
    await axeClean(page, scan, 'received share');
    await page.screenshot({ path: `${OUT}share-scan-received-ar.png`, fullPage: true });
    await scan.chooseLanguage('English');
    await axeClean(page, scan, 'received share');
    await page.screenshot({ path: `${OUT}share-scan-received-en.png`, fullPage: true });

    const rowsBefore = await scan.storedRowCount();
    await page.clock.fastForward('03:05');
    await expect.poll(() => scan.alert().textContent()).toContain('This share has expired');
    expect(await page.getByText('Trains, bubbles').count()).toBe(0);
    await expect.poll(() => scan.storedRowCount()).toBe(rowsBefore - 1);

    await scan.goHome();
    await page.getByText('Nothing to read yet').waitFor();
    const log = page.getByRole('region', { name: 'What you have received' });
    await expect.poll(() => log.textContent()).toMatch(/About me and Health.*Expired/s);
    // The log names whose share it was (the professional's record of the decision), never what it said.
    expect(await log.textContent()).toContain('Family: Amira');
    expect(await log.textContent()).not.toMatch(/Trains|peanut|adrenaline/);
    await page.screenshot({ path: `${OUT}share-scan-home-en.png`, fullPage: true });
    await scan.chooseLanguage('العربية');
    await axeClean(page, scan, 'received home with its log');
    await page.screenshot({ path: `${OUT}share-scan-home-ar.png`, fullPage: true });
    await scan.chooseLanguage('English');
  });

  it('rebuilds a journal share from an animated code with frames dropped', async () => {
    const now = Date.now() + 5 * MINUTE; // the page's clock ran ahead in the test before
    const envelope = addressed(myBoxKey, journalBody(60), now, now + 24 * 60 * MINUTE);
    const encoder = createFountainEncoder(envelope);
    expect(encoder.k).toBeGreaterThan(3);
    const frames: string[] = [];
    for (let seq = 1; seq <= 3 * encoder.k; seq++) if (seq % 4 !== 1) frames.push(encoder.frameText(seq)); // a quarter never shown
    showOnCamera(CAMERA, frames);
    const started = Date.now();
    await scan.openScanner();
    await page.locator('progress').waitFor({ timeout: 20_000 });
    await scan.waitForShare();
    console.info(`share-scan: journal of ${envelope.length} bytes in ${encoder.k} blocks scanned in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await page.getByText('Observation 60: Amira').waitFor();
    expect(await page.locator('.shared-entry').count()).toBe(60);
    expect(await page.getByRole('heading', { name: 'Communication and language', level: 2 }).count()).toBe(1);
    expect(await scan.cameraStreams()).toMatchObject({ allStopped: true });
    await scan.goHome();
  });

  it('refuses an expired share, a share for someone else and a code that is not ours', async () => {
    const now = Date.now();
    const cases = [
      { text: singleQrText(addressed(myBoxKey, passportBody, now - 120 * MINUTE, now - 60 * MINUTE)), says: 'This share has expired' },
      { text: singleQrText(addressed(boxKeyPair().publicKey, passportBody, now, now + 60 * MINUTE)), says: 'This code was made for someone else' },
      { text: 'https://example.com/lunch-menu', says: 'This is not a Family File code' },
    ];
    for (const { text, says } of cases) {
      showOnCamera(CAMERA, [text]);
      await scan.openScanner();
      await expect.poll(() => scan.alert().allTextContents(), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringContaining(says)]));
      expect(await page.getByText('Amira').count()).toBe(0);
      await scan.chooseLanguage('العربية');
      await axeClean(page, scan, 'scanner with an error');
      await page.screenshot({ path: `${OUT}share-scan-scanner-ar.png`, fullPage: true });
      await scan.chooseLanguage('English');
      await scan.backToList();
      // Leaving the screen stops the camera: every track of every stream has ended.
      await expect.poll(() => scan.cameraStreams()).toMatchObject({ allStopped: true });
    }
    expect((await scan.cameraStreams()).opened).toBe(5);
  });

  it('keeps an open share scanned in the app like any received share, and drops its content at expiry', async () => {
    const key = randomKey();
    const now = await page.evaluate(() => Date.now()); // the page's clock ran ahead in the tests before
    const made = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, issuedAt: now, expiresAt: now + 2 * MINUTE, body: passportBody });
    if (!made.ok) throw new Error(made.error);
    const readable = page.getByRole('region', { name: 'Readable now' });
    // Earlier shares of the same child may still be readable: this one joins them, then leaves.
    const amira = readable.getByRole('link', { name: 'Amira Khan' });
    const before = await amira.count();
    showOnCamera(CAMERA, [buildOpenShareUrl('https://family.example', { envelope: made.value, keyToken: encodeKeyToken({ kind: 'plain', key }) })]);
    await scan.openScanner();
    await scan.waitForShare();
    await page.getByText('Trains, bubbles and the swings').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.getByText('not saved on this device').count()).toBe(0);
    expect(await scan.cameraStreams()).toMatchObject({ allStopped: true });

    await scan.goHome();
    await expect.poll(() => amira.count()).toBe(before + 1);
    expect(await readable.textContent()).toContain('About me and Health');
    const log = page.getByRole('region', { name: 'What you have received' });
    await expect.poll(() => log.textContent()).toMatch(/Received .*About me and Health.*Readable until/s);

    const rowsBefore = await scan.storedRowCount();
    // Short of the idle lock: the list drops the share on its own, with nobody touching the phone.
    await page.clock.fastForward('02:05');
    await expect.poll(() => amira.count()).toBe(before);
    expect(await readable.textContent()).not.toContain('About me and Health');
    await expect.poll(() => scan.storedRowCount()).toBe(rowsBefore - 1);
    await expect.poll(() => log.textContent()).toMatch(/About me and Health.*Expired/s);
    // The log names whose share it was (the professional's record of the decision), never what it said.
    expect(await log.textContent()).toContain('Family: Amira');
    expect(await log.textContent()).not.toMatch(/Trains|peanut|adrenaline/);
  });

  it('asks for the passcode of an open share scanned in the app, with the camera off, before keeping it', async () => {
    const key = randomKey();
    const now = await page.evaluate(() => Date.now());
    const made = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, passcodeProtected: true, issuedAt: now, expiresAt: now + 30 * MINUTE, body: passportBody });
    if (!made.ok) throw new Error(made.error);
    const token = encodeKeyToken(await wrapKeyWithPasscode(key, '4821', { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 }));
    showOnCamera(CAMERA, [singleQrText(encodeScanMessage({ envelope: made.value, keyToken: token }))]);
    await scan.openScanner();
    await page.getByLabel('Passcode').waitFor({ timeout: 20_000 });
    await expect.poll(() => scan.cameraStreams()).toMatchObject({ allStopped: true });
    await page.getByLabel('Passcode').fill('1111');
    await page.getByRole('button', { name: 'Show the share' }).click();
    await expect.poll(() => scan.alert().textContent()).toContain('That passcode is not right');
    expect(await page.getByLabel('Passcode').inputValue()).toBe('1111');
    await axeClean(page, scan, 'passcode step');
    await scan.chooseLanguage('العربية');
    await expect.poll(() => scan.alert().textContent()).not.toContain('passcode');
    await axeClean(page, scan, 'passcode step');
    await page.screenshot({ path: `${OUT}share-scan-passcode-ar.png`, fullPage: true });
    await scan.chooseLanguage('English');
    await page.getByLabel('Passcode').fill('4821');
    await page.getByRole('button', { name: 'Show the share' }).click();
    await scan.waitForShare();
    await page.getByText('Trains, bubbles and the swings').waitFor();
    await scan.goHome();
  });

  it('says plainly when the camera is refused, and offers a photo instead', async () => {
    await page.evaluate(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await scan.openScanner();
    await expect.poll(() => scan.alert().textContent()).toContain('not allowed to use the camera');
    expect(await page.getByLabel('Or scan a photo of a code').count()).toBe(1);
    await page.getByLabel('Or scan a photo of a code').setInputFiles({
      name: 'note.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture'),
    });
    await expect.poll(() => scan.alert().allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('could not be opened')]));
    await axeClean(page, scan, 'scanner without a camera');
  });
});

describe('an open share opened from a link, on a browser that never set the app up', () => {
  async function openLink(url: string) {
    const { page } = await chromium.openPage();
    await page.goto(url);
    return { page, scan: new ScanPage(page) };
  }

  it('shows it read-only, then clears the link from the address bar and history', async () => {
    const key = randomKey();
    const now = Date.now();
    const envelope = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, issuedAt: now, expiresAt: now + 30 * MINUTE, body: passportBody });
    if (!envelope.ok) throw new Error(envelope.error);
    const url = buildOpenShareUrl(baseURL(), { envelope: envelope.value, keyToken: encodeKeyToken({ kind: 'plain', key }) });
    const { page, scan } = await openLink(url);
    await page.getByText('Trains, bubbles and the swings').waitFor();
    await expect.poll(() => scan.heading().textContent()).toContain('Amira Khan');
    expect(await page.getByText('not saved on this device').count()).toBe(1);
    expect(page.url()).toBe(`${baseURL().replace(/\/$/, '')}/open`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await axeClean(page, scan, 'open share');
    await scan.chooseLanguage('العربية');
    await axeClean(page, scan, 'open share');
  });

  it('asks for the passcode, refuses a wrong one, and refuses an expired link', async () => {
    const key = randomKey();
    const now = Date.now();
    const made = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, passcodeProtected: true, issuedAt: now, expiresAt: now + 30 * MINUTE, body: passportBody });
    if (!made.ok) throw new Error(made.error);
    const token = encodeKeyToken(await wrapKeyWithPasscode(key, '4821', { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 }));
    const { page, scan } = await openLink(buildOpenShareUrl(baseURL(), { envelope: made.value, keyToken: token }));
    await page.getByLabel('Passcode').fill('1111');
    await page.getByRole('button', { name: 'Show the share' }).click();
    await expect.poll(() => scan.alert().textContent()).toContain('That passcode is not right');
    await page.getByLabel('Passcode').fill('4821');
    await page.getByRole('button', { name: 'Show the share' }).click();
    await page.getByText('Trains, bubbles and the swings').waitFor();

    const old = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, issuedAt: now - 60 * MINUTE, expiresAt: now - 30 * MINUTE, body: passportBody });
    if (!old.ok) throw new Error(old.error);
    const expired = await openLink(buildOpenShareUrl(baseURL(), { envelope: old.value, keyToken: encodeKeyToken({ kind: 'plain', key }) }));
    await expect.poll(() => expired.scan.alert().textContent()).toContain('This share has expired');
    expect(await expired.page.getByText('Trains').count()).toBe(0);
  });
});
