// Read-aloud (issue 16): the speaker button reads a text in its own language with the phone's
// voice, stops when tapped again, and says plainly when the phone has no voice for the language
// or cannot speak at all. The browser's speech is replaced by a recorder, so the test hears
// exactly what would be said and in which language.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './support/harness';
import { VaultPages } from './pages/VaultPages';
import { FamilyPage } from './pages/FamilyPage';
import { JournalPage } from './pages/JournalPage';

const chromium = useChromium();

/** A pretend speech engine with these voices; what it is asked to say lands in window.spoken. */
async function withVoices(page: Page, voices: string[] | 'none'): Promise<void> {
  await page.addInitScript((langs) => {
    const w = window as unknown as Record<string, unknown>;
    if (langs === 'none') {
      delete w.speechSynthesis;
      delete w.SpeechSynthesisUtterance;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    const spoken: { text: string; lang: string }[] = [];
    w.spoken = spoken;
    w.cancelled = 0;
    const list = langs.map((lang) => ({ lang, name: `Voice ${lang}`, voiceURI: lang, default: false, localService: true }));
    const engine = {
      getVoices: () => list,
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => { (w.cancelled as number)++; },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    // The browser's own utterance only takes its own voices: a plain one stands in for it.
    class Utterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);

async function parentWithEntry(voices: string[] | 'none'): Promise<{ page: Page; entry: ReturnType<JournalPage['entry']> }> {
  const { page } = await chromium.openPage();
  await withVoices(page, voices);
  await new VaultPages(page).setUp();
  await new FamilyPage(page).addChild('Amira Khan', '2024-05-01');
  const journal = new JournalPage(page);
  await journal.openJournal(await journal.childId('Amira Khan'));
  await journal.addObservation('Said "more" with a sign and a word together');
  return { page, entry: journal.entry('Said "more" with a sign and a word together') };
}

describe('read aloud', () => {
  it('reads a journal entry in its language, and stops when tapped again', async () => {
    const { page, entry } = await parentWithEntry(['ar-SA', 'en-GB']);
    const button = entry.getByRole('button', { name: /^Read aloud/ });
    await button.click();
    await expect.poll(() => spoken(page)).toEqual([{ text: 'Said "more" with a sign and a word together', lang: 'en-GB' }]);
    const stop = entry.getByRole('button', { name: /^Stop reading/ });
    expect(await stop.getAttribute('aria-pressed')).toBe('true');
    await stop.click();
    await entry.getByRole('button', { name: /^Read aloud/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { cancelled: number }).cancelled)).toBeGreaterThan(0);
  });

  it('says so when the phone has no voice for the language, and speaks nothing', async () => {
    const { page, entry } = await parentWithEntry(['ar-SA']);
    await entry.getByRole('button', { name: /^Read aloud/ }).click();
    await entry.getByRole('status').filter({ hasText: 'This phone has no voice for English, so it cannot read this aloud.' }).waitFor();
    expect(await spoken(page)).toEqual([]);
  });

  it('says so when the browser cannot speak at all', async () => {
    const { entry } = await parentWithEntry('none');
    await entry.getByRole('button', { name: /^Read aloud/ }).click();
    await entry.getByRole('status').filter({ hasText: 'This phone cannot read aloud.' }).waitFor();
  });

  it('reads the first screen in the chosen language, before there is any record', async () => {
    const { page } = await chromium.openPage();
    await withVoices(page, ['en-GB', 'ar-SA']);
    await page.goto('/language');
    await page.getByRole('radio', { name: /العربية/ }).check();
    await page.getByRole('button', { name: 'متابعة' }).click();
    await page.waitForURL('**/welcome');
    await page.getByRole('button', { name: 'اقرأ بصوت عالٍ' }).click();
    await expect.poll(async () => (await spoken(page)).map((s) => s.lang)).toEqual(['ar-SA']);
    const [said] = await spoken(page);
    expect(said?.text).toContain(await page.locator('#welcome-title').innerText());
  });
});
