// What a new parent meets in their first week (issue 9): each test has its own browser context.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { randomKey, signKeyPair } from '../../src/crypto/index';
import { buildOpenShareUrl, encodeEnvelope, encodeKeyToken, type BodyValue } from '../../src/share/index';
import { baseURL, type AppContext } from './support/browser';
import { OUT, useChromium } from './support/harness';
import { PASSPHRASE, VaultPages } from './pages/VaultPages';
import { SharePage } from './pages/SharePage';
import { ShellPage } from './pages/ShellPage';
import { JournalPage } from './pages/JournalPage';
import { PassportHealthPage } from './pages/PassportHealthPage';

const chromium = useChromium();
let opened: { app: AppContext; page: Page } | undefined;
async function fresh(options: Parameters<typeof chromium.openPage>[0] = {}) {
  opened = await chromium.openPage({ timezoneId: 'Asia/Karachi', ...options });
  return { ...opened, v: new VaultPages(opened.page) };
}
afterEach(async (ctx) => {
  if (!opened) return;
  if (ctx.task.result?.state === 'fail') await opened.page.screenshot({ path: `${OUT}first-week-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`, fullPage: true });
  expect(opened.app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await opened.app.context.close();
  opened = undefined;
});

/** The text of the focused element and its tag, read in the page. */
const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent ?? '' }));

const parent = signKeyPair();
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
/** An open share link, made now, valid for half an hour (or `lifeMs`). */
function link(body: BodyValue, lifeMs = 30 * 60_000): string {
  const key = randomKey();
  const now = Date.now();
  const made = encodeEnvelope({ type: 'open-share', sender: parent, openShareKey: key, issuedAt: now, expiresAt: now + lifeMs, body });
  if (!made.ok) throw new Error(made.error);
  return buildOpenShareUrl(baseURL(), { envelope: made.value, keyToken: encodeKeyToken({ kind: 'plain', key }) });
}

describe('focus after a screen change', () => {
  it('lands on the new heading at every setup step and every section, never back on the page body', async () => {
    const { page, v } = await fresh();
    await v.chooseEnglish();
    await page.getByRole('link', { name: 'Get started' }).click();
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Who is using Family File?' });
    await page.getByRole('radio', { name: /parent or carer/ }).check();
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Choose a passphrase' });
    await page.locator('#new-passphrase').fill(PASSPHRASE);
    await page.locator('#repeat-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create my locked record' }).press('Enter');
    await expect.poll(() => focused(page), { timeout: 20_000 }).toEqual({ tag: 'H1', text: 'Quick unlock on this phone' });
    await v.skipPin();
    await expect.poll(() => focused(page)).toEqual({ tag: 'H1', text: 'Your recovery sheet' });
    const words = await v.recoveryWords();
    await v.confirmWords(words);
    await page.waitForURL('**/home');
    await v.addChild('Amira Khan', '2024-02-10');
    await page.locator('a[href^="/child/"]', { hasText: 'Amira Khan' }).first().click();
    await page.getByRole('navigation', { name: /Parts of/ }).getByRole('link', { name: 'Health', exact: true }).click();
    await page.waitForURL('**/health');
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
  });
});

describe('dates and times that say what they mean', () => {
  it('a contact card valid for a year gives the year, and 1 h 58 min left reads "about 2 hours"', async () => {
    const { page, v } = await fresh();
    await v.setUp({ role: 'professional' });
    const share = new SharePage(page);
    await share.go('/contact');
    await share.fillProfile('Dr Aisha Khan', 'Paediatrician', 'City Hospital');
    const until = page.getByText(/^This card works until/);
    await until.waitFor();
    const nextYear = String(new Date(Date.now() + 365 * 86_400_000).getFullYear());
    expect(await until.textContent()).toContain(nextYear);

    await page.goto(link({ child: { name: 'Idris', dob: '2022-03-14' }, sections: ['about-me'], entries: [] }, 118 * 60_000));
    await page.locator('.countdown').waitFor();
    expect(await page.locator('.countdown').textContent()).toBe('Disappears in about 2 hours');
  });
});

/** Elements whose words are split across lines (e.g. "Sho" / "w"), with the broken word. */
const brokenWords = (page: Page, selector: string) => page.evaluate((sel) => {
  const broken: string[] = [];
  for (const el of document.querySelectorAll(sel)) {
    if (!(el instanceof HTMLElement) || el.offsetParent === null) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(`${el.tagName}: ${m[0]}`);
      }
    }
  }
  return broken;
}, selector);

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('a 360 px phone', () => {
  it('breaks no button word and no NHS number across lines, in English and in Arabic', async () => {
    const { page, v } = await fresh({ viewport: { width: 360, height: 780 } });
    await v.chooseEnglish();
    await v.startSetup();
    await v.skipPin();
    const words = await v.recoveryWords();
    await v.confirmWords(words);
    await page.waitForURL('**/home');
    await v.addChild('Amira Khan', '2024-02-10');
    const childId = ((await page.locator('a[href^="/child/"]', { hasText: 'Amira Khan' }).first().getAttribute('href')) ?? '').split('/')[2]!;
    const go = async (path: string) => {
      await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, path);
      await page.waitForURL(`**${path}`);
      await page.locator('main h1').first().waitFor();
    };
    await go(`/child/${childId}/passport/edit`);
    await page.getByLabel('NHS number').fill('943 476 5919');
    await page.locator('form[aria-labelledby="passport-form-title"]').getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(`**/child/${childId}/passport`);
    for (const lang of ['English', 'العربية']) {
      if (lang !== 'English') {
        await new ShellPage(page).switchLanguage(lang);
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      for (const path of [`/child/${childId}/passport`, '/home', '/settings', `/share/${childId}`]) {
        await go(path);
        expect(await brokenWords(page, 'button, .button, .nhs'), `${path} in ${lang}`).toEqual([]);
      }
    }
    // The passphrase field's Show button, where "Sho/w" was seen.
    await new ShellPage(page).switchLanguage('English');
    await v.lock();
    expect(await brokenWords(page, 'button, .button'), 'unlock').toEqual([]);
  });

  it('keeps the header to one slim bar and shows every section tab, in English, in Arabic and at 200% text', async () => {
    const { page, v } = await fresh({ viewport: { width: 360, height: 780 } });
    await v.setUp();
    await v.addChild('Amira Khan', '2024-02-10');
    await page.locator('a[href^="/child/"]', { hasText: 'Amira Khan' }).first().click();
    await page.getByRole('navigation', { name: /Parts of/ }).getByRole('link', { name: 'Health', exact: true }).click();
    await page.waitForURL('**/health');
    const measure = () => page.evaluate(() => {
      const header = document.querySelector('.app-header')!.getBoundingClientRect().height;
      const tabs = [...document.querySelectorAll<HTMLElement>('.section-tabs a')];
      const cut = tabs.filter((a) => {
        const r = a.getBoundingClientRect();
        return r.left < 0 || r.right > innerWidth + 0.5 || a.scrollWidth > a.clientWidth + 1;
      }).map((a) => a.textContent);
      return { header, tabs: tabs.length, cut };
    });
    for (const lang of ['English', 'العربية']) {
      if (lang !== 'English') await new ShellPage(page).switchLanguage(lang);
      await page.screenshot({ path: `${OUT}first-week-health-360-${lang === 'English' ? 'en' : 'ar'}.png` });
      const m = await measure();
      expect(m.header, lang).toBeLessThanOrEqual(80); // was 165 px (three rows)
      expect(m.tabs).toBe(8);
      expect(m.cut, lang).toEqual([]);
    }
    await new ShellPage(page).switchLanguage('English');
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await expect.poll(async () => (await measure()).header).toBeLessThanOrEqual(780 * 0.2);
    expect((await measure()).cut).toEqual([]);
    await page.screenshot({ path: `${OUT}first-week-health-360-200pc.png` });
    // The header's controls keep their names for a screen reader when only icons show.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Lock', exact: true }).count()).toBe(1);
  });

  it('shows a focus ring of at least 3:1 on every link and button, on the teal header too', async () => {
    const { page, v } = await fresh({ viewport: { width: 360, height: 780 } });
    await v.setUp();
    const low: string[] = [];
    await page.getByLabel("Child's name").waitFor(); // the whole home screen, form included
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // Links and buttons (the header is all links and buttons); form fields draw their own focus.
        if (!el || !['A', 'BUTTON', 'SUMMARY'].includes(el.tagName)) return undefined;
        const style = getComputedStyle(el);
        // The colour behind the ring: the first ancestor (outside the element) with a background.
        let behind = 'rgb(255, 255, 255)';
        for (let p = el.parentElement; p; p = p.parentElement) {
          const bg = getComputedStyle(p).backgroundColor;
          if (bg && bg !== 'transparent' && !/rgba\(.*, 0\)$/.test(bg)) { behind = bg; break; }
        }
        return { name: `${el.tagName}#${el.id}.${el.className} ${(el.textContent ?? "").trim().slice(0, 30)}`, outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle, behind };
      });
      if (!ring) continue;
      expect(ring.style, `focus ring of ${ring.name}`).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      const ratio = contrast(ring.outline, ring.behind);
      if (ratio < 3) low.push(`${ring.name}: ${ratio.toFixed(2)}:1 (${ring.outline} on ${ring.behind})`);
    }
    expect(low).toEqual([]);
  });
});

describe('free text tagged with its own language', () => {
  it('English typed while the app is in Urdu is tagged English; Urdu stays Urdu', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Amira Khan', '2024-02-10');
    const childId = ((await page.locator('a[href^="/child/"]', { hasText: 'Amira Khan' }).first().getAttribute('href')) ?? '').split('/')[2]!;
    await new ShellPage(page).switchLanguage('اردو');
    await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, `/child/${childId}/passport/edit`);
    await page.locator('#passport-likes').fill('Trains and the swings');
    await page.locator('#passport-dislikes').fill('اونچی آوازیں پسند نہیں');
    await page.locator('form[aria-labelledby="passport-form-title"] button[type="submit"]').click();
    await page.waitForURL(`**/child/${childId}/passport`);
    // The page itself is <html lang="ur">: look at the written text's own tag.
    await page.locator('main .written[lang="en"]', { hasText: 'Trains and the swings' }).waitFor();
    expect(await page.locator('main .written[lang="ur"]', { hasText: 'Trains and the swings' }).count()).toBe(0);
    expect(await page.locator('main .written[lang="ur"]', { hasText: 'اونچی آوازیں' }).count()).toBe(1);

    // The writer can say which language it is when the guess is wrong: here, Polish.
    await page.evaluate((p) => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }, `/child/${childId}/passport/edit`);
    await page.locator('#passport-written-in').selectOption('pl');
    await page.locator('form[aria-labelledby="passport-form-title"] button[type="submit"]').click();
    await page.waitForURL(`**/child/${childId}/passport`);
    await page.locator('main .written[lang="pl"]', { hasText: 'Trains and the swings' }).waitFor();
  });
});

describe('a journal note linked to a milestone', () => {
  it("offers the child's age band first, then marks the milestone with the note's date", async () => {
    const { page, v } = await fresh();
    await v.setUp();
    const dob = iso(new Date(Date.now() - 430 * 86_400_000)); // about 14 months old
    await v.addChild('Idris', dob);
    const j = new JournalPage(page);
    const childId = await j.childId('Idris');
    await j.openJournal(childId);
    await j.startObservation();
    const noteDate = iso(new Date(Date.now() - 2 * 86_400_000));
    await j.fill('First steps! Three on his own to the sofa.', { area: 'Physical', date: noteDate });
    const picker = page.getByLabel('Link to milestones (optional)');
    expect(await picker.locator('optgroup').first().getAttribute('label')).toBe('For now: 12 to 18 months');
    await picker.selectOption({ label: 'Takes a few steps on their own' });
    await j.save();
    const box = page.getByRole('region', { name: "Mark the milestones on the note's date?" });
    await box.waitFor();
    await box.getByRole('group', { name: 'Takes a few steps on their own' }).getByRole('button', { name: 'Can do it' }).click();
    await box.getByText('Takes a few steps on their own: marked "Can do it".').waitFor();

    await j.openMilestones(childId, 'physical');
    const row = page.locator('li.milestone[data-code="pd-12-18-01"]');
    await expect.poll(() => row.locator('.tag').first().textContent()).toBe('Can do it');
  });
});

describe('the share form says exactly what the code carries', () => {
  it('counts ticked sensitive entries as they are ticked, and never names a typed-in person for a code anyone can open', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Amira Khan', '2024-02-10');
    const p = new PassportHealthPage(page);
    const childId = await p.childId('Amira Khan');
    await p.openHealth(childId, 'allergies');
    await p.button('Add an allergy').click();
    await p.field('Allergic to').selectOption({ label: 'Peanut' });
    await p.field('How serious').selectOption({ label: 'Severe' });
    await page.getByRole('checkbox', { name: 'Sensitive: only share this if I choose it by hand' }).check();
    await p.save();
    await page.getByText('Peanut').first().waitFor();

    const share = new SharePage(page);
    await share.go('/team');
    await page.getByRole('button', { name: 'Type someone in' }).click();
    await page.getByLabel('Their name').fill('Mrs Begum');
    await page.getByLabel('Their role').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('Mrs Begum').first().waitFor();

    await share.go(`/share/${childId}`);
    await page.getByRole('radio', { name: /Mrs Begum/ }).check();
    const summary = share.summary().first();
    // A typed-in person can only get a code anyone can open: the line says so, not "Mrs Begum will see".
    await expect.poll(() => summary.textContent()).toMatch(/^Anyone with this code will see: About me and Health/);
    expect(await summary.textContent()).not.toContain('Mrs Begum');
    expect(await summary.textContent()).not.toContain('sensitive');
    const sensitive = page.getByRole('group', { name: 'Sensitive entries' });
    await sensitive.getByRole('checkbox').first().check();
    await sensitive.getByText('You ticked 1 sensitive entry. This person will see it.').waitFor();
    await expect.poll(() => summary.textContent()).toContain('It also carries 1 sensitive entry you ticked.');
    await sensitive.getByRole('checkbox').first().uncheck();
    await expect.poll(() => summary.textContent()).not.toContain('sensitive');
    expect(await sensitive.getByText(/You ticked/).count()).toBe(0);

    // The passcode is never typed: the app makes words, and the parent reads them out.
    expect(await page.getByLabel(/^Passcode/).count()).toBe(0);
    await page.getByRole('button', { name: 'Make the code' }).click();
    // Mrs Begum has no standing permission: this share is a decision for this one time.
    await page.getByRole('heading', { name: 'Mrs Begum has no standing permission' }).waitFor();
    await page.getByRole('button', { name: 'Yes, share this once' }).click();
    await share.qr().waitFor();
    expect((await share.passcodeWords()).split(' ')).toHaveLength(5);
  });
});

describe("the parent's own check words", () => {
  it('are in settings, large, with a read-aloud button, and stay the same after locking', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.getByRole('heading', { name: 'Your check words' }).waitFor();
    const words = page.locator('#settings-check-words li');
    await words.first().waitFor();
    const before = await words.allTextContents();
    expect(before).toHaveLength(6);
    expect(await page.getByRole('button', { name: 'Read the words aloud' }).count()).toBe(1);
    const size = await words.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await v.lock();
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await page.getByRole('link', { name: 'Settings' }).first().click();
    await words.first().waitFor();
    expect(await words.allTextContents()).toEqual(before);
  });
});

describe("the professional's first screen", () => {
  it('puts the age, "Things you must know" and an explicit "no allergies" first, with the NHS number spaced', async () => {
    // Born at 30 weeks, about eight months ago: the corrected age is shown too.
    const dob = iso(new Date(Date.now() - 245 * 86_400_000));
    const url = link({
      child: { name: 'Amira Khan', dob, gestationWeeks: 30 },
      sections: ['about-me', 'health'],
      entries: [{
        kind: 'passport', homeLanguages: ['ur'], communication: ['speech'], importantPeople: [], nhsNumber: '9434765919',
        mustKnow: { text: 'Goes very quiet when in pain; ask her to point.', lang: 'en' },
      }],
    });
    const { page } = await fresh();
    await page.goto(url);
    const first = page.locator('.must-know-first');
    await first.waitFor();
    expect(await first.getByRole('heading').textContent()).toBe('Things you must know');
    expect(await first.textContent()).toContain('Goes very quiet when in pain');
    expect(await first.textContent()).toContain('No allergies are written down in this record.');
    expect(await page.locator('.shared-age').textContent()).toMatch(/^Age: 5 months old \(corrected age\) Born 10 weeks early/);
    expect(await page.getByText('943 476 5919').count()).toBe(1);
    // Before the share's own details (who, when, time left).
    expect(await page.evaluate(() => {
      const box = document.querySelector('.must-know-first');
      const facts = document.querySelector('.share-facts');
      return !!box && !!facts && (box.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    })).toBe(true);
    // Said once, not twice.
    expect(await page.getByText('Goes very quiet when in pain').count()).toBe(1);
  });

  it('draws the shared growth measurements on the same UK-WHO chart the family sees', async () => {
    const dob = iso(new Date(Date.now() - 300 * 86_400_000));
    const on = (daysOld: number) => iso(new Date(Date.parse(`${dob}T12:00:00`) + daysOld * 86_400_000));
    const url = link({
      child: { name: 'Amira Khan', dob, sex: 'female' },
      sections: ['health'],
      entries: [
        { kind: 'growth', measuredOn: on(60), weightKg: 5.6, heightCm: 60 },
        { kind: 'growth', measuredOn: on(280), weightKg: 8.2, heightCm: 70.5 },
        // Odd values from a broken or hostile sender are left out, not drawn.
        { kind: 'growth', measuredOn: 'yesterday', weightKg: 9 }, { kind: 'growth', measuredOn: on(100), weightKg: -3 },
      ],
    });
    const { page } = await fresh();
    await page.goto(url);
    const weight = page.getByRole('img', { name: /Weight \(kg\)/ });
    await weight.waitFor();
    expect(await weight.locator('.centiles polyline').count()).toBe(9);
    expect(await weight.locator('circle').count()).toBe(2);
    await expect.poll(() => page.locator('#chart-weightKg-desc').textContent()).toMatch(/The latest is /);
    expect(await page.getByRole('table', { name: 'Weight (kg): centile of each measurement' }).locator('tbody tr').count()).toBe(2);
    await page.screenshot({ path: `${OUT}first-week-shared-growth-en.png`, fullPage: true });
  });

  it('lists the allergies in that box when there are some, and says nothing of allergies when Health was not shared', async () => {
    const dob = '2022-03-14';
    const { page } = await fresh();
    await page.goto(link({
      child: { name: 'Idris', dob }, sections: ['health'],
      entries: [{ kind: 'allergy', allergen: 'peanut', severity: 'severe', reactions: [] }],
    }));
    const first = page.locator('.must-know-first');
    await first.waitFor();
    expect(await first.textContent()).toContain('Allergy: Peanut (Severe)');
    await page.goto(link({ child: { name: 'Idris', dob }, sections: ['about-me'], entries: [] }));
    await page.locator('.shared-age').waitFor();
    expect(await page.locator('.must-know-first').count()).toBe(0);
  });
});
