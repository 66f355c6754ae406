// The Red Book's growth pages: UK-WHO centile lines once the parent says boy or girl (asked on
// the growth page only, "rather not say" allowed), the latest point in plain words, a table of
// centiles and SDS beside each chart, and corrected age for a baby born early.
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { PassportHealthPage } from './pages/PassportHealthPage';
import { ShellPage } from './pages/ShellPage';
import { VaultPages } from './pages/VaultPages';

const chromium = useChromium();

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysAgo = (n: number) => iso(new Date(Date.now() - n * 86_400_000));

async function parentWithChild(name: string, dob: string, gestationWeeks?: number): Promise<{ page: Page; p: PassportHealthPage; childId: string }> {
  const { page } = await chromium.openPage({ timezoneId: 'Asia/Karachi' });
  const v = new VaultPages(page);
  await v.setUp();
  if (gestationWeeks !== undefined) await page.getByLabel('Weeks of pregnancy at birth (optional)').fill(String(gestationWeeks));
  await v.addChild(name, dob);
  const p = new PassportHealthPage(page);
  return { page, p, childId: await p.childId(name) };
}

async function addMeasurement(p: PassportHealthPage, on: string, values: { weight?: string; height?: string; head?: string }) {
  await p.button('Add measurements').click();
  await p.field('Measured on').fill(on);
  if (values.weight) await p.field('Weight (kg)').fill(values.weight);
  if (values.height) await p.field('Height or length (cm)').fill(values.height);
  if (values.head) await p.field('Head circumference (cm)').fill(values.head);
  await p.save();
  await p.button('Add measurements').waitFor();
}

it('asks boy or girl on the growth page, then draws nine centile lines and says where the latest point is', async () => {
  const { page, p, childId } = await parentWithChild('Maryam', daysAgo(300));
  await p.openHealth(childId, 'growth');
  await addMeasurement(p, daysAgo(240), { weight: '5.6', height: '60' });
  await addMeasurement(p, daysAgo(20), { weight: '8.2', height: '70.5' });
  const weight = page.getByRole('img', { name: /Weight \(kg\)/ });
  await weight.waitFor();
  // No lines yet: the chart needs to know which standard to use.
  expect(await weight.locator('.centiles polyline').count()).toBe(0);
  const question = page.getByRole('group', { name: 'For the centile lines' });
  await question.getByText("Which chart should Maryam's measurements go on?").waitFor();
  await question.getByRole('radio', { name: 'Girl' }).check();
  await question.getByRole('button', { name: 'Use this chart' }).click();

  await expect.poll(() => weight.locator('.centiles polyline').count()).toBe(9);
  expect(await weight.locator('circle').count()).toBe(2);
  const latest = page.locator('#chart-weightKg-desc');
  await expect.poll(() => latest.textContent()).toMatch(/The latest is (on the \d+(\.\d)?(st|nd|th) centile|between the .+ and .+ centiles)\./);
  const table = page.getByRole('table', { name: 'Weight (kg): centile of each measurement' });
  expect(await table.locator('tbody tr').count()).toBe(2);
  const firstRow = await table.locator('tbody tr').first().locator('td').allTextContents();
  expect(firstRow[0]).toBe('8.2');
  expect(Number(firstRow[1])).toBeGreaterThan(0);
  expect(Number(firstRow[1])).toBeLessThan(100);
  expect(firstRow[2]).toMatch(/^−?-?\d+\.\d\d$|^−?-?\d+(\.\d)?$/);
  await page.getByText('UK-WHO growth charts', { exact: false }).waitFor();
  expect(await page.getByRole('group', { name: 'For the centile lines' }).count()).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${OUT}growth-centiles-en.png`, fullPage: true });
  // On paper, as the Red Book page: the charts with their tables on one A4 sheet, no buttons.
  await page.emulateMedia({ media: 'print' });
  const screen = page.viewportSize()!;
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  expect(await page.getByRole('button', { name: 'Add measurements' }).isVisible()).toBe(false);
  await page.screenshot({ path: `${OUT}growth-print-en.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(`${OUT}growth-print-en.pdf`, pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBe(1);
  await page.setViewportSize(screen);
  await page.emulateMedia({ media: 'screen' });
});

it('shows no lines, and says why, when the parent would rather not say; the choice can be made later', async () => {
  const { page, p, childId } = await parentWithChild('Sami', daysAgo(200));
  await p.openHealth(childId, 'growth');
  await addMeasurement(p, daysAgo(10), { weight: '7.1' });
  const question = page.getByRole('group', { name: 'For the centile lines' });
  await question.getByRole('radio', { name: 'I would rather not say' }).check();
  await question.getByRole('button', { name: 'Use this chart' }).click();
  await page.getByText("No centile lines are shown, because the child's sex is not recorded.", { exact: false }).waitFor();
  expect(await page.locator('.centiles polyline').count()).toBe(0);
  expect(await page.getByRole('table', { name: /centile of each measurement/ }).count()).toBe(0);

  await p.button('Choose a chart for the centile lines').click();
  await page.getByRole('group', { name: 'For the centile lines' }).getByRole('radio', { name: 'Boy' }).check();
  await page.getByRole('button', { name: 'Use this chart' }).click();
  await expect.poll(() => page.locator('#chart-weightKg .centiles polyline, figure .centiles polyline').count()).toBe(9);
});

it('draws a baby born at 30 weeks at corrected age, from their gestation, in English and in Arabic', async () => {
  const { page, p, childId } = await parentWithChild('Yusuf', daysAgo(120), 30);
  await p.openHealth(childId, 'growth');
  await addMeasurement(p, daysAgo(110), { weight: '1.6', height: '42', head: '30' });
  await addMeasurement(p, daysAgo(50), { weight: '3.1', height: '50', head: '35' });
  await addMeasurement(p, daysAgo(3), { weight: '4.6', height: '56', head: '38.5' });
  const question = page.getByRole('group', { name: 'For the centile lines' });
  await question.getByRole('radio', { name: 'Boy' }).check();
  await question.getByRole('button', { name: 'Use this chart' }).click();
  const weight = page.getByRole('img', { name: /Weight \(kg\)/ });
  await expect.poll(() => weight.locator('.centiles polyline').count()).toBe(9);
  // Every point is at corrected age (hollow), and the chart begins before term, at 30 weeks.
  expect(await weight.locator('circle.corrected').count()).toBe(3);
  await page.getByText('Dots with a white middle are at corrected age', { exact: false }).first().waitFor();
  // At 16 weeks old but 6 weeks corrected, the axis is in weeks and starts below zero.
  expect(await weight.locator('.axis-title').textContent()).toBe('Age in weeks');
  const firstTick = Number(await weight.locator('.grid text[text-anchor="middle"]').first().textContent());
  expect(firstTick).toBeLessThan(0);
  await expect.poll(() => page.locator('#chart-weightKg-desc').textContent()).toMatch(/The latest is /);
  await page.screenshot({ path: `${OUT}growth-30-weeks-en.png`, fullPage: true });

  await new ShellPage(page).switchLanguage('العربية');
  await p.openHealth(childId, 'growth');
  await page.getByText('العمر بالأسابيع').first().waitFor();
  await expect.poll(() => page.locator('#chart-weightKg-desc').textContent()).toMatch(/آخر قياس/);
  // The drawing stays left to right inside the right-to-left page.
  expect(await page.locator('.growth-chart svg').first().getAttribute('dir')).toBe('ltr');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${OUT}growth-30-weeks-ar.png`, fullPage: true });
  await new ShellPage(page).switchLanguage('English');
});

it('gives a 14-month-old added today a calm start: nothing red until the parent says what was done', async () => {
  const { page, p, childId } = await parentWithChild('Hamza', daysAgo(426));
  await p.openHealth(childId);
  const question = page.getByRole('group', { name: 'Before Family File' });
  await question.getByText("Were Hamza's vaccinations and health checks up to now done?").waitFor();
  expect(await page.locator('.state-overdue').count()).toBe(0);
  await p.openHealth(childId, 'immunisations');
  expect(await page.locator('.state-overdue').count()).toBe(0);
  expect(await page.locator('.state-not-recorded').count()).toBeGreaterThan(5);
  await page.screenshot({ path: `${OUT}calm-start-immunisations-en.png`, fullPage: true });
  // "Some of them": the past items stay as they are, with a word on how to fill them in.
  await page.getByRole('group', { name: 'Before Family File' }).getByRole('radio', { name: 'Some of them' }).check();
  await page.getByRole('button', { name: 'Save my answer' }).click();
  await page.getByText('Add the ones you know, for example from the Red Book', { exact: false }).waitFor();
  expect(await page.locator('.state-overdue').count()).toBe(0);

  // Milestones from before: listed calmly, not as "Not seen yet, though usual by now".
  await p.goTo(`/child/${childId}/milestones`);
  await page.getByRole('heading', { name: 'From before Family File' }).first().waitFor();
  expect(await page.getByText('Nothing from earlier ages is waiting.').first().isVisible()).toBe(true);
  await page.screenshot({ path: `${OUT}calm-start-milestones-en.png`, fullPage: true });
});
