import type { Page } from 'playwright-core';

/** A parent using the development journal and the milestones of one child. */
export class JournalPage {
  constructor(readonly page: Page) {}

  /** The child's id, read from the link to the child on the family home. */
  async childId(name: string): Promise<string> {
    const link = this.page.locator('a[href^="/child/"]', { hasText: name }).first();
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    return href.split('/')[2]!;
  }

  /** Moves within the app (no reload, so the vault stays open). */
  async goTo(path: string): Promise<void> {
    await this.page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.page.waitForURL(`**${path}`);
  }

  async openJournal(childId: string, area?: string): Promise<void> {
    await this.goTo(`/child/${childId}/journal${area ? `/${area}` : ''}`);
    await this.page.locator('section.journal[data-ready]').waitFor();
  }

  async openMilestones(childId: string, area?: string): Promise<void> {
    await this.goTo(`/child/${childId}/milestones${area ? `/${area}` : ''}`);
    await this.page.getByRole('heading', { level: 1, name: /^Milestones/ }).waitFor();
  }

  entries() {
    return this.page.getByRole('list', { name: 'Journal entries' });
  }

  entry(text: string) {
    return this.entries().getByRole('listitem').filter({ hasText: text }).first();
  }

  async startObservation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an observation' }).click();
    await this.page.getByRole('heading', { name: 'New observation' }).waitFor();
  }

  async fill(text: string, options: { area?: string; date?: string; mark?: string } = {}): Promise<void> {
    if (options.area) await this.page.getByLabel('Area of development').selectOption({ label: options.area });
    await this.page.getByLabel('What did you notice?').fill(text);
    if (options.date) await this.page.getByLabel('Date', { exact: true }).fill(options.date);
    if (options.mark) await this.page.getByRole('radio', { name: options.mark }).check();
  }

  /** Opens the in-app camera, waits for the live picture and takes one photo. */
  async takePhoto(): Promise<void> {
    const before = await this.page.locator('.photo-field .photo-list li').count();
    await this.page.getByRole('button', { name: 'Take photo' }).click();
    const shutter = this.page.getByRole('button', { name: 'Take the picture' });
    await shutter.waitFor();
    await this.page.waitForFunction(() => ((document.querySelector("video.camera-view") as HTMLVideoElement | null)?.videoWidth ?? 0) > 0);
    await shutter.click();
    await this.page.locator('.photo-field .photo-list li').nth(before).locator('img').waitFor();
  }

  async pickFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.page.locator('input[type=file][multiple]').setInputFiles({ name, mimeType, buffer });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save to journal' }).click();
  }

  async addObservation(text: string, options: { area?: string; date?: string; mark?: string } = {}): Promise<void> {
    await this.startObservation();
    await this.fill(text, options);
    await this.save();
    await this.entry(text).waitFor();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
