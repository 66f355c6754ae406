import type { Locator, Page } from 'playwright-core';

/** A parent (or a key worker trying the app) using the family home, a child's record and the demo. */
export class FamilyPage {
  constructor(readonly page: Page) {}

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Explore with a demo family' }).click();
    // The demo vault is made with the real passphrase KDF, then filled: on a busy machine that
    // has taken over 30 s.
    await this.page.waitForURL('**/home', { timeout: 60_000 });
    await this.childCards().first().waitFor();
  }

  banner(): Locator {
    return this.page.getByRole('banner').getByText('Everyone and everything here is made up.');
  }

  async leaveDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Leave the demo' }).click();
    await this.page.waitForURL('**/welcome');
  }

  childCards(): Locator {
    return this.page.getByRole('list', { name: 'Children' }).locator(':scope > li');
  }

  card(name: string): Locator {
    return this.childCards().filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Adds a child from the home; opens the form first when the family already has a child. */
  async addChild(name: string, dob: string, weeksAtBirth?: string): Promise<void> {
    const another = this.page.getByRole('button', { name: 'Add another child' });
    if (await another.isVisible()) await another.click();
    await this.page.getByLabel("Child's name").fill(name);
    await this.page.getByLabel('Date of birth').fill(dob);
    if (weeksAtBirth) await this.page.getByLabel(/Weeks of pregnancy at birth/).fill(weeksAtBirth);
    await this.page.getByRole('button', { name: 'Save child' }).click();
    await this.card(name).waitFor();
  }

  async openChild(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.page.waitForURL(/\/child\/[^/]+\/timeline$/);
    await this.page.getByRole('heading', { name: 'Timeline', level: 1 }).waitFor();
  }

  sectionTabs(): Locator {
    return this.page.getByRole('navigation', { name: /^Parts of .+'s record$/ });
  }

  async openSection(label: string): Promise<void> {
    await this.sectionTabs().getByRole('link', { name: label, exact: true }).click();
  }

  async switchChild(name: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Children in the family' }).getByRole('link', { name, exact: true }).click();
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: /^Search .+ record$/ });
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  async filter(label: 'Section' | 'Mark', option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  rows(): Locator {
    return this.page.getByRole('list', { name: 'Timeline entries' }).locator(':scope > li');
  }

  status(): Locator {
    return this.page.locator('.timeline-count');
  }
}

/** Names of the IndexedDB databases of the page's origin. */
export function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}
