import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fingerprint, keyId } from '../../src/crypto/index';
import {
  classifyScan, decodeEnvelope, decodeKeyToken, decodeScanMessage, FountainDecoder, keyFromToken, parseSingleQrText,
} from '../../src/share/index';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { FamilyPage } from './pages/FamilyPage';
import { ScanPage } from './pages/ScanPage';
import { ShellPage } from './pages/ShellPage';
import { SharePage } from './pages/SharePage';
import { VaultPages } from './pages/VaultPages';

const CAMERA = `${OUT}share-out-camera.y4m`;
// The professional's phone scans what the parent's screen shows, through a fake camera.
const chromium = useChromium(() => qrCameraArgs(CAMERA));
let cardText = '';
let cardBoxKey: Uint8Array = new Uint8Array();
let cardWords: string[] = [];
/** Dr Khan's phone (the first test sets it up) and the parent's (the second). */
let pro: { page: Page; scan: ScanPage };
let parent: { page: Page; share: SharePage };

async function fresh(): Promise<{ page: Page; share: SharePage }> {
  const { page } = await chromium.openPage();
  return { page, share: new SharePage(page) };
}

/** axe in English, then Arabic (right to left), with a screenshot of each; ends in English. */
async function axeBothWays(page: Page, name: string): Promise<void> {
  const shell = new ShellPage(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${OUT}share-out-${name}-en.png`, fullPage: true });
  await shell.switchLanguage('العربية');
  expect(await shell.htmlLangDir()).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${OUT}share-out-${name}-ar.png`, fullPage: true });
  await shell.switchLanguage('English');
}

describe('sending shares as QR codes', () => {
  it('a professional fills their profile and shows a signed contact card with check words', async () => {
    const { page, share } = await fresh();
    pro = { page, scan: new ScanPage(page) };
    await new VaultPages(page).setUp({ role: 'professional' });
    await share.go('/contact');
    await share.fillProfile('Dr Aisha Khan', 'Paediatrician', 'City Hospital');
    cardText = await share.readQr();
    expect(classifyScan(cardText)).toEqual({ ok: true, value: 'single' });
    const message = parseSingleQrText(cardText);
    if (!message.ok) throw new Error('the contact card is not a Family File code');
    const card = decodeEnvelope(message.value.envelope, { now: Date.now() });
    if (!card.ok) throw new Error(card.error);
    expect(card.value.header.type).toBe('contact-card');
    const body = card.value.body as { name: string; role: string; organisation: string; boxKey: Uint8Array };
    expect(body).toMatchObject({ name: 'Dr Aisha Khan', role: 'paediatrician', organisation: 'City Hospital' });
    cardBoxKey = body.boxKey;
    cardWords = await share.fingerprint('my-fingerprint').allTextContents();
    expect(cardWords).toEqual(fingerprint(card.value.header.sender));
    await page.getByText('Read these words to the parent to confirm.', { exact: false }).waitFor();
    await axeBothWays(page, 'contact');
  });

  it('a parent adds them from the card, checks the words, and sends addressed and open shares', async () => {
    const { page, share } = await fresh();
    parent = { page, share };
    await new VaultPages(page).chooseEnglish();
    await new FamilyPage(page).openDemo();

    await share.go('/team');
    await page.getByText('Nobody is in the team yet', { exact: false }).waitFor();
    expect(await share.addFromCardText(cardText)).toEqual(cardWords);
    await share.teamList().getByText('Dr Aisha Khan').waitFor();
    await expect.poll(() => share.teamList().getByText('Checked').count()).toBe(1);
    await axeBothWays(page, 'team');

    // The passport alone: one QR code, addressed to Dr Khan's key.
    await share.go('/share/demo-child-yusuf');
    await page.screenshot({ path: `${OUT}share-out-share-form-en.png`, fullPage: true });
    await share.makeShare({ who: 'Dr Aisha Khan', sections: ['About me'] });
    await expect.poll(() => share.summary().first().textContent()).toContain('Dr Aisha Khan will see: About me, until');
    const single = await share.qrAttributes();
    expect(single.kind).toBe('single');
    expect(single.version).toBeLessThanOrEqual(25);
    const parsed = parseSingleQrText(await share.readQr());
    if (!parsed.ok) throw new Error('the share QR is not ours');
    // Nobody but Dr Khan's phone can open it; its header names her box key.
    expect(decodeEnvelope(parsed.value.envelope, { now: Date.now() })).toEqual({ ok: false, error: 'not-for-me' });
    expect([...parsed.value.envelope.subarray(54, 62)]).toEqual([...keyId(cardBoxKey)]);
    await axeBothWays(page, 'share-single');
    await page.getByRole('button', { name: 'Done' }).click();

    // Passport and health summary of the demo child: one code, version 25 at most (issue 5's target).
    await share.makeShare({ who: 'Dr Aisha Khan', sections: ['About me', 'Health'] });
    const both = await share.qrAttributes();
    console.log(`share.passport_qr_version (e2e, demo child, passport + health, addressed): ${both.kind}, version ${both.version}`);
    expect(both.kind).toBe('single');
    expect(both.version).toBeLessThanOrEqual(25);
    await axeBothWays(page, 'share-passport-health');
    await page.getByRole('button', { name: 'Done' }).click();

    // The whole journal to someone outside the team: an animated code with a frame counter.
    await share.makeShare({
      who: 'Someone not in my team',
      sections: ['Communication and language', 'Physical development', 'Personal, social and emotional development'],
    });
    const first = await share.qrAttributes();
    expect(first.kind).toBe('animated');
    await page.getByText(/^Frame \d+ · \d+ parts$/).waitFor();
    await expect.poll(async () => (await share.qrAttributes()).frame).toBeGreaterThan((first.frame ?? 0) + 2);
    // Read frames off the screen until they rebuild the message, then open it with its key.
    const decoder = new FountainDecoder();
    let rebuilt: Uint8Array | undefined;
    for (let tries = 0; tries < 200 && !rebuilt; tries++) {
      const status = decoder.receiveText(await share.readQr());
      if (status.ok && status.value.state === 'complete') rebuilt = status.value.message;
    }
    if (!rebuilt) throw new Error('the animated code never completed');
    const bundle = decodeScanMessage(rebuilt);
    if (!bundle.ok || !bundle.value.keyToken) throw new Error('no key bundle in the animated code');
    const token = decodeKeyToken(bundle.value.keyToken);
    if (!token.ok) throw new Error(token.error);
    // The code is protected by generated words, shown large under it: without them it stays shut.
    const words = await share.passcodeWords();
    expect(words.split(' ')).toHaveLength(5);
    expect(await keyFromToken(token.value, 'wrong words here')).toEqual({ ok: false, error: 'wrong-passcode' });
    const key = await keyFromToken(token.value, words);
    if (!key.ok) throw new Error(key.error);
    const opened = decodeEnvelope(bundle.value.envelope, { now: Date.now(), openShareKey: key.value });
    if (!opened.ok) throw new Error(opened.error);
    const body = opened.value.body as { sections: string[]; entries: { kind: string }[] };
    expect(body.sections).toEqual(['dev-communication', 'dev-physical', 'dev-pse']);
    expect(body.entries.filter((e) => e.kind === 'observation').length).toBeGreaterThanOrEqual(20);
    expect(body.entries.some((e) => e.kind === 'private-note')).toBe(false);
    await page.getByRole('button', { name: 'Slower' }).click();
    await page.getByText('3 frames a second').waitFor();
    await axeBothWays(page, 'share-animated');

    // The same open share as a file: the very bytes the frames carry, key included, and the parent is told so.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
    const fileBytes = new Uint8Array(readFileSync(await download.path()));
    expect([...fileBytes]).toEqual([...rebuilt]);
    await page.getByRole('status').filter({ hasText: 'It holds the key' }).waitFor();
  });

  it('health goes as a summary unless the parent asks for the full history, and the professional is told which', async () => {
    const { page, share } = parent;
    await page.getByRole('button', { name: 'Done' }).click(); // the animated journal code is still on screen
    await share.healthDetail().waitFor();
    // The choice is offered only while Health is chosen, with the summary already picked.
    expect(await share.healthDetail().getByRole('radio', { name: /^Health summary/ }).isChecked()).toBe(true);
    const health = page.getByRole('group', { name: 'What can they see?' }).getByRole('checkbox', { name: 'Health', exact: true });
    await health.uncheck();
    await expect.poll(() => share.healthDetail().count()).toBe(0);
    await health.check();
    await share.healthDetail().waitFor();
    await axeBothWays(page, 'share-form-health');

    // By default: the summary. Dr Khan reads it, told that it is one.
    await share.makeShare({ who: 'Dr Aisha Khan', sections: ['About me', 'Health'] });
    const summaryCode = await share.readWholeCode();
    await page.getByRole('button', { name: 'Done' }).click();
    const summary = await professionalScans(summaryCode);
    await expect.poll(() => summary.note().count()).toBe(1);
    expect(await summary.note().textContent()).toContain('Summary only');
    expect(await summary.section().getByText('Amoxicillin').count()).toBe(0);
    expect(await summary.measurements().count()).toBe(1);
    await summary.section().getByText('Salbutamol inhaler with spacer').waitFor();
    await axeClean(pro.page, 'received summary');
    await pro.page.screenshot({ path: `${OUT}share-out-received-summary-en.png`, fullPage: true });
    await summary.section().screenshot({ path: `${OUT}share-out-received-health-summary-en.png` });

    // The full history, chosen by hand: bigger, so a moving code (or the file).
    await share.makeShare({ who: 'Dr Aisha Khan', sections: ['About me', 'Health'], health: 'full' });
    expect((await share.qrAttributes()).kind).toBe('animated');
    await page.getByText(/^Frame \d+ · \d+ parts$/).waitFor();
    expect(await page.getByRole('button', { name: 'Save as file' }).count()).toBe(1);
    const fullCode = await share.readWholeCode();
    expect(fullCode.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Done' }).click();
    const full = await professionalScans(fullCode);
    const amoxicillin = full.section().locator('.shared-entry', { hasText: 'Amoxicillin' });
    await amoxicillin.waitFor();
    expect(await amoxicillin.textContent()).toMatch(/Stopped on .*Course finished/);
    expect(await amoxicillin.textContent()).toMatch(/Started on /);
    expect(await full.measurements().count()).toBeGreaterThan(3);
    expect(await full.note().count()).toBe(0);
    console.info(`share-out: passport + health for Dr Khan: summary ${summaryCode.length === 1 ? 'one code' : `${summaryCode.length} frames read`}, full history ${fullCode.length} frames read`);
    await axeClean(pro.page, 'received full history');
    await pro.page.screenshot({ path: `${OUT}share-out-received-full-en.png`, fullPage: true });
    await new ShellPage(pro.page).switchLanguage('العربية');
    // The medicine's name is the parent's own words: it stays as written in every language.
    await pro.page.locator('.shared-entry', { hasText: 'Amoxicillin' }).screenshot({ path: `${OUT}share-out-received-medicine-ar.png` });
    await axeClean(pro.page, 'received full history in Arabic');
    await new ShellPage(pro.page).switchLanguage('English');
  });
});

/** Plays the texts on Dr Khan's camera; she scans them and lands on the kept share. */
async function professionalScans(texts: string[]) {
  showOnCamera(CAMERA, texts);
  await pro.scan.goHome();
  await pro.scan.openScanner();
  await pro.scan.waitForShare();
  const section = () => pro.page.getByRole('region', { name: 'Health', exact: true });
  await section().waitFor();
  return {
    section,
    note: () => section().locator('.shared-summary-note'),
    measurements: () => section().locator('.shared-entry h3', { hasText: /^Measured / }),
  };
}

async function axeClean(page: Page, what: string): Promise<void> {
  expect(await seriousViolations(page), what).toEqual([]);
}
