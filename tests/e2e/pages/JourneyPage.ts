import type { Locator, Page } from 'playwright-core';
import { FamilyPage } from './FamilyPage';
import { JournalPage } from './JournalPage';
import { PassportHealthPage } from './PassportHealthPage';
import { SupportPage } from './SupportPage';
import { VaultPages } from './VaultPages';

export interface PassportInput {
  nhsNumber: string;
  mustKnow: string;
  likes: string;
  whatHelps: string;
  homeLanguage: string;
  communication: string;
  person: { name: string; relationship: string };
}

/**
 * The whole record in one parent's hands: joins the page models of each screen, and adds the
 * few steps (passport form, milestone, medicine) their own specs do inline.
 */
export class JourneyPage {
  readonly vault: VaultPages;
  readonly family: FamilyPage;
  readonly passport: PassportHealthPage;
  readonly journal: JournalPage;
  readonly support: SupportPage;

  constructor(readonly page: Page) {
    this.vault = new VaultPages(page);
    this.family = new FamilyPage(page);
    this.passport = new PassportHealthPage(page);
    this.journal = new JournalPage(page);
    this.support = new SupportPage(page);
  }

  // ---- About me ----
  async fillPassport(childId: string, p: PassportInput): Promise<void> {
    const ph = this.passport;
    await ph.openPassport(childId);
    await this.page.getByRole('link', { name: 'Fill in About me' }).click();
    await ph.h1().filter({ hasText: /^Change About / }).waitFor();
    await ph.field('NHS number').fill(p.nhsNumber);
    await ph.field('Things you must know about me').fill(p.mustKnow);
    await this.page.getByText('None chosen yet.').click();
    await this.page.getByRole('checkbox', { name: p.homeLanguage, exact: true }).check();
    await this.page.getByRole('checkbox', { name: p.communication, exact: true }).check();
    await ph.field('I like').fill(p.likes);
    await ph.field('What helps me').fill(p.whatHelps);
    await ph.button('Add a person').click();
    const person = this.page.getByRole('group', { name: 'Person 1' });
    await person.getByLabel('Name').fill(p.person.name);
    await person.getByLabel('Who they are').selectOption({ label: p.person.relationship });
    await ph.saveAboutMe();
    await this.page.waitForURL(`**/child/${childId}/passport`);
  }

  // ---- Milestones ----
  /** Marks the first milestone of the open age band "Can do it"; returns its name. */
  async recordFirstMilestoneAchieved(childId: string): Promise<string> {
    await this.journal.openMilestones(childId);
    const row = this.page.locator('details[open] li.milestone').first();
    const name = (await row.locator('.milestone-name').textContent())!;
    await this.page.getByRole('button', { name: `Record a step: ${name}` }).click();
    await this.page.getByRole('radio', { name: 'Can do it' }).check();
    await this.page.getByRole('button', { name: 'Save step' }).click();
    await this.achievedMilestones().getByText(name).waitFor();
    return name;
  }

  achievedMilestones(): Locator {
    return this.page.locator('.achieved-list');
  }

  // ---- Medicines ----
  currentMedicines(): Locator {
    return this.page.getByRole('list', { name: 'Current medicines' });
  }

  /** One text per medicine in the current list. */
  currentMedicineLines(): Promise<string[]> {
    return this.currentMedicines().getByRole('listitem').allTextContents();
  }

  async startMedicine(m: { name: string; dose: string; frequency: string; startedOn: string; by: string }): Promise<void> {
    const ph = this.passport;
    await ph.button('Add a medicine').click();
    await ph.field('Name of medicine').fill(m.name);
    await ph.field('Dose').fill(m.dose);
    await ph.field('How often').fill(m.frequency);
    await ph.field('Started on').fill(m.startedOn);
    await ph.field('Prescribed or started by').fill(m.by);
    await ph.save();
    await this.currentMedicines().getByText(m.name).waitFor();
  }

  async changeDose(m: { name: string; date: string; dose: string; by: string }): Promise<void> {
    const ph = this.passport;
    await ph.button(`Change dose: ${m.name}`).click();
    await ph.field('Date').fill(m.date);
    await ph.field('New dose').fill(m.dose);
    await ph.field('Changed by').fill(m.by);
    await ph.save();
  }

  // ---- Timeline ----
  async openTimeline(childId: string): Promise<void> {
    await this.journal.goTo(`/child/${childId}/timeline`);
    await this.page.getByRole('heading', { name: 'Timeline', level: 1 }).waitFor();
  }

  /** The text of each timeline row on screen (results follow typing, so poll this). */
  timelineRows(): Promise<string[]> {
    return this.family.rows().allTextContents();
  }
}
