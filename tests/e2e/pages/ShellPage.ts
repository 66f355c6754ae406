import type { Locator, Page } from 'playwright-core';

/** What a user does with the app shell: pick a language, move around. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.locator('main h1').first().waitFor();
  }

  heading(): Locator {
    return this.page.locator('main h1').first();
  }

  /** On the first screen, tick a language by its own name, then continue. */
  async chooseFirstLanguage(nativeName: string, continueLabel: RegExp | string): Promise<void> {
    await this.page.getByRole('radio', { name: nativeName }).check();
    await this.page.getByRole('button', { name: continueLabel }).click();
    await this.page.waitForURL('**/welcome');
  }

  /** Switch language from the header menu, available on every screen. */
  async switchLanguage(nativeName: string): Promise<void> {
    await this.page.locator('.language-menu > button').click();
    // click, not check(): picking the language already in use must close the menu too
    await this.page.locator('#language-panel').getByRole('radio', { name: nativeName }).click();
    await this.page.locator('#language-panel').waitFor({ state: 'detached' });
  }

  async nav(name: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name }).click();
  }

  async htmlLangDir(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  }
}
