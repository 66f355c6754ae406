import type { Download, Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';

export interface ServiceInput {
  type: string;
  professional?: string;
  role?: string;
  start?: string;
  end?: string;
  outcome?: string;
  plan?: string;
  file?: { name: string; mimeType: string; buffer: Buffer };
}

export interface AppointmentInput {
  date: string;
  start: string;
  end: string;
  reason: string;
  who?: string;
  where?: string;
  note?: string;
}

/** A parent keeping the support history, appointments and private notes of one child. */
export class SupportPage {
  constructor(readonly page: Page) {}

  /** The child's id, read from the home screen (a link to the child, or the journal card's heading). */
  async childId(name: string): Promise<string> {
    await this.page.getByRole('heading', { name }).first().waitFor();
    return this.page.evaluate((childName) => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/child/"]')) {
        if (a.textContent?.includes(childName)) return a.getAttribute('href')!.split('/')[2]!;
      }
      for (const h of document.querySelectorAll('h2[id^="obs-"]')) {
        if (h.textContent?.trim() === childName) return h.id.slice('obs-'.length, -'-title'.length);
      }
      throw new Error(`no child called ${childName} on this screen`);
    }, name);
  }

  /** Moves inside the app (no reload, so the record stays unlocked). */
  async open(childId: string, section: 'support' | 'appointments' | 'notes'): Promise<void> {
    await this.page.evaluate((path) => {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/child/${childId}/${section}`);
    await this.page.locator('main h1').first().waitFor();
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  card(name: string | RegExp): Locator {
    return this.page.getByRole('article', { name });
  }

  // ---- support history ----
  async fillService(s: ServiceInput): Promise<void> {
    const form = this.page.locator('form').first();
    await form.getByLabel('Service', { exact: true }).selectOption({ label: s.type });
    if (s.professional) await form.getByLabel('Name of the professional').fill(s.professional);
    if (s.role) await form.getByLabel('Their role').selectOption({ label: s.role });
    if (s.start) await form.getByLabel('Started on').fill(s.start);
    if (s.end) await form.getByLabel(/^Ended on/).fill(s.end);
    if (s.outcome) await form.getByLabel('Outcome').fill(s.outcome);
    if (s.plan) await form.getByLabel(/^Plan 1/).fill(s.plan);
    if (s.file) await this.attach(s.file);
  }

  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Attach a document or photo').setInputFiles(file);
  }

  async addService(s: ServiceInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a service' }).click();
    await this.fillService(s);
    if (s.file) await this.page.getByRole('list', { name: 'Attached files' }).getByText(s.file.name).waitFor();
    await this.page.getByRole('button', { name: 'Save service' }).click();
    await this.card(s.type).waitFor();
  }

  // ---- appointments ----
  async fillAppointment(a: AppointmentInput): Promise<void> {
    const form = this.page.locator('form').first();
    await form.getByLabel('Date', { exact: true }).fill(a.date);
    await form.getByLabel('Starts at').fill(a.start);
    await form.getByLabel('Ends at').fill(a.end);
    await form.getByLabel('What is it for?').selectOption({ label: a.reason });
    if (a.who) await form.getByLabel('Who with').fill(a.who);
    if (a.where) await form.getByLabel('Where').fill(a.where);
    if (a.note) await form.getByLabel('Note').fill(a.note);
  }

  async addAppointment(a: AppointmentInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add an appointment' }).click();
    await this.fillAppointment(a);
    await this.page.getByRole('button', { name: 'Save appointment' }).click();
    await this.card(`${a.start}–${a.end}: ${a.reason}`).waitFor();
  }

  // ---- notes ----
  async addNote(text: string): Promise<void> {
    await this.page.getByLabel('Your note').first().fill(text);
    await this.page.getByRole('button', { name: 'Save note' }).click();
    await this.page.getByText(text).waitFor();
  }

  // ---- shared ----
  async deleteWithConfirm(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Delete' }).click();
    await card.getByRole('button', { name: 'Yes, delete' }).click();
    await card.waitFor({ state: 'detached' });
  }

  async undo(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }

  /** Clicks something that downloads a file; returns its name and text. */
  async download(click: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
    const [download]: [Download, void] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const path = await download.path();
    const bytes = await readFile(path);
    return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }
}
