import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { VaultPages } from './VaultPages';

/** A professional on their home (received shares), the scanner and a received share. */
export class ScanPage {
  constructor(readonly page: Page) {}

  /** Keeps every camera stream the page opens, so a test can check they were all stopped. */
  static async recordCameraStreams(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const media = navigator.mediaDevices;
      const original = media.getUserMedia.bind(media);
      const streams: MediaStream[] = [];
      (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams = streams;
      media.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        streams.push(stream);
        return stream;
      };
    });
  }

  /**
   * A new professional install, ending on their home (received shares). After setup a
   * professional is sent home, and the guard's own redirect (homePath: /received) can win that race.
   */
  async setUpProfessional(): Promise<void> {
    const v = new VaultPages(this.page);
    await v.chooseEnglish();
    await v.startSetup('professional');
    await v.skipPin();
    await v.confirmWords(await v.recoveryWords());
    await this.page.waitForURL(/\/(home|received)$/);
    await this.goHome();
  }

  heading() {
    return this.page.locator('main h1').first();
  }

  alert() {
    return this.page.getByRole('alert');
  }

  /** From any screen: the header's Home link leads a professional to their received shares. */
  async goHome(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link').first().click();
    await this.page.waitForURL('**/received');
    await this.page.locator('section[data-ready]').waitFor();
  }

  async openScanner(name = "Scan a family's code"): Promise<void> {
    await this.page.getByRole('link', { name }).click();
    await this.page.waitForURL('**/scan');
  }

  async backToList(name = 'Back to received shares'): Promise<void> {
    await this.page.getByRole('link', { name }).click();
    await this.page.waitForURL('**/received');
  }

  async waitForShare(): Promise<void> {
    await this.page.waitForURL(/\/received\/rs-/, { timeout: 45_000 });
  }

  async chooseLanguage(nativeName: string): Promise<void> {
    await this.page.locator('.language-menu > button').click();
    await this.page.getByRole('radio', { name: new RegExp(nativeName) }).click();
    await this.page.waitForFunction((code) => document.documentElement.lang === code, nativeName === 'Polski' ? 'pl' : nativeName === 'العربية' ? 'ar' : nativeName === 'اردو' ? 'ur' : 'en');
  }

  /** Streams the page opened, and whether every one of their tracks has ended. */
  async cameraStreams(): Promise<{ opened: number; allStopped: boolean }> {
    return this.page.evaluate(() => {
      const streams = (window as unknown as { __cameraStreams?: MediaStream[] }).__cameraStreams ?? [];
      return { opened: streams.length, allStopped: streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')) };
    });
  }

  /** Reads the QR code drawn on a canvas, as a phone camera would: pixels in, text out. */
  async readQrFromCanvas(selector = 'canvas', drawn = '[data-qr-version]'): Promise<string> {
    await this.page.locator(drawn).first().waitFor();
    const { width, height, base64 } = await this.page.evaluate((sel) => {
      const canvas = document.querySelector(sel) as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
    }, selector);
    const pixels = new Uint8ClampedArray(Buffer.from(base64, 'base64'));
    const code = jsQR(pixels, width, height);
    if (!code) throw new Error('readQrFromCanvas: no QR code found');
    return code.data;
  }

  /** How many encrypted rows the vault holds (nothing is readable; only the count). */
  async storedRowCount(): Promise<number> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('familyfile');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const count = await new Promise<number>((res) => {
        const req = db.transaction('records').objectStore('records').count();
        req.onsuccess = () => res(req.result);
      });
      db.close();
      return count;
    });
  }
}
