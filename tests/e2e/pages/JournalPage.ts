import type { Locator, Page } from 'playwright-core';

/** A parent using the development journal and the milestones of one child. */
export class JournalPage {
  constructor(readonly page: Page) {}

  /** The child's id, read from the family home: a link to the child, or (older home) the journal card's id. */
  async childId(name: string): Promise<string> {
    const link = this.page.locator('a[href^="/child/"]', { hasText: name }).first();
    const card = this.page.locator('section[aria-labelledby^="obs-"]', { has: this.page.getByRole('heading', { name }) }).first();
    await link.or(card).first().waitFor();
    if (await link.count()) return ((await link.getAttribute('href')) ?? '').split('/')[2]!;
    return ((await card.getAttribute('aria-labelledby')) ?? '').replace(/^obs-/, '').replace(/-title$/, '');
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
    await this.open(`/child/${childId}/journal${area ? `/${area}` : ''}`, this.page.locator('section.journal[data-ready]'));
  }

  async openMilestones(childId: string, area?: string): Promise<void> {
    await this.open(`/child/${childId}/milestones${area ? `/${area}` : ''}`, this.page.getByRole('heading', { level: 1, name: /^Milestones/ }));
  }

  /** Right after unlocking, the app may still be settling on /home: go again if it pulled us back. */
  private async open(path: string, ready: Locator): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.goTo(path);
      try {
        await ready.waitFor({ timeout: 5_000 });
        return;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
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
    const thumb = this.page.locator('.photo-field .photo-list li').nth(before).locator('.photo-thumb');
    await thumb.waitFor();
    await thumb.scrollIntoViewIfNeeded(); // thumbnails decrypt only when near the screen
    await thumb.locator('img').waitFor();
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
