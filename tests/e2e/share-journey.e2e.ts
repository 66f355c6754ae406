// The whole sharing journey through both real UIs, in two browsers that each have their own fake
// camera: the professional's contact card is read off their screen and played to the parent's
// camera; the parent scans it with the real Scanner, writes About me in English and shares it;
// the QR codes the parent's screen shows are played to the professional's camera, who reads the
// passport in Polish, until a fast-forwarded clock reaches its expiry and it is purged.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { FountainDecoder } from '../../src/share/index';
import { AppContext, launch } from './support/browser';
import { seriousViolations } from './support/axe';
import { OUT } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { PASSPHRASE, VaultPages } from './pages/VaultPages';
import { PassportHealthPage } from './pages/PassportHealthPage';
import { SharePage } from './pages/SharePage';
import { ScanPage } from './pages/ScanPage';
import { JournalPage } from './pages/JournalPage';

const PARENT_CAMERA = `${OUT}share-journey-parent-camera.y4m`;
const PRO_CAMERA = `${OUT}share-journey-professional-camera.y4m`;
const json = (path: string) => JSON.parse(readFileSync(new URL(`../../locales/${path}`, import.meta.url), 'utf8'));
const plRecord = json('pl/record.json');
const plReceive = json('pl/receive.json');

const CHILD = 'Amira Khan';
const DOB = '2022-03-14';
const PROFESSIONAL = 'Ola Nowak';
const LIKES = 'Trains, bubbles and the swings';
const MUST_KNOW = 'Goes very quiet when she is in pain; ask her to point.';

let proBrowser: Browser;
let parentBrowser: Browser | undefined;
let pro: AppContext;
let parent: AppContext | undefined;
let proPage: Page;
let parentPage: Page;
let cardText = '';
let cardWords: string[] = [];
let childId = '';
let shareTexts: string[] = [];
let shareKind = '';
/** The parent's own six check words, as their share screen shows them. */
let parentWords: string[] = [];
let storedWithShare = 0;

async function axeClean(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `${what}: ${JSON.stringify(found)}`).toEqual([]);
}

beforeAll(async () => {
  // The professional's camera shows a blank picture until the parent's codes are written to it
  // (Chromium opens the file again at each getUserMedia).
  proBrowser = await launch(qrCameraArgs(PRO_CAMERA));
  pro = await AppContext.open(proBrowser);
  proPage = await pro.newPage();
  // A fake clock that runs at normal speed until the test jumps it past the share's expiry.
  await proPage.clock.install();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  await pro?.snapshot('share-journey-professional');
  await parent?.snapshot('share-journey-parent');
});
afterAll(async () => {
  expect(pro?.foreignRequests()).toEqual([]);
  expect(parent?.foreignRequests()).toEqual([]);
  await parentBrowser?.close();
  await proBrowser?.close();
});

describe('a parent shares About me with a professional, phone to phone', () => {
  it('the professional sets up and shows their contact card', async () => {
    await new VaultPages(proPage).setUp({ role: 'professional' });
    const card = new SharePage(proPage);
    await card.go('/contact');
    await card.fillProfile(PROFESSIONAL, 'Health visitor', 'Riverside Family Hub');
    cardText = await card.readQr();
    expect(cardText.startsWith('FF1:')).toBe(true);
    cardWords = await card.fingerprint('my-fingerprint').allTextContents();
    expect(cardWords).toHaveLength(6);
    await axeClean(proPage, 'contact card (professional, en)');
  });

  it('the parent writes About me in English and scans the card with their camera', async () => {
    // The card's code is the parent's camera picture from the start.
    showOnCamera(PARENT_CAMERA, [cardText]);
    parentBrowser = await launch([
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${PARENT_CAMERA}`,
    ]);
    parent = await AppContext.open(parentBrowser);
    parentPage = await parent.newPage();
    const vault = new VaultPages(parentPage);
    await vault.setUp();
    await vault.addChild(CHILD, DOB);
    const p = new PassportHealthPage(parentPage);
    childId = await p.childId(CHILD);

    await p.openPassport(childId);
    await parentPage.getByRole('link', { name: 'Fill in About me' }).click();
    await p.h1().filter({ hasText: `Change About ${CHILD}` }).waitFor();
    await p.field('Things you must know about me').fill(MUST_KNOW);
    await parentPage.getByText('None chosen yet.').click();
    await parentPage.getByRole('checkbox', { name: 'Urdu', exact: true }).check();
    await parentPage.getByRole('checkbox', { name: 'English', exact: true }).check();
    await parentPage.getByRole('checkbox', { name: 'Speech', exact: true }).check();
    await parentPage.getByRole('checkbox', { name: 'Signs', exact: true }).check();
    await p.field('I like').fill(LIKES);
    await p.button('Add a person').click();
    await parentPage.getByRole('group', { name: 'Person 1' }).getByLabel('Name').fill('Sana');
    await parentPage.getByRole('group', { name: 'Person 1' }).getByLabel('Who they are').selectOption({ label: 'Mother' });
    await p.saveAboutMe();
    await parentPage.waitForURL(`**/child/${childId}/passport`);
    await parentPage.getByText(LIKES).waitFor();
    await axeClean(parentPage, 'passport (parent, en)');

    await p.openHealth(childId, 'allergies');
    await p.button('Add an allergy').click();
    await p.field('Allergic to').selectOption({ label: 'Peanut' });
    await parentPage.getByRole('checkbox', { name: 'Swelling' }).check();
    await p.field('How serious').selectOption({ label: 'Severe' });
    await p.save();
    await parentPage.getByText('Reactions: Swelling').waitFor();

    const team = new SharePage(parentPage);
    await team.go('/team');
    await parentPage.getByRole('button', { name: 'Scan a contact card' }).click();
    const started = Date.now();
    await parentPage.getByRole('heading', { name: 'Is this the right person?' }).waitFor({ timeout: 30_000 });
    console.info(`share-journey: contact card scanned by the parent's camera in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The parent reads the words on their screen against those on the professional's.
    expect(await team.fingerprint('their-fingerprint').allTextContents()).toEqual(cardWords);
    await parentPage.getByRole('group', { name: 'Is this the right person?' }).getByText(PROFESSIONAL).waitFor();
    await axeClean(parentPage, 'team, checking the words (parent, en)');
    await parentPage.getByRole('button', { name: 'The words match: add them' }).click();
    await team.teamList().getByText(PROFESSIONAL).waitFor();
    await expect.poll(() => team.teamList().getByText('Checked').count()).toBe(1);
    await axeClean(parentPage, 'team (parent, en)');
  });

  it('the parent makes an addressed share for one hour and reads the codes off the screen', async () => {
    const share = new SharePage(parentPage);
    await share.go(`/share/${childId}`);
    await share.makeShare({ who: PROFESSIONAL, sections: ['About me', 'Health'], duration: '1 hour' });
    await expect.poll(() => share.summary().first().textContent()).toContain(`${PROFESSIONAL} will see: About me and Health, until`);
    const shown = await share.qrAttributes();
    shareKind = shown.kind ?? '';
    console.info(`share-journey: the parent's screen shows a ${shown.kind} QR code, version ${shown.version}`);
    // About me + a health summary fits one code (the journal test below covers animated codes).
    expect(shown.kind).toBe('single');
    expect(shown.version).toBeLessThanOrEqual(25);
    shareTexts = [await share.readQr()];
    // The parent sees their own check words beside the code, large, to read out if asked.
    await parentPage.getByRole('heading', { name: 'Your check words' }).waitFor();
    await parentPage.locator('#my-check-words li').first().waitFor();
    parentWords = await parentPage.locator('#my-check-words li').allTextContents();
    expect(parentWords).toHaveLength(6);
    expect(await parentPage.getByRole('button', { name: 'Read the words aloud' }).count()).toBe(1);
    await axeClean(parentPage, 'share code (parent, en)');
  });

  it('the professional scans the share with their camera and reads it in Polish', async () => {
    showOnCamera(PRO_CAMERA, shareTexts);
    const scan = new ScanPage(proPage);
    const vault = new VaultPages(proPage);
    // The vault keeps the identity across a lock: the share is still addressed to this phone.
    await vault.lock();
    await vault.unlock(PASSPHRASE);
    await proPage.waitForURL('**/received');
    await proPage.locator('section[data-ready]').waitFor();
    await axeClean(proPage, 'received home (professional, en)');
    await scan.chooseLanguage('Polski');
    const rowsBefore = await scan.storedRowCount();
    const started = Date.now();
    await scan.openScanner(plReceive.home.scan);
    await axeClean(proPage, 'scanner (professional, pl)');
    await scan.waitForShare();
    console.info(`share-journey: ${shareKind} share (${shareTexts.length} code(s)) scanned by the professional in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await expect.poll(() => scan.storedRowCount()).toBeGreaterThan(rowsBefore);
    storedWithShare = await scan.storedRowCount();

    await expect.poll(() => scan.heading().textContent()).toContain(CHILD);
    // The words the professional is asked to check are the very words the parent's screen shows.
    expect(await proPage.locator('.share-facts .fingerprint').textContent()).toBe(parentWords.join(' '));
    const main = proPage.locator('main');
    for (const label of [
      plRecord.code.homeLanguage.ur, plRecord.code.homeLanguage.en, plRecord.code.communicationMethod.speech,
      plRecord.code.communicationMethod.signs, plRecord.code.relationship.mother, plRecord.code.allergen.peanut,
      plRecord.code.allergySeverity.severe, plRecord.section['about-me'], plRecord.section.health,
    ]) {
      await expect.poll(() => main.textContent(), { message: `"${label}" shown in Polish` }).toContain(label);
    }
    // What the parent wrote stays as written, marked as English, in a page that is in Polish.
    expect(await proPage.evaluate(() => document.documentElement.lang)).toBe('pl');
    for (const text of [LIKES, MUST_KNOW]) {
      expect(await proPage.locator('[lang="en"]', { hasText: text }).count(), text).toBe(1);
    }
    for (const english of ['Signs', 'Mother', 'Peanut', 'Severe']) expect(await main.textContent()).not.toContain(english);
    // What matters most comes first: the child's age, then "Things you must know" with the allergies,
    // before the details of the share itself.
    const first = proPage.locator('.must-know-first');
    await expect.poll(() => first.textContent()).toContain(MUST_KNOW);
    expect(await first.textContent()).toContain(plRecord.code.allergen.peanut);
    expect(await proPage.evaluate(() => {
      const box = document.querySelector('.must-know-first');
      const facts = document.querySelector('.share-facts');
      return !!box && !!facts && (box.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })).toBe(true);
    expect(await proPage.locator('.shared-age').textContent()).toMatch(/^Wiek: \d+/);
    await axeClean(proPage, 'received share (professional, pl)');
    await proPage.screenshot({ path: `${OUT}share-journey-received-pl.png`, fullPage: true });
  });

  it('at expiry the share leaves the screen and storage; the log keeps a line without content, naming whose it was', async () => {
    const scan = new ScanPage(proPage);
    await scan.chooseLanguage('English');
    // An hour of reading on the fake clock, touching the screen now and then (the app locks itself
    // after 5 idle minutes). Four minutes short of the hour it is all still there.
    await keepReading(proPage, 56);
    await proPage.getByText(LIKES).waitFor();
    await keepReading(proPage, 8);
    await expect.poll(() => scan.alert().textContent()).toContain('This share has expired');
    expect(await proPage.getByText(LIKES).count()).toBe(0);
    await expect.poll(() => scan.storedRowCount()).toBe(storedWithShare - 1);

    await scan.goHome();
    await proPage.getByText('Nothing to read yet').waitFor();
    const log = proPage.getByRole('region', { name: 'What you have received' });
    await expect.poll(() => log.textContent()).toMatch(/About me and Health.*Expired/s);
    // The line says whose share it was (the professional's record of the decision), never what it said.
    expect(await log.textContent()).toContain(`Family: ${CHILD}`);
    for (const content of [LIKES, MUST_KNOW, 'Sana']) expect(await log.textContent()).not.toContain(content);
    expect(await proPage.getByRole('region', { name: 'Readable now' }).textContent()).not.toContain(CHILD);
    await axeClean(proPage, 'received home with its log (professional, en)');
  });

  it('a journal too big for one code travels as an animated code, a fifth of its frames never seen', async () => {
    const journal = new JournalPage(parentPage);
    await journal.openJournal(childId);
    const notes = journalNotes(40);
    for (const note of notes) await journal.addObservation(note, { area: 'Communication and language' });
    const share = new SharePage(parentPage);
    await share.go(`/share/${childId}`);
    await share.makeShare({ who: PROFESSIONAL, sections: ['Communication and language'] });
    const shown = await share.qrAttributes();
    console.info(`share-journey: the journal share is shown as: ${shown.kind} code, version ${shown.version}`);
    expect(shown.kind).toBe('animated');
    await parentPage.getByText(/^Frame \d+ · \d+ parts$/).waitFor();
    await axeClean(parentPage, 'animated share code (parent, en)');
    const frames = await readAnimatedFrames(share);

    showOnCamera(PRO_CAMERA, frames);
    const scan = new ScanPage(proPage);
    const started = Date.now();
    await scan.openScanner();
    await scan.waitForShare();
    console.info(`share-journey: animated journal share (${frames.length} frames on the camera) scanned in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const note of notes) await proPage.locator('main [lang="en"]', { hasText: note }).waitFor();
    await axeClean(proPage, 'received journal share (professional, en)');
  });
});

/** Varied sentences from a seeded generator, so the journal does not compress into one code. */
function journalNotes(count: number): string[] {
  const things = ['bricks', 'bubbles', 'garden', 'puzzle', 'teddy', 'slide', 'crayons', 'snack', 'rhyme', 'bus', 'ducks',
    'painting', 'sand', 'water', 'drum', 'book', 'ball', 'swing', 'story', 'song', 'shoes', 'coat', 'spoon', 'cup'];
  const verbs = ['stacked', 'named', 'pointed at', 'asked for', 'shared', 'found', 'counted', 'carried', 'sang about', 'chose'];
  let seed = 20240601;
  const pick = <T,>(list: readonly T[]) => list[(seed = (seed * 48271) % 2147483647) % list.length]!;
  return Array.from({ length: count }, (_, i) => {
    const parts = Array.from({ length: 6 }, () => `${pick(verbs)} the ${pick(things)}`);
    return `Note ${i + 1}: Amira ${parts.join(', then ')} with ${pick(['Sana', 'Bilal', 'her key person', 'a friend'])} (${(i * 7919) % 1000}).`;
  });
}

/** Moves the page's clock on `minutes`, four at a time, with a key press before each step. */
async function keepReading(page: Page, minutes: number): Promise<void> {
  for (let done = 0; done < minutes; done += 4) {
    await page.keyboard.press('Shift');
    await page.clock.fastForward('04:00');
  }
}

/** Every fifth frame read is dropped: the camera never sees it. */
const keptFrames = (seen: Map<number, string>) => [...seen.values()].filter((_, i) => i % 5 !== 4);

/** Whether the frames left after the drop rebuild the message, checked in node. */
function rebuildsWithout(seen: Map<number, string>): boolean {
  const check = new FountainDecoder();
  return keptFrames(seen).some((text) => {
    const status = check.receiveText(text);
    return status.ok && status.value.state === 'complete';
  });
}

/**
 * Reads the animated code off the canvas until the frames seen rebuild the message, then a few
 * more; drops every fifth frame (20%), and checks in node that what is left still rebuilds it.
 */
async function readAnimatedFrames(share: SharePage): Promise<string[]> {
  const seen = new Map<number, string>();
  const decoder = new FountainDecoder();
  let completeAt = 0;
  for (let look = 0; look < 400; look++) {
    const frame = (await share.qrAttributes()).frame ?? 0;
    if (seen.has(frame)) {
      await share.page.waitForFunction((f) => document.querySelector('figure.qr-display')?.getAttribute('data-qr-frame') !== String(f), frame);
      continue;
    }
    let text: string;
    try {
      text = await share.readQr();
    } catch {
      continue; // read while the canvas was being redrawn
    }
    if ([...seen.values()].includes(text)) continue;
    seen.set(frame, text);
    const status = decoder.receiveText(text);
    if (!completeAt && status.ok && status.value.state === 'complete') completeAt = seen.size;
    // Which frames get read depends on timing (a busy machine reads fewer of them in a row), and a
    // fountain code's need for frames varies: read on until the 80% that will be played suffices.
    if (completeAt && seen.size >= Math.ceil(completeAt * 1.6) && rebuildsWithout(seen)) break;
  }
  if (!completeAt) throw new Error('readAnimatedFrames: the frames on screen never rebuilt the message');
  const kept = keptFrames(seen);
  expect(rebuildsWithout(seen), 'the frames left after dropping 20% still rebuild the share').toBe(true);
  console.info(`share-journey: read ${seen.size} frames off the screen (complete after ${completeAt}), playing ${kept.length}`);
  return kept;
}
