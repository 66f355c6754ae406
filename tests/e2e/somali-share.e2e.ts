// Issue 16: a share written by a parent who uses the app in Somali is read by a professional who
// uses it in English. Every coded field (section, area, mark, the child's languages) is in English;
// the free text is shown as the parent wrote it, marked with its language (found from the writing, or
// picked by the parent) and isolated for direction.
// The code travels as a real QR through the professional's fake camera.
import { describe, expect, it } from 'vitest';
import { OUT, useChromium } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { localeText } from './support/locale-text';
import { addChildIn, setUpIn } from './pages/LanguageSetup';
import { SharePage } from './pages/SharePage';
import { ScanPage } from './pages/ScanPage';
import { JournalPage } from './pages/JournalPage';

const PRO_CAMERA = `${OUT}somali-share-camera.y4m`;
const chromium = useChromium(() => qrCameraArgs(PRO_CAMERA));
const NOTE = 'Maanta wuxuu yiri "hooyo" markii ugu horreysay, wuuna qoslay.';
const IN_ENGLISH = 'Waved bye bye to grandma at the door.';
const so = (key: string) => localeText('so', key);

describe('a share in Somali, read in English', () => {
  it("shows every coded field in English and the parent's words as Somali", async () => {
    const { page } = await chromium.openPage();
    await setUpIn(page, 'so');
    await addChildIn(page, 'so', 'Hodan Warsame', '2024-04-10');
    const childId = await page.locator('.child-card-link', { hasText: 'Hodan Warsame' }).evaluate((a) => (a as HTMLAnchorElement).pathname.split('/')[2]!);

    // A journal entry, typed in Somali: the app tags it as Somali.
    await new JournalPage(page).openJournal(childId);
    await page.getByRole('button', { name: so('journal:add') }).click();
    await page.locator('textarea[id$="-text"]').fill(NOTE);
    await page.locator('select[id$="-area"]').selectOption('communication');
    await page.getByRole('button', { name: so('journal:form.save') }).click();
    await page.locator('.observation-text', { hasText: NOTE }).waitFor();
    expect(await page.locator('.observation-text', { hasText: NOTE }).getAttribute('lang')).toBe('so');

    // One in English: Latin letters alone cannot tell Somali from English, so the app says what it
    // guessed, and the parent changes it.
    await page.getByRole('button', { name: so('journal:add') }).click();
    await page.locator('textarea[id$="-text"]').fill(IN_ENGLISH);
    await page.locator('select[id$="-area"]').selectOption('communication');
    const writtenIn = page.getByLabel(so('kit:writtenIn.label'));
    await expect.poll(() => writtenIn.locator('option:checked').textContent()).toBe(`${so('kit:writtenIn.auto')} (Soomaali)`);
    await writtenIn.selectOption('en');
    await page.getByRole('button', { name: so('journal:form.save') }).click();
    await page.locator('.observation-text', { hasText: IN_ENGLISH }).waitFor();
    expect(await page.locator('.observation-text', { hasText: IN_ENGLISH }).getAttribute('lang')).toBe('en');

    // An open share of Communication and language, behind passcode words.
    const share = new SharePage(page);
    await share.go(`/share/${childId}`);
    await page.locator('input[type=radio][name=who][value=open]').check();
    const box = page.getByRole('checkbox', { name: so('record:section.dev-communication') });
    await box.check();
    await page.getByRole('button', { name: so('sharing:share.make') }).click();
    const yes = page.getByRole('button', { name: so('consent:ask.yes') });
    await yes.or(share.qr()).first().waitFor();
    if (await yes.isVisible()) await yes.click();
    const words = page.getByRole('list', { name: so('consent:passcode.label') }).getByRole('listitem');
    await words.first().waitFor();
    const passcode = (await words.allTextContents()).join(' ');
    showOnCamera(PRO_CAMERA, [await share.readQr()]);

    // The professional, in English, scans it and types the words.
    const pro = (await chromium.openPage()).page;
    const scan = new ScanPage(pro);
    await scan.setUpProfessional();
    await scan.openScanner();
    const field = pro.getByLabel('Passcode');
    await field.waitFor({ timeout: 30_000 });
    await field.fill(passcode);
    await pro.getByRole('button', { name: 'Show the share' }).click();
    await scan.waitForShare();

    // Coded content in the reader's language…
    await pro.getByRole('heading', { name: 'Communication and language', level: 2 }).waitFor();
    const entry = pro.locator('.shared-entry', { hasText: NOTE });
    expect(await entry.locator('h3').textContent()).toContain('Communication and language');
    const main = (await pro.locator('main').innerText());
    expect(main).not.toContain(so('record:section.dev-communication'));
    expect(main).not.toContain(so('record:area.communication'));
    // …and the family's words as written, marked as Somali, in their own direction.
    const words2 = entry.locator('[lang="so"]', { hasText: NOTE });
    expect(await words2.getAttribute('dir')).toBe('auto');
    await entry.getByText('Written in Somali').waitFor();
    // The entry the parent marked as English is read as English, with no "Written in" line.
    const english = pro.locator('.shared-entry', { hasText: IN_ENGLISH });
    expect(await english.locator('[lang="en"]', { hasText: IN_ENGLISH }).count()).toBe(1);
    expect(await english.getByText(/Written in/).count()).toBe(0);
  });
});
