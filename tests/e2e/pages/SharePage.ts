import type { Locator, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { FountainDecoder } from '../../../src/share/index';

/** A professional showing their contact card, and a parent building a team and sharing. */
export class SharePage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.locator('main h1').first();
  }

  /** In-app navigation (no reload: a reload would lock the vault and end a demo). */
  async go(path: string): Promise<void> {
    await this.page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.page.locator('section[data-ready]').waitFor();
  }

  async fillProfile(name: string, role: string, organisation: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Your role').selectOption({ label: role });
    await this.page.getByLabel('Organisation (optional)').fill(organisation);
    await this.page.getByRole('button', { name: 'Save my details' }).click();
  }

  qr(): Locator {
    return this.page.locator('figure.qr-display');
  }

  /** The text of the QR code on screen, read from the canvas pixels with jsQR (in node). */
  async readQr(): Promise<string> {
    await this.page.locator('figure.qr-display[data-qr-version]').waitFor();
    const { width, height, base64 } = await this.page.evaluate(() => {
      const canvas = document.querySelector('canvas.qr-canvas') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
    });
    const code = jsQR(new Uint8ClampedArray(Buffer.from(base64, 'base64')), width, height);
    if (!code) throw new Error('readQr: no QR code found on the canvas');
    return code.data;
  }

  async qrAttributes(): Promise<{ kind: string | null; version: number; frame: number | null }> {
    const figure = this.page.locator('figure.qr-display[data-qr-version]');
    await figure.waitFor();
    const [kind, version, frame] = await Promise.all(['data-qr-kind', 'data-qr-version', 'data-qr-frame'].map((a) => figure.getAttribute(a)));
    return { kind: kind ?? null, version: Number(version), frame: frame == null ? null : Number(frame) };
  }

  /**
   * Every text a camera needs to rebuild the code on screen, read off the canvas as the other
   * phone would: the one text of a still code, or animated frames until they complete the message.
   */
  async readWholeCode(maxReads = 300): Promise<string[]> {
    const { kind } = await this.qrAttributes();
    if (kind !== 'animated') return [await this.readQr()];
    const decoder = new FountainDecoder();
    const texts: string[] = [];
    for (let read = 0; read < maxReads; read++) {
      const text = await this.readQr();
      if (texts.includes(text)) continue;
      texts.push(text);
      const status = decoder.receiveText(text);
      if (status.ok && status.value.state === 'complete') return texts;
    }
    throw new Error(`readWholeCode: the animated code did not complete in ${maxReads} reads`);
  }

  /** The share form's health choice, present only while Health is among the chosen sections. */
  healthDetail(): Locator {
    return this.page.getByRole('group', { name: 'How much health detail?' });
  }

  async chooseHealthDetail(detail: 'summary' | 'full'): Promise<void> {
    await this.healthDetail().getByRole('radio', { name: detail === 'full' ? /^Full health history/ : /^Health summary/ }).check();
  }

  fingerprint(id: string): Locator {
    return this.page.locator(`#${id} li`);
  }

  /** Team screen: paste a contact card's text (the no-camera path) and ask for it to be read. */
  async pasteCardText(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Scan a contact card' }).click();
    await this.page.getByText("No camera? Paste the card's text").click();
    await this.page.getByLabel('Text of the contact card (starts with FF1:)').fill(text);
    await this.page.getByRole('button', { name: 'Read the card' }).click();
  }

  /** Team screen: read a contact card from its text and confirm the words. */
  async addFromCardText(text: string): Promise<string[]> {
    await this.pasteCardText(text);
    await this.page.getByRole('heading', { name: 'Is this the right person?' }).waitFor();
    const words = await this.fingerprint('their-fingerprint').allTextContents();
    await this.page.getByRole('button', { name: 'The words match: add them' }).click();
    return words;
  }

  teamList(): Locator {
    return this.page.getByRole('list', { name: 'Team members' });
  }

  async makeShare(options: { who: string; sections?: string[]; duration?: string; health?: 'summary' | 'full'; protect?: boolean }): Promise<void> {
    await this.page.getByRole('radio', { name: options.who }).check();
    if (options.sections) {
      for (const box of await this.page.getByRole('group', { name: 'What can they see?' }).getByRole('checkbox').all()) {
        const label = (await box.locator('xpath=..').textContent()) ?? '';
        await box.setChecked(options.sections.includes(label.trim()));
      }
    }
    if (options.health) await this.chooseHealthDetail(options.health);
    if (options.duration) await this.page.getByLabel('How long can they open it?').selectOption({ label: options.duration });
    if (options.protect === false) await this.page.getByRole('checkbox', { name: /^Protect the code with passcode words/ }).uncheck();
    await this.page.getByRole('button', { name: 'Make the code' }).click();
    // Anything beyond a standing permission is asked about first; the helper answers yes.
    const yes = this.page.getByRole('button', { name: 'Yes, share this once' });
    await yes.or(this.qr()).first().waitFor();
    if (await yes.isVisible()) await yes.click();
    await this.qr().waitFor();
  }

  /** The passcode words shown under an open share's code. */
  async passcodeWords(): Promise<string> {
    const words = this.page.getByRole('list', { name: 'Passcode words for this code' }).getByRole('listitem');
    await words.first().waitFor();
    return (await words.allTextContents()).join(' ');
  }

  summary(): Locator {
    return this.page.locator('.share-summary');
  }
}
