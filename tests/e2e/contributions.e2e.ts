// Contributions end to end (issue 14), in three browsers with their own fake cameras: a specialist
// hospital paediatrician, a GP and a parent. The parent shares Health with the hospital; the
// hospital sends back a dose change (2.5 ml → 3 ml twice daily) and a visit note as QR codes; the
// parent scans them into the inbox, sees them verified, accepts the dose change and annotates and
// accepts the visit note. The medicines list shows 3 ml with who changed it. The same day the
// parent shares Health and Support with the GP, whose screen shows 3 ml, who changed it, the visit
// note and the parent's words beside it. Bad files (tampered, random bytes, the same note twice)
// get clear messages and change nothing; the inbox reads right to left in Urdu.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { AppContext, launch } from './support/browser';
import { seriousViolations } from './support/axe';
import { OUT } from './support/harness';
import { qrCameraArgs, showOnCamera } from './support/qr-video';
import { VaultPages } from './pages/VaultPages';
import { SharePage } from './pages/SharePage';
import { ScanPage } from './pages/ScanPage';
import { PassportHealthPage } from './pages/PassportHealthPage';
import { scanContactCard, showContactCard } from './pages/TeamFlows';

const HOSPITAL_CAMERA = `${OUT}contrib-hospital-camera.y4m`;
const GP_CAMERA = `${OUT}contrib-gp-camera.y4m`;
const PARENT_CAMERA = `${OUT}contrib-parent-camera.y4m`;
const urInbox = JSON.parse(readFileSync(new URL('../../locales/ur/inbox.json', import.meta.url), 'utf8')) as { title: string };

const CHILD = 'Yusuf Ahmed';
const DOB = '2024-02-10';
const SPECIALIST = 'Dr Ada Okafor';
const GP = 'Dr Sam Green';
const VISIT = 'Seen in clinic with mum. Tummy much better; keep the new dose for a month.';
const WORDS = 'He takes it best mixed in cold juice.';

let browsers: Browser[] = [];
const contexts: AppContext[] = [];
let hospital: Page;
let gp: Page;
let parent: Page;
let childId = '';
const cards: Record<string, string> = {};
let noteFile = '';

async function axeClean(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `${what}: ${JSON.stringify(found)}`).toEqual([]);
}

async function openApp(args: string[]): Promise<Page> {
  const browser = await launch(args);
  browsers.push(browser);
  const ctx = await AppContext.open(browser, { acceptDownloads: true });
  contexts.push(ctx);
  return ctx.newPage();
}

const scanCard = (text: string, name: string) => scanContactCard(parent, PARENT_CAMERA, text, name);

/** The parent shares sections with a team member; the professional scans it and lands on the share. */
async function shareWith(who: string, sections: string[], pro: Page, camera: string): Promise<void> {
  const share = new SharePage(parent);
  await share.go(`/share/${childId}`);
  await share.makeShare({ who, sections, health: 'full' });
  showOnCamera(camera, await share.readWholeCode());
  const scan = new ScanPage(pro);
  await scan.goHome();
  await scan.openScanner();
  await scan.waitForShare();
  await expect.poll(() => scan.heading().textContent()).toContain(CHILD);
}

/** The parent's inbox scans the code now on their camera, and waits for the note to arrive. */
async function scanIntoInbox(texts: string[]): Promise<void> {
  showOnCamera(PARENT_CAMERA, texts);
  await new SharePage(parent).go('/inbox');
  await parent.getByRole('button', { name: 'Scan a note' }).click();
  await parent.locator('main [role=status]').filter({ hasText: 'The note is in your inbox.' }).waitFor({ timeout: 45_000 });
}

/** Text as a person reads it: names inside sentences are wrapped in invisible bidi isolates. */
const read = async (loc: Locator) => ((await loc.textContent()) ?? '').replace(/[\u2068\u2069]/g, '');
const waitingNote = (kind: string) => parent.locator('li.inbox-item.state-new').filter({ has: parent.getByRole('heading', { name: new RegExp(`^${kind}`) }) });

beforeAll(async () => {
  hospital = await openApp(qrCameraArgs(HOSPITAL_CAMERA));
  gp = await openApp(qrCameraArgs(GP_CAMERA));
  cards.hospital = await showContactCard(hospital, SPECIALIST, 'Paediatrician', 'St Mary’s Children’s Hospital');
  cards.gp = await showContactCard(gp, GP, 'GP (family doctor)', 'Riverside Surgery');
  showOnCamera(PARENT_CAMERA, [cards.hospital]);
  parent = await openApp(qrCameraArgs(PARENT_CAMERA));
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  for (const [i, c] of contexts.entries()) await c.snapshot(`contrib-${['hospital', 'gp', 'parent'][i]}`);
});
afterAll(async () => {
  for (const c of contexts) expect(c.foreignRequests()).toEqual([]);
  for (const b of browsers) await b.close();
  browsers = [];
});

describe('contributions: professionals write back, the parent decides', () => {
  it('the parent records Movicol 2.5 ml twice daily, adds both doctors, and shares Health with the hospital', async () => {
    const vault = new VaultPages(parent);
    await vault.setUp();
    await vault.addChild(CHILD, DOB);
    const p = new PassportHealthPage(parent);
    childId = await p.childId(CHILD);
    await p.openHealth(childId, 'medicines');
    await p.button('Add a medicine').click();
    await p.field('Name of medicine').fill('Movicol');
    await p.field('Dose').fill('2.5 ml');
    await p.field('How often').fill('twice daily');
    await p.field('Started on').fill('2026-06-01');
    await p.field('Prescribed or started by').fill(GP);
    await p.save();
    await parent.getByRole('list', { name: 'Current medicines' }).getByText('2.5 ml, twice daily').waitFor();
    await scanCard(cards.hospital!, SPECIALIST);
    await scanCard(cards.gp!, GP);
    await shareWith(SPECIALIST, ['Health'], hospital, HOSPITAL_CAMERA);
    await expect.poll(() => hospital.locator('main').textContent()).toContain('2.5 ml');
  });

  it('the hospital sends a dose change and a visit note, each as a code', async () => {
    await hospital.getByRole('link', { name: 'Write back to the family' }).click();
    await hospital.waitForURL('**/write/rs-*');
    await expect.poll(() => read(hospital.locator('main h1'))).toBe(`Write to ${CHILD}'s family`);
    await axeClean(hospital, 'write-back form');
    // A visit note needs words: the form says so by the field.
    await hospital.getByRole('button', { name: 'Make the code' }).click();
    await hospital.getByRole('alert').filter({ hasText: 'Please fill this in.' }).waitFor();

    await hospital.getByRole('radio', { name: 'Medicine change' }).check();
    await hospital.getByLabel('Medicine', { exact: true }).fill('Movicol');
    await hospital.getByLabel('What changed').selectOption({ label: 'Dose changed' });
    await hospital.getByLabel('Dose, e.g. 3 ml').fill('3 ml');
    await hospital.getByLabel('How often, e.g. twice a day').fill('twice daily');
    await hospital.getByRole('button', { name: 'Make the code' }).click();
    await hospital.getByRole('heading', { name: 'Your note is ready' }).waitFor();
    const code = new SharePage(hospital);
    cards.dose = (await code.readWholeCode()).join('\n');
    // The same note as a file, for the parent who was not in the room.
    const [download] = await Promise.all([hospital.waitForEvent('download'), hospital.getByRole('button', { name: 'Save or send as a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^family-file-note-\d{4}-\d{2}-\d{2}\.familyfile$/);
    noteFile = `${OUT}contrib-dose.familyfile`;
    await download.saveAs(noteFile);
    await axeClean(hospital, 'note made');

    await hospital.getByRole('button', { name: 'Write another' }).click();
    await hospital.getByRole('radio', { name: 'Visit note' }).check();
    await hospital.getByLabel('Your note', { exact: true }).fill(VISIT);
    await hospital.getByRole('button', { name: 'Make the code' }).click();
    await hospital.getByRole('heading', { name: 'Your note is ready' }).waitFor();
    cards.visit = (await code.readWholeCode()).join('\n');
    // What the professional sent is listed for them, newest first.
    await expect.poll(() => hospital.getByRole('region', { name: 'What you sent' }).locator('h3').allTextContents())
      .toEqual([expect.stringMatching(/^Visit note/), expect.stringMatching(/^Medicine change/)]);
  });

  it('the parent scans the dose change: verified, accepted, and the medicines list shows 3 ml and who changed it', async () => {
    await scanIntoInbox(cards.dose!.split('\n'));
    const note = waitingNote('Medicine change');
    await expect.poll(() => read(note)).toContain(`From ${SPECIALIST}, Paediatrician, in your team: verified`);
    expect(await read(note)).toContain('Movicol: dose changed to 3 ml, twice daily');
    await axeClean(parent, 'inbox with a note');
    await note.getByRole('button', { name: 'Accept' }).click();
    await parent.locator('li.inbox-item.state-accepted').filter({ hasText: `Added to ${CHILD.split(' ')[0]}` }).waitFor();

    const p = new PassportHealthPage(parent);
    await p.openHealth(childId, 'medicines');
    const current = parent.getByRole('list', { name: 'Current medicines' });
    await current.getByText('3 ml, twice daily').waitFor();
    expect(await read(current)).toContain(`Added by ${SPECIALIST}, Paediatrician, St Mary’s Children’s Hospital, verified`);
    const movicol = parent.locator('li', { has: parent.getByText('Movicol', { exact: true }) }).last();
    await movicol.getByText('History (1 change)').click();
    expect((await movicol.locator('tbody tr').allTextContents()).map((r) => r.replace(/[\u2068\u2069]/g, ''))).toEqual([
      expect.stringMatching(/Started.*2\.5 ml, twice daily.*Dr Sam Green/),
      expect.stringMatching(/Dose changed.*3 ml, twice daily.*Dr Ada Okafor.*verified/),
    ]);
  });

  it('the parent adds their words to the visit note and accepts it; Support shows both', async () => {
    await scanIntoInbox(cards.visit!.split('\n'));
    // The home screen says a note is waiting.
    await new SharePage(parent).go('/home');
    await expect.poll(() => parent.locator('.count-badge').textContent()).toBe('1 new');
    await new SharePage(parent).go('/inbox');
    const note = waitingNote('Visit note');
    expect(await note.textContent()).toContain(VISIT);
    await note.getByLabel('Your words about this note (if you want)').fill(WORDS);
    await note.getByRole('button', { name: 'Accept' }).click();
    await parent.locator('li.inbox-item.state-accepted').filter({ hasText: VISIT }).waitFor();
    await new SharePage(parent).go('/home');
    await parent.getByRole('link', { name: 'Notes from professionals' }).waitFor();
    expect(await parent.locator('.count-badge').count()).toBe(0);

    await new PassportHealthPage(parent).goTo(`/child/${childId}/support`);
    const notes = parent.getByRole('region', { name: 'Notes from professionals' });
    await notes.getByText(VISIT).waitFor();
    expect(await read(notes)).toContain(`Family's words: ${WORDS}`);
    expect(await read(notes)).toContain(`Added by ${SPECIALIST}`);
  });

  it('the GP, shared with the same day, sees 3 ml, who changed it, the note and the parent’s words', async () => {
    await shareWith(GP, ['Health', 'Support history'], gp, GP_CAMERA);
    const main = gp.locator('main');
    await expect.poll(() => main.textContent()).toContain('3 ml');
    const text = await read(main);
    expect(text).toContain(`Added by ${SPECIALIST}, Paediatrician`);
    expect(text).toContain(VISIT);
    expect(text).toContain(`Family's words: ${WORDS}`);
    await axeClean(gp, 'GP reads a share with contributions');
  });

  it('the other four kinds (assessment, referral, milestone, measurement) go from the hospital into the record', async () => {
    const code = new SharePage(hospital);
    const make = async (kind: string, fill: () => Promise<void>): Promise<string[]> => {
      await hospital.getByRole('button', { name: 'Write another' }).click();
      await hospital.getByRole('radio', { name: kind }).check();
      await fill();
      await hospital.getByRole('button', { name: 'Make the code' }).click();
      await hospital.getByRole('heading', { name: 'Your note is ready' }).waitFor();
      return code.readWholeCode();
    };
    const codes = {
      assessment: await make('Assessment result', async () => {
        await hospital.getByLabel('What was assessed').fill('Hearing test');
        await hospital.getByLabel('Result', { exact: true }).selectOption({ label: 'No concerns' });
        await hospital.getByLabel('Your note', { exact: true }).fill('Both ears clear today.');
      }),
      referral: await make('Plan or referral', async () => {
        await hospital.getByLabel('Is it a plan or a referral?').selectOption({ label: 'A referral I made' });
        await hospital.getByLabel('Service', { exact: true }).selectOption('dietetics');
        await hospital.getByLabel('Referred to (who or where)').fill('Community dietitian, Riverside');
      }),
      milestone: await make('Milestone seen', async () => {
        await hospital.getByLabel('Milestone', { exact: true }).selectOption('cl-12-18-01');
        await hospital.getByLabel('What you saw').selectOption('achieved');
      }),
      growth: await make('Measurement', async () => {
        await hospital.getByLabel('Weight (kg)').fill('12.4');
        await hospital.getByLabel('Height or length (cm)').fill('86.5');
      }),
    };
    for (const [kind, heading] of [['assessment', 'Assessment result'], ['referral', 'Plan or referral'], ['milestone', 'Milestone seen'], ['growth', 'Measurement']] as const) {
      await scanIntoInbox(codes[kind]);
      const note = waitingNote(heading);
      await note.getByRole('button', { name: 'Accept' }).click();
      await parent.locator('li.inbox-item.state-accepted').first().waitFor();
      await expect.poll(() => waitingNote(heading).count()).toBe(0);
    }
    const p = new PassportHealthPage(parent);
    await p.openHealth(childId, 'growth');
    const table = parent.getByRole('table', { name: 'All measurements, newest first' });
    await expect.poll(() => read(table)).toContain(`Added by ${SPECIALIST}`);
    expect(await read(table)).toContain('12.4');

    await p.goTo(`/child/${childId}/support`);
    const main = parent.locator('main');
    await expect.poll(() => read(main)).toContain('Community dietitian, Riverside');
    expect(await read(main)).toContain('Hearing test');
    expect(await read(main)).toContain('No concerns');

    await p.goTo(`/child/${childId}/milestones/communication`);
    const band = parent.locator('details.band').filter({ has: parent.locator('summary', { hasText: '12 to 18 months' }) });
    await band.locator('summary').click();
    const row = band.locator('li', { hasText: 'Says a few words, even if they are not clear yet' }).first();
    await expect.poll(() => read(row)).toContain(`Added by ${SPECIALIST}, Paediatrician, St Mary’s Children’s Hospital, verified`);
  });

  it('bad files get clear messages and change nothing; the same note twice is kept once', async () => {
    await new SharePage(parent).go('/inbox');
    const items = () => parent.locator('li.inbox-item').count();
    const before = await items();
    const open = async (name: string, bytes: Buffer) => {
      await parent.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
    };
    const good = readFileSync(noteFile);
    await open('dose.familyfile', good);
    await parent.locator('main [role=status]').filter({ hasText: 'You already have this note. Nothing changed.' }).waitFor();

    const tampered = Buffer.from(good);
    tampered[tampered.length - 80]! ^= 0x01;
    await open('tampered.familyfile', tampered);
    await parent.getByRole('alert').filter({ hasText: 'This note was changed after it was written' }).waitFor();

    await open('random.familyfile', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) & 0xff)));
    await parent.getByRole('alert').filter({ hasText: 'not a Family File code' }).waitFor();

    await open('truncated.familyfile', good.subarray(0, 70));
    await parent.getByRole('alert').filter({ hasText: 'Part of this note is missing' }).waitFor();
    expect(await items()).toBe(before);
  });

  it('a summary for a new nursery prints on two pages, with support, development and the professionals’ notes', async () => {
    const p = new PassportHealthPage(parent);
    await p.goTo(`/child/${childId}/passport`);
    await parent.getByRole('link', { name: 'Summary for a new nursery or school' }).click();
    await parent.locator('.setting-summary[data-ready]').waitFor();
    await parent.getByRole('article', { name: 'Support, development and notes from professionals' }).waitFor();
    const second = parent.locator('.summary-second');
    await expect.poll(() => read(second)).toContain(VISIT);
    const text = await read(second);
    expect(text).toContain(`Family's words: ${WORDS}`);
    expect(text).toContain('Dietetics (food and nutrition) · Community dietitian, Riverside');
    expect(text).toContain('Says a few words, even if they are not clear yet');
    expect(text).toContain('Hearing test');
    await axeClean(parent, 'summary for a new setting');
    expect(await p.printedPages()).toBe(2);
    await p.printLanguage('ar');
    await expect.poll(() => read(second.locator('h2').first())).toBe('الدعم الحالي');
    expect(await p.printedPages()).toBeLessThanOrEqual(2);
    await parent.screenshot({ path: `${OUT}summary-ar.png`, fullPage: true });
    await p.printLanguage('en');
  });

  it('the inbox reads right to left in Urdu', async () => {
    await new SharePage(parent).go('/inbox');
    await parent.locator('.language-menu > button').click();
    await parent.getByRole('radio', { name: /اردو/ }).click();
    await parent.waitForFunction(() => document.documentElement.dir === 'rtl');
    await parent.getByRole('heading', { name: urInbox.title, level: 1 }).waitFor();
    await expect.poll(() => read(parent.locator('li.inbox-item').first().locator('h3'))).toMatch(/^پیمائش، /);
    const wide = await parent.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > innerWidth + 1); })
      .map((e) => `${e.tagName}.${e.className}`));
    expect(wide).toEqual([]);
    await parent.screenshot({ path: `${OUT}inbox-ur.png`, fullPage: true });
    await axeClean(parent, 'inbox in Urdu');
  });
});
