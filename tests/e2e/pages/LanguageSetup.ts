// Setup in any shipped language, reading every label from that language's strings: the walk a
// parent makes who reads only their own language (issue 16).
import type { Page } from 'playwright-core';
import { localeText } from '../support/locale-text';

const PASSPHRASE = 'seven quiet otters paddle home';

/**
 * Language screen → welcome → role → passphrase → no PIN → recovery sheet → the words → home.
 * `look` is called on the welcome screen and the recovery sheet, for checks and screenshots.
 */
export async function setUpIn(page: Page, code: string, look: (screen: string) => Promise<void> = async () => undefined): Promise<void> {
  const T = (key: string) => localeText(code, key);
  await page.goto('/language');
  await page.locator(`input[type=radio][value="${code}"]`).check();
  await page.getByRole('button', { name: T('common:language.continue') }).click();
  await page.waitForURL('**/welcome');
  await page.getByRole('heading', { name: T('common:welcome.title') }).waitFor();
  await look('welcome');

  await page.getByRole('link', { name: T('common:welcome.start') }).click();
  await page.locator('input[type=radio][value="parent"]').check();
  await page.getByRole('button', { name: T('common:language.continue') }).click();
  await page.locator('#new-passphrase').fill(PASSPHRASE);
  await page.locator('#repeat-passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: T('secure:setup.create') }).click();
  await page.getByRole('heading', { name: T('secure:setup.title.pin') }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: T('secure:pin.skip') }).click();
  await page.locator('.recovery-words .w').first().waitFor();
  const words = await page.locator('.recovery-words .w').allTextContents();
  await look('recovery-sheet');
  await page.getByRole('button', { name: T('secure:sheet.done') }).click();
  await page.locator('label[for^="word-"]').first().waitFor();
  for (const id of await page.locator('label[for^="word-"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('for')!))) {
    await page.locator(`#${id}`).fill(words[Number(id.slice('word-'.length)) - 1]!);
  }
  await page.getByRole('button', { name: T('secure:confirm.submit') }).click();
  await page.waitForURL('**/home');
}

/** On the home screen: adds a child, in any language. */
export async function addChildIn(page: Page, code: string, name: string, dob: string): Promise<void> {
  await page.locator('#child-name').fill(name);
  await page.locator('#child-dob').fill(dob);
  await page.getByRole('button', { name: localeText(code, 'family:add.save') }).click();
  await page.locator('.child-card-link', { hasText: name }).waitFor();
}
