import type { Page } from 'playwright-core';

/** A parent filling in their child's "About me" and health record. */
export class PassportHealthPage {
  constructor(readonly page: Page) {}

  /** The child's id, read from the link to the child on the family home. */
  async childId(name: string): Promise<string> {
    const link = this.page.locator('a[href^="/child/"]', { hasText: name }).first();
    await link.waitFor();
    return ((await link.getAttribute('href')) ?? '').split('/')[2]!;
  }

  /** Moves within the app without a reload, so the vault stays open. */
  async goTo(path: string): Promise<void> {
    await this.page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.page.waitForURL(`**${path}`);
  }

  h1() {
    return this.page.locator('.passport h1, .passport-print h1, .health h1').first();
  }

  async openPassport(childId: string, sub = ''): Promise<void> {
    await this.goTo(`/child/${childId}/passport${sub ? `/${sub}` : ''}`);
    await this.page.locator('.passport h1, .passport-print h1').first().waitFor();
  }

  async openHealth(childId: string, view = ''): Promise<void> {
    await this.goTo(`/child/${childId}/health${view ? `/${view}` : ''}`);
    await this.page.locator('section.health h1').waitFor();
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  alerts() {
    return this.page.getByRole('alert');
  }

  /** Fills a labelled field inside the open form (forms are cards with a heading). */
  field(label: string | RegExp) {
    return this.page.locator('form').getByLabel(label, { exact: typeof label === 'string' });
  }

  async save(): Promise<void> {
    await this.page.locator('form').last().getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The one Save of the "About me" form (name and birth, then the passport). */
  async saveAboutMe(): Promise<void> {
    await this.page.locator('form[aria-labelledby="passport-form-title"]').getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** The "Leave without saving?" dialog a form with unsaved changes shows when a link is tapped. */
  leaveDialog() {
    return this.page.getByRole('dialog', { name: 'Leave without saving?' });
  }

  /** Switches the page language from the print page's own picker (not remembered). */
  async printLanguage(code: string): Promise<void> {
    await this.page.getByLabel(/Language of this page|لغة هذه الصفحة/).selectOption(code);
    await this.page.waitForFunction((c) => document.documentElement.lang === c, code);
  }

  /** Number of pages Chromium makes of the current page as a PDF ("Save as PDF"). */
  async printedPages(): Promise<number> {
    const pdf = await this.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
}
