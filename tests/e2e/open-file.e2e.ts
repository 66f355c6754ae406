// A `.familyfile` opened from the phone's files (issue 13): the manifest declares the file handler,
// and the Launch Handler API hands the file to the app, which sends a backup to the restore screen,
// a note to the parent's inbox and a share to the professional's scanner. Chromium here is not an
// installed app, so a stand-in `launchQueue` delivers the file exactly as the API does: a consumer
// called with file handles.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { randomKey, signKeyPair } from '../../src/crypto/index';
import { encodeEnvelope, encodeKeyToken, encodeScanMessage } from '../../src/share/index';
import { useChromium } from './support/harness';
import { PASSPHRASE, VaultPages } from './pages/VaultPages';
import { ScanPage } from './pages/ScanPage';

const chromium = useChromium();
const GOLDEN = JSON.parse(readFileSync('tests/fixtures/backup/v1/backup.json', 'utf8')) as { hex: string };
const BACKUP = Buffer.from(GOLDEN.hex, 'hex');

/** Installs the stand-in before the app's scripts run: the app's consumer is kept, and a test launches files through it. */
async function withLaunchQueue(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Consumer = (params: { files: { getFile(): Promise<File> }[] }) => void;
    const w = window as unknown as { launchQueue: { setConsumer(c: Consumer): void }; __launch?: (name: string, bytes: number[]) => boolean; __consumer?: Consumer };
    // Chromium has a launchQueue of its own (read-only, fed only when installed): shadow it.
    Object.defineProperty(window, 'launchQueue', { configurable: true, value: { setConsumer: (c: Consumer) => { w.__consumer = c; } } });
    w.__launch = (name, bytes) => {
      if (!w.__consumer) return false;
      const file = new File([Uint8Array.from(bytes)], name, { type: 'application/octet-stream' });
      w.__consumer({ files: [{ getFile: async () => file }] });
      return true;
    };
  });
}

async function launch(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await expect.poll(() => page.evaluate(([n, b]) => (window as unknown as { __launch: (n: string, b: number[]) => boolean }).__launch(n as string, b as number[]), [name, [...bytes]] as const)).toBe(true);
}

describe('opening a .familyfile from the phone', () => {
  it('the manifest declares the file handler and one window for launches', async () => {
    const { page } = await chromium.openPage();
    await page.goto('/');
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest.file_handlers).toEqual([expect.objectContaining({ action: '/open-file', accept: { 'application/x-familyfile': ['.familyfile'] } })]);
    expect(manifest.launch_handler.client_mode).toContain('focus-existing');
  });

  it('a backup on a new phone opens the restore screen with the file already chosen', async () => {
    const { page } = await chromium.openPage();
    await withLaunchQueue(page);
    await new VaultPages(page).chooseEnglish();
    await launch(page, 'family-file-backup-2026-12-01.familyfile', BACKUP);
    await page.waitForURL('**/restore');
    await page.getByText(/^A Family File backup, made /).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
  });

  it('on a locked phone: asks to unlock first, then opens the backup in restore-here; a note goes to the inbox', async () => {
    const { page } = await chromium.openPage();
    await withLaunchQueue(page);
    const vault = new VaultPages(page);
    await vault.setUp();
    await vault.lock();
    await launch(page, 'backup.familyfile', BACKUP);
    await page.waitForURL('**/unlock');
    await vault.unlock(PASSPHRASE);
    await page.waitForURL('**/restore/here', { timeout: 30_000 });
    await page.getByText(/^A Family File backup, made /).waitFor();
    await page.getByRole('radio', { name: /Add what this phone is missing/ }).waitFor();

    // Anything else is read as a note in the inbox, which says plainly when it is not one.
    await launch(page, 'note.familyfile', Uint8Array.from({ length: 900 }, (_, i) => (i * 31 + 7) & 255));
    await page.waitForURL('**/inbox');
    await page.getByRole('alert').filter({ hasText: 'not a Family File code' }).waitFor();
  });

  it("a professional: a share file opens from the scanner's button and from the phone, and a random file is refused plainly", async () => {
    const { page } = await chromium.openPage();
    await withLaunchQueue(page);
    const scan = new ScanPage(page);
    await scan.setUpProfessional();
    const share = (likes: string) => {
      const key = randomKey();
      const now = Date.now();
      const made = encodeEnvelope({
        type: 'open-share', sender: signKeyPair(), openShareKey: key, issuedAt: now, expiresAt: now + 30 * 60_000,
        body: { child: { name: 'Amira Khan', dob: '2022-03-14' }, sections: ['about-me'], entries: [{ kind: 'passport', homeLanguages: ['en'], communication: ['speech'], importantPeople: [], likes: { text: likes, lang: 'en' } }] },
      });
      if (!made.ok) throw new Error(made.error);
      return encodeScanMessage({ envelope: made.value, keyToken: encodeKeyToken({ kind: 'plain', key }) });
    };

    await scan.openScanner();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a share file' }).click();
    await (await chooser).setFiles({ name: 'random.familyfile', mimeType: 'application/octet-stream', buffer: Buffer.from(Array.from({ length: 700 }, (_, i) => (i * 53) & 255)) });
    await page.getByRole('alert').filter({ hasText: /not a Family File/ }).waitFor();
    expect(page.url()).toContain('/scan');
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a share file' }).click();
    await (await chooser2).setFiles({ name: 'share.familyfile', mimeType: 'application/octet-stream', buffer: Buffer.from(share('Puddles and the red bus')) });
    await scan.waitForShare();
    await page.getByText('Puddles and the red bus').waitFor();

    await launch(page, 'family-file-open-1.familyfile', share('Drawing with chalk'));
    await page.getByText('Drawing with chalk').waitFor({ timeout: 30_000 });
  });
});
