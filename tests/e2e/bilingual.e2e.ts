// Issue 16: a key worker and a parent who share no language set the app up together. Switched on
// from the first screen, the setup and consent screens show the family's language with English
// underneath; switched off, only the family's language.
import { describe, expect, it } from 'vitest';
import { useChromium } from './support/harness';
import { localeText } from './support/locale-text';
import { addChildIn, setUpIn } from './pages/LanguageSetup';

const chromium = useChromium();
const so = (key: string) => localeText('so', key);
const en = (key: string) => localeText('en', key);

describe("the key worker's bilingual setup", () => {
  it('shows English under Somali on setup and consent screens, from a switch on the first screen', async () => {
    const { page } = await chromium.openPage();
    // Without the switch: Somali alone.
    await page.goto('/language');
    await page.locator('input[type=radio][value="so"]').check();
    await page.getByRole('button', { name: so('common:language.continue') }).click();
    await page.getByRole('heading', { name: so('common:welcome.title') }).waitFor();
    expect(await page.locator('main .bilingual-en').count()).toBe(0);

    // The switch names itself in both languages, so the key worker finds it.
    await page.goto('/language');
    const toggle = page.getByRole('checkbox', { name: so('common:bilingual.toggle') });
    await expect.poll(() => toggle.locator('xpath=..').innerText()).toContain(en('common:bilingual.toggle'));
    await toggle.check();

    const seen: string[] = [];
    await setUpIn(page, 'so', async (screen) => {
      seen.push(screen);
      const under = await page.locator('main .bilingual-en').allTextContents();
      if (screen === 'welcome') {
        expect(under).toContain(en('common:welcome.title'));
        expect(under).toContain(en('common:welcome.start'));
        // Somali first, English under it, marked as English.
        await page.getByRole('heading', { name: so('common:welcome.title') }).waitFor();
        expect(await page.locator('main .bilingual-en').first().getAttribute('lang')).toBe('en');
      }
      if (screen === 'recovery-sheet') expect(under).toContain(en('secure:sheet.intro'));
    });
    expect(seen).toEqual(['welcome', 'recovery-sheet']);
    await addChildIn(page, 'so', 'Hodan Warsame', '2024-04-10');

    // The consent screens, reached as a parent would.
    await page.locator('main a[href="/consent"]').click();
    await page.getByRole('heading', { name: so('consent:record.title') }).waitFor();
    expect(await page.locator('h1 .bilingual-en').textContent()).toBe(en('consent:record.title'));
    await page.locator('main a[href="/grants"]').click();
    await page.getByRole('heading', { name: so('consent:grants.title') }).waitFor();
    expect(await page.locator('h1 .bilingual-en').textContent()).toBe(en('consent:grants.title'));

    // A sentence the screen builds (who, sections as a list, until when) has its English line
    // built in English too: English section names and an English date, not Somali words in it.
    await page.evaluate(() => {
      history.pushState(null, '', '/share');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('main input[type=radio][name=who]').last().check();
    const summary = page.locator('#share-summary');
    const english = en('sharing:summary.open').split('{{sections}}')[0]! + `${en('record:section.about-me')} and ${en('record:section.health')}`;
    await expect.poll(() => summary.locator('.bilingual-en').textContent()).toContain(english);
    const somali = (await summary.textContent())!.replace((await summary.locator('.bilingual-en').textContent())!, '');
    expect(somali).toContain(so('record:section.about-me'));
    expect(somali).not.toContain(en('record:section.about-me'));
  });
});
