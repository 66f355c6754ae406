import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { OUT, useChromium } from './support/harness';
import { dumpIndexedDb, PASSPHRASE, VaultPages, vaultRowKeys } from './pages/VaultPages';

const chromium = useChromium();

async function fresh() {
  const { app, page } = await chromium.openPage();
  return { app, page, v: new VaultPages(page) };
}

describe('setting up and opening the record', () => {
  it('sets up, writes entries, and keeps nothing readable in IndexedDB', async () => {
    const { page, v } = await fresh();
    await v.chooseEnglish();
    await v.startSetup();
    await v.skipPin();
    const words = await v.recoveryWords();
    expect(words).toHaveLength(24);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${OUT}recovery-sheet-print.png`, fullPage: true });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await v.confirmWords(words, true);
    await expect.poll(() => v.alert().textContent()).toMatch(/do not match your sheet/);
    await page.getByRole('button', { name: 'Show my sheet again' }).click();
    await v.confirmWords(words);
    await page.waitForURL('**/home');

    await v.addChild('Zofia Kowalska', '2023-04-02');
    await v.addObservation('Zofia said "more bubbles" clearly today');
    await v.addObservation('Climbed the nursery steps without help', 'Physical');
    expect(await seriousViolations(page)).toEqual([]);

    const { databases, text } = await dumpIndexedDb(page);
    expect(databases).toContain('familyfile');
    expect(text.length).toBeGreaterThan(500);
    for (const secret of ['Zofia', 'Kowalska', 'bubbles', 'nursery steps', 'observation', 'parent', PASSPHRASE, words[0]!]) {
      expect(text, `"${secret}" found at rest`).not.toContain(secret);
    }
  });

  it('locks, refuses a wrong passphrase clearly, then opens with the right one', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Amir', '2024-01-15');
    await v.addObservation('Waved bye-bye to grandma');
    await v.lock();
    expect(await page.getByText('Waved bye-bye').count()).toBe(0);

    await v.unlock('purple kettle sings at dusk');
    await expect.poll(() => v.alert().textContent()).toContain('not right');
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await page.getByText('Waved bye-bye to grandma').waitFor();
  });

  it('slows down repeated wrong tries with a growing wait', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.lock();
    const open = page.getByRole('button', { name: 'Open', exact: true });
    for (let i = 0; i < 4; i++) {
      await page.locator('#unlock-secret').fill(`wrong guess number ${i}`);
      await expect.poll(() => open.isDisabled(), { timeout: 15_000 }).toBe(false);
      await open.click();
      await v.alert().waitFor();
    }
    // After three free tries, a wait is imposed and counted down on screen.
    await expect.poll(() => v.alert().textContent()).toMatch(/try again in \d+ seconds?/);
    await page.locator('#unlock-secret').fill(PASSPHRASE);
    expect(await open.isDisabled()).toBe(true);
    await page.locator('.hint', { hasText: /You can try again in \d+ second/ }).waitFor();
    await expect.poll(() => open.isDisabled(), { timeout: 15_000 }).toBe(false);
    await open.click();
    await page.waitForURL('**/home');
  });

  it('opens with the recovery words, then requires a new passphrase', async () => {
    const { page, v } = await fresh();
    const words = await v.setUp();
    await v.addChild('Lina', '2022-09-09');
    await v.addObservation('Pointed at the moon and said moon');
    await v.lock();
    await page.getByRole('link', { name: 'I forgot my passphrase' }).click();

    const typo = [...words];
    typo[5] = words[6]!; // a real word in the wrong place: only the checksum catches it
    await page.getByLabel('Recovery words').fill(typo.join(' '));
    await page.getByRole('button', { name: 'Open with these words' }).click();
    await expect.poll(() => v.alert().textContent()).toMatch(/mistyped|not on the recovery word list/);

    await page.getByLabel('Recovery words').fill(words.map((w, i) => `${i + 1}. ${w.toUpperCase()}`).join('\n'));
    await page.getByRole('button', { name: 'Open with these words' }).click();
    await page.waitForURL('**/new-passphrase');
    const next = 'green boats drift past noon';
    await page.locator('#new-passphrase').fill(next);
    await page.locator('#repeat-passphrase').fill(next);
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await page.waitForURL('**/home');
    await page.getByText('Pointed at the moon').waitFor();

    await v.lock();
    await v.unlock(PASSPHRASE);
    await v.alert().waitFor();
    await v.unlock(next);
    await page.waitForURL('**/home');
  });

  it('changes the passphrase in settings without touching the entries', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Noor', '2023-02-02');
    await v.addObservation('Shared a toy with her cousin', 'Personal, social and emotional');
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    // Settings shows the parent's check words, which makes the phone's signing keys on first visit.
    await page.locator('#settings-check-words li').first().waitFor();
    const before = await dumpIndexedDb(page);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    const next = 'seven quiet owls on a fence';
    await page.locator('#new-passphrase').fill(next);
    await page.locator('#repeat-passphrase').fill(next);
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await page.getByText('Your passphrase has been changed.').waitFor({ timeout: 20_000 });
    const after = await dumpIndexedDb(page);
    // Records are re-wrapped, never re-encrypted: their ciphertext is unchanged.
    const recordsOf = (text: string) => text.split('\n').filter((l) => l.startsWith('id:') && l.includes('ciphertext')).sort();
    expect(recordsOf(after.text)).toEqual(recordsOf(before.text));
    await v.lock();
    await v.unlock(next);
    await page.waitForURL('**/home');
    await page.getByText('Shared a toy').waitFor();
  });

  it('unlocks with a PIN, and says plainly when a PIN is wrong', async () => {
    const { page, v } = await fresh();
    await v.chooseEnglish();
    await v.startSetup();
    // Six digits at least, and the warning says honestly what a copied phone storage allows.
    await page.getByLabel('PIN (at least 6 digits)').fill('2580');
    await page.getByLabel('Type the PIN again').fill('2580');
    expect(await page.getByRole('button', { name: 'Turn on quick unlock' }).isDisabled()).toBe(true);
    await page.getByText('try every 6-digit PIN in about five days of computer time').waitFor();
    await v.setPin('482916');
    await v.confirmWords(await v.recoveryWords());
    await page.waitForURL('**/home');
    await v.lock();
    await expect.poll(() => page.locator('label[for="unlock-secret"]').textContent()).toBe('PIN');
    await v.unlock('000000');
    await expect.poll(() => v.alert().textContent()).toMatch(/PIN is not right\. 4 tries left/);
    await v.unlock('482916');
    await page.waitForURL('**/home');
  });

  it('reports a damaged entry while the others still open', async () => {
    const { page, v } = await fresh();
    await v.setUp();
    await v.addChild('Maja', '2023-06-01');
    await v.addObservation('First entry stays readable');
    // Stored keys are keyed, so the entry's row is the one key its save added.
    const before = await vaultRowKeys(page);
    await v.addObservation('Second entry will be damaged');
    await expect.poll(async () => (await vaultRowKeys(page)).filter((k) => !before.includes(k)).length).toBe(1);
    const [damagedId] = (await vaultRowKeys(page)).filter((k) => !before.includes(k));
    await v.lock();
    // Flip a byte inside that record's ciphertext, straight in IndexedDB.
    await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((res) => {
        const r = indexedDB.open('familyfile');
        r.onsuccess = () => res(r.result);
      });
      const store = db.transaction('records', 'readwrite').objectStore('records');
      const rows = await new Promise<{ id: string; ciphertext: Uint8Array }[]>((res) => {
        const q = store.getAll();
        q.onsuccess = () => res(q.result);
      });
      const target = rows.find((r) => r.id === id)!;
      target.ciphertext = new Uint8Array(target.ciphertext);
      target.ciphertext[40] = target.ciphertext[40]! ^ 0xff;
      const tx = db.transaction('records', 'readwrite');
      tx.objectStore('records').put(target);
      await new Promise((res) => (tx.oncomplete = res));
      db.close();
    }, damagedId);
    await v.unlock(PASSPHRASE);
    await page.waitForURL('**/home');
    await page.getByText('1 entry is damaged and cannot be opened').waitFor();
    await page.getByText('First entry stays readable').waitFor();
    expect(await page.getByText('Second entry will be damaged').count()).toBe(0);
  });
});
