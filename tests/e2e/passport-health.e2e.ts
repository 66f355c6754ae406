import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AppContext } from './support/browser';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { PassportHealthPage } from './pages/PassportHealthPage';
import { PASSPHRASE, VaultPages, vaultRowCount } from './pages/VaultPages';

const chromium = useChromium();
let app: AppContext;
let page: Page;
let p: PassportHealthPage;
let v: VaultPages;
let childId: string;

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromToday = (n: number) => iso(new Date(Date.now() + n * 86_400_000));
// About five months old when added: the 8-week doses are past (not recorded yet), the 1-year ones are coming up.
const DOB = daysFromToday(-150);
const DOB_PLUS = (days: number) => iso(new Date(Date.parse(`${DOB}T12:00:00`) + days * 86_400_000));

async function axeClean(label: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations)}`).toEqual([]);
}

beforeAll(async () => {
  ({ app, page } = await chromium.openPage());
  p = new PassportHealthPage(page);
  v = new VaultPages(page);
  await v.setUp();
  await v.addChild('Amira Khan', DOB);
  childId = await p.childId('Amira Khan');
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await page.screenshot({ path: `${OUT}passport-health-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
});
// useChromium checks each context's requests; console errors are this spec's own check.
afterAll(() => {
  expect(app?.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
});

describe('About me', () => {
  it('refuses a bad NHS number and a huge paste, then saves the passport with emoji and Arabic intact', async () => {
    await p.openPassport(childId);
    expect(await p.h1().textContent()).toBe('About Amira Khan');
    await axeClean('passport empty (en)');
    await page.getByRole('link', { name: 'Fill in About me' }).click();
    await p.h1().filter({ hasText: 'Change About Amira Khan' }).waitFor();

    // Name and birth: a future date of birth and an impossible gestation are refused.
    await p.field('Date of birth').fill(daysFromToday(3));
    await p.saveAboutMe();
    await expect.poll(() => p.alerts().allTextContents()).toContain('This date is in the future.');
    await p.field('Date of birth').fill(DOB);
    await p.field('Weeks of pregnancy at birth').fill('12');
    await p.saveAboutMe();
    await expect.poll(() => p.alerts().allTextContents()).toContain('Weeks of pregnancy at birth should be between 22 and 44.');
    await p.field('Weeks of pregnancy at birth').fill('34');
    await p.field('Likes to be called').fill('Mira 🌟');

    await p.field('NHS number').fill('943 476 5918');
    await p.field('Things you must know about me').fill('Peanut allergy 🥜: carries an adrenaline pen. Goes very quiet when in pain.');
    await page.getByText('None chosen yet.').click();
    await page.getByRole('checkbox', { name: 'Arabic', exact: true }).check();
    await page.getByRole('checkbox', { name: 'English', exact: true }).check();
    await p.field('Other languages at home').fill('Sylheti');
    await page.getByRole('checkbox', { name: 'Speech', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Makaton', exact: true }).check();
    await p.field('I like').fill('تحب الفقاعات والأغاني');
    await p.button('Add a person').click();
    await page.getByRole('group', { name: 'Person 1' }).getByLabel('Name').fill('Fatima');
    await page.getByRole('group', { name: 'Person 1' }).getByLabel('Who they are').selectOption({ label: 'Grandparent' });
    await p.saveAboutMe();
    await expect.poll(() => p.alerts().allTextContents()).toContain('This NHS number is not valid. Please check each digit.');
    expect(await p.field('NHS number').getAttribute('aria-invalid')).toBe('true');

    // A megabyte pasted into one field is refused at once: the field keeps what it held and says why.
    await p.field('What helps me').fill('A quiet room');
    const started = Date.now();
    await p.field('What helps me').fill('x'.repeat(1_000_000));
    await expect.poll(() => p.alerts().allTextContents()).toContain('This is too long to save. Please shorten it.');
    const pasteMs = Date.now() - started;
    console.log(`passport.paste_1mb_refused_ms: ${pasteMs}`);
    expect(await p.field('What helps me').inputValue()).toBe('A quiet room');
    await p.field('What helps me').fill('A quiet room and her blue blanket');
    await p.field('NHS number').fill('943 476 5919');
    await p.saveAboutMe();
    await page.waitForURL(`**/child/${childId}/passport`);
    await page.getByText('943 476 5919').waitFor();
    for (const text of ['Peanut allergy 🥜', 'تحب الفقاعات والأغاني', /Arabic, English,? and Sylheti/, 'Speech and Makaton', 'Fatima', 'Grandparent', 'Born early, at 34 weeks', 'Mira 🌟']) {
      await page.getByText(text).first().waitFor();
    }
    // Free text is tagged by its own script (Arabic, though the app was in English) and lays out by it.
    expect(await page.locator('p.written[lang="ar"][dir="auto"]', { hasText: 'تحب الفقاعات' }).count()).toBe(1);
    await axeClean('passport (en)');
    await page.screenshot({ path: `${OUT}passport-en.png`, fullPage: true });
  });

  it('prints one tidy page in English and in Arabic', async () => {
    await page.getByRole('link', { name: 'Page to print or share' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amira Khan' }).waitFor();
    await axeClean('print view (en)');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await p.button('Print').isVisible()).toBe(false);
    await page.screenshot({ path: `${OUT}passport-print-en.png`, fullPage: true });
    expect(await p.printedPages()).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    await p.printLanguage('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByText('أشياء يجب أن تعرفها عني').waitFor();
    await page.getByText('العربية').first().waitFor();
    await axeClean('print view (ar)');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${OUT}passport-print-ar.png`, fullPage: true });
    expect(await p.printedPages()).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await p.openPassport(childId);
    await axeClean('passport (ar)');
    await page.screenshot({ path: `${OUT}passport-ar.png`, fullPage: true });
    await p.openPassport(childId, 'print');
    await p.printLanguage('en');
  });
});

describe('Health', () => {
  it('adds an allergy', async () => {
    await p.openHealth(childId, 'allergies');
    await axeClean('allergies (en)');
    await p.button('Add an allergy').click();
    await p.field('Allergic to').selectOption({ label: 'Peanut' });
    await page.getByRole('checkbox', { name: 'Hives or rash' }).check();
    await page.getByRole('checkbox', { name: 'Swelling' }).check();
    await p.field('How serious').selectOption({ label: 'Severe' });
    await p.field('First noticed on (optional)').fill(DOB_PLUS(-5));
    await p.save();
    await expect.poll(() => p.alerts().allTextContents()).toContain('This date is before the child was born.');
    await p.field('First noticed on (optional)').fill(DOB_PLUS(120));
    await p.save();
    await page.getByText('Reactions: Hives or rash and Swelling').waitFor();
    await axeClean('allergies with entry (en)');
  });

  it('keeps medicine changes: dose change and stop, current list and history agree', async () => {
    await p.openHealth(childId, 'medicines');
    const addMedicine = async (name: string, dose: string, frequency: string) => {
      await p.button('Add a medicine').click();
      await p.field('Name of medicine').fill(name);
      await p.field('Dose').fill(dose);
      await p.field('How often').fill(frequency);
      await p.field('Started on').fill(DOB_PLUS(100));
      await p.field('Prescribed or started by').fill('Dr Okafor');
      await p.save();
      await page.getByRole('list', { name: 'Current medicines' }).getByText(name).waitFor();
    };
    await addMedicine('Salbutamol', '2 puffs', 'when wheezy');
    await addMedicine('Amoxicillin', '5 ml', 'three times a day');

    await p.button('Change dose: Salbutamol').click();
    await p.field('Date').fill(daysFromToday(2));
    await p.field('New dose').fill('4 puffs');
    await p.field('Changed by').fill('Nurse Ali');
    await p.save();
    await expect.poll(() => p.alerts().allTextContents()).toContain('This date is in the future.');
    await p.field('Date').fill(daysFromToday(-1));
    await p.save();
    await page.getByRole('list', { name: 'Current medicines' }).getByText('4 puffs, when wheezy').waitFor();

    await p.button('Stop: Amoxicillin').click();
    await p.field('Changed by').fill('Mum');
    await p.save();
    const current = page.getByRole('list', { name: 'Current medicines' });
    await expect.poll(() => current.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Salbutamol')]);
    expect(await current.textContent()).toContain('by Nurse Ali');

    const salbutamol = page.locator('li', { has: page.getByText('Salbutamol', { exact: true }) }).last();
    await salbutamol.getByText('History (1 change)').click();
    const rows = salbutamol.getByRole('table', { name: 'History of Salbutamol' }).locator('tbody tr');
    expect(await rows.allTextContents()).toEqual([
      expect.stringMatching(/Started.*2 puffs, when wheezy.*Dr Okafor/),
      expect.stringMatching(/Dose changed.*4 puffs, when wheezy.*Nurse Ali/),
    ]);
    const amoxicillin = page.locator('li', { has: page.getByText('Amoxicillin', { exact: true }) }).last();
    await amoxicillin.getByText('History (1 change)').click();
    expect(await amoxicillin.locator('tbody tr').last().textContent()).toMatch(/Stopped.*5 ml.*Mum/);
    expect(await amoxicillin.textContent()).toContain('Stopped');
    await axeClean('medicines (en)');
  });

  it('records an immunisation; doses past before the child was added are "not recorded yet" until the parent answers', async () => {
    // Amira was added at about five months: her 8-week doses were already past then.
    await p.openHealth(childId, 'immunisations');
    const row = (dose: string) => page.getByRole('row', { name: new RegExp(`^${dose}`) });
    expect(await row('6-in-1, 1st dose').textContent()).toContain('Not recorded yet');
    expect(await row('MenB, 1st dose').textContent()).toContain('Not recorded yet');
    expect(await page.locator('.state-overdue').count()).toBe(0);
    await p.button('Record 6-in-1, 1st dose as given').click();
    await p.field('Date given').fill(DOB_PLUS(58));
    await p.field('Where (optional)').fill('Park Road surgery');
    await p.save();
    await expect.poll(() => row('6-in-1, 1st dose').textContent()).toContain('Given');
    expect(await row('MenB, 1st dose').textContent()).toContain('Not recorded yet');
    expect(await page.getByRole('row', { name: /^Pneumococcal booster/ }).textContent()).toContain('Coming up');
    await axeClean('immunisations (en)');
    // The parent knows one was missed: marked as not done, it alone reads "Overdue"; the mark can be taken back.
    await p.button('It was not done: MenB, 1st dose').click();
    await expect.poll(() => row('MenB, 1st dose').textContent()).toContain('Overdue');
    expect(await page.locator('.state-overdue').count()).toBe(1);
    await axeClean('immunisations with a dose marked not done (en)');
    await p.button('Not sure after all: MenB, 1st dose').click();
    await expect.poll(() => row('MenB, 1st dose').textContent()).toContain('Not recorded yet');
    expect(await page.locator('.state-overdue').count()).toBe(0);
    // Asked once, gently: "Yes, all of them up to now" turns the past doses into "Done before Family File".
    await p.openHealth(childId);
    const question = page.getByRole('group', { name: 'Before Family File' });
    await question.getByRole('radio', { name: 'Yes, all of them up to now' }).check();
    await question.getByRole('button', { name: 'Save my answer' }).click();
    await expect.poll(() => question.count()).toBe(0);
    await p.openHealth(childId, 'immunisations');
    await expect.poll(() => row('MenB, 1st dose').textContent()).toContain('Done before Family File');
    expect(await row('6-in-1, 1st dose').textContent()).toContain('Given');
  });

  it('adds growth measurements and draws a chart with a text alternative', async () => {
    await p.openHealth(childId, 'growth');
    await p.button('Add measurements').click();
    await p.field('Measured on').fill(DOB_PLUS(14));
    await p.field('Weight (kg)').fill('seven');
    await p.save();
    await expect.poll(() => p.alerts().allTextContents()).toContain('Please write a number, like 7.5.');
    await p.field('Weight (kg)').fill('3.9');
    await p.field('Height or length (cm)').fill('53');
    await p.save();
    await p.button('Add measurements').click();
    await p.field('Measured on').fill(DOB_PLUS(70));
    await p.field('Weight (kg)').fill('5,6');
    await p.field('Height or length (cm)').fill('59.5');
    await p.field('Head circumference (cm)').fill('39');
    await p.save();
    const weight = page.getByRole('img', { name: /Weight \(kg\)/ });
    await weight.waitFor();
    await expect.poll(() => weight.locator('circle').count()).toBe(2);
    expect(await weight.getAttribute('aria-labelledby')).toContain('desc');
    expect(await page.locator('#chart-weightKg-desc').textContent()).toMatch(/^2 measurements\. The latest is 5\.6, on /);
    expect(await page.getByRole('table', { name: 'All measurements, newest first' }).locator('tbody tr').count()).toBe(2);
    await axeClean('growth (en)');
    await page.screenshot({ path: `${OUT}health-growth-en.png`, fullPage: true });
  });

  it('deletes after asking, and Undo brings the entry back', async () => {
    await p.openHealth(childId, 'conditions');
    await p.button('Add a condition').click();
    await p.field('Condition').fill('Eczema (إكزيما) 🙂');
    await p.save();
    await page.getByText('Eczema (إكزيما) 🙂').waitFor();
    await p.button('Delete Eczema (إكزيما) 🙂').click();
    await p.button('Yes, delete').click();
    await expect.poll(() => page.getByText('Eczema (إكزيما) 🙂', { exact: true }).count()).toBe(0);
    await p.button('Undo').click();
    await page.getByText('Eczema (إكزيما) 🙂', { exact: true }).waitFor();
    await axeClean('conditions (en)');
  });

  it('reads right in Arabic and passes axe on every health screen', async () => {
    await p.openPassport(childId, 'print');
    await p.printLanguage('ar');
    for (const view of ['', 'conditions', 'allergies', 'medicines', 'immunisations', 'growth', 'reviews']) {
      await p.openHealth(childId, view);
      await axeClean(`health ${view || 'summary'} (ar)`);
      if (view === 'medicines') await page.screenshot({ path: `${OUT}health-medicines-ar.png`, fullPage: true });
    }
    await p.openPassport(childId, 'edit');
    await axeClean('passport edit (ar)');
    await page.screenshot({ path: `${OUT}passport-edit-ar.png`, fullPage: true });
    await p.openHealth(childId);
    await page.screenshot({ path: `${OUT}health-summary-ar.png`, fullPage: true });
    await p.openHealth(childId, 'growth');
    await page.screenshot({ path: `${OUT}health-growth-ar.png`, fullPage: true });
    await p.openPassport(childId, 'print');
    await p.printLanguage('en');
    await p.openHealth(childId, 'reviews');
    await axeClean('reviews (en)');
    await p.openHealth(childId);
    await axeClean('summary (en)');
    await page.screenshot({ path: `${OUT}health-summary-en.png`, fullPage: true });
  });

  it('locks, unlocks and still shows everything', async () => {
    await v.lock();
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    // The family home has read the record once the child's card shows.
    await page.locator(`a[href^="/child/${childId}/"]`).first().waitFor();
    await p.openPassport(childId);
    await page.getByText('943 476 5919').waitFor();
    await page.getByText('Peanut allergy 🥜', { exact: false }).waitFor();
    await p.openHealth(childId);
    for (const text of ['Peanut: Severe', 'Salbutamol: 4 puffs, when wheezy', 'Eczema (إكزيما) 🙂']) await page.getByText(text, { exact: true }).waitFor();
    expect(await page.getByText('Amoxicillin').count()).toBe(0);
  });

  it('keeps an unfinished About me as a draft when the app is closed', async () => {
    await p.openPassport(childId, 'edit');
    const rows = await vaultRowCount(page);
    await p.field("I don't like").fill('Loud hand dryers 🔊');
    // The draft is written after a short pause in typing: one more (encrypted) row.
    await expect.poll(() => vaultRowCount(page)).toBe(rows + 1);
    // Reloading with unsaved changes makes the browser ask first; the parent goes ahead.
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => { resolve(d.type()); void d.accept(); }));
    await page.reload();
    expect(await asked).toBe('beforeunload');
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await page.locator(`a[href^="/child/${childId}/"]`).first().waitFor();
    await p.openPassport(childId, 'edit');
    await page.getByText('We kept what you were writing last time.').waitFor();
    expect(await p.field("I don't like").inputValue()).toBe('Loud hand dryers 🔊');
    await axeClean('passport edit with draft (en)');
    await p.saveAboutMe();
    await page.waitForURL(`**/child/${childId}/passport`);
    await page.getByText('Loud hand dryers 🔊').waitFor();
    // Saving removed the draft: the passport was changed in place, so the row count is back.
    await expect.poll(() => vaultRowCount(page)).toBe(rows);
    await p.openPassport(childId, 'edit');
    expect(await p.field("I don't like").inputValue()).toBe('Loud hand dryers 🔊');
    expect(await page.getByText('We kept what you were writing last time.').count()).toBe(0);
  });
});
