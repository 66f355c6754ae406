import { describe, expect, it } from 'vitest';
import { useChromium } from './support/harness';
import { VaultPages } from './pages/VaultPages';
import { SupportPage } from './pages/SupportPage';

const chromium = useChromium();

// 00:30 on 15 June in Karachi (UTC+5) is still 19:30 on 14 June in UTC: the hour in which a
// "today" taken from the UTC day refused a parent's entry as "in the future".
const KARACHI_0030 = new Date('2026-06-14T19:30:00Z');
const LOCAL_TODAY = '2026-06-15';

describe('"today" is the parent\'s calendar day', () => {
  it('at 00:30 in Karachi, a note dated today is offered, saved and listed', async () => {
    const { page } = await chromium.openPage({ timezoneId: 'Asia/Karachi' });
    // Only the clock is fixed; timers run as usual, so nothing waits on fake time.
    await page.clock.setFixedTime(KARACHI_0030);
    const v = new VaultPages(page);
    const s = new SupportPage(page);
    await v.setUp();

    // The date of birth may be today (a newborn), not "yesterday" by UTC.
    expect(await page.getByLabel('Date of birth').getAttribute('max')).toBe(LOCAL_TODAY);
    await v.addChild('Ayesha Malik', '2025-03-02');
    await s.open(await s.childId('Ayesha Malik'), 'notes');

    const form = page.locator('form').filter({ hasText: 'Your note' }).first();
    const date = form.getByLabel('Date', { exact: true });
    await expect.poll(() => date.inputValue()).toBe(LOCAL_TODAY);
    expect(await date.getAttribute('max')).toBe(LOCAL_TODAY);
    await s.addNote('First night in the new flat');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await page.getByRole('article').filter({ hasText: 'First night in the new flat' }).waitFor();
  });
});
