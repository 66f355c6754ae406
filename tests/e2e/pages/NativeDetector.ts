// A stand-in for the browser's own BarcodeDetector (Debian's Chromium has none on Linux), so the
// app's native scanning path can be driven end to end. It reads the real camera picture: each
// detect() draws the frame on a canvas and decodes it with jsQR, injected into the page by the
// test (the app's own jsQR lives only in its worker). A mode set per page makes it throw, see
// nothing, or stall, as detectors on real phones do.
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export type DetectorMode = 'decode' | 'throw' | 'empty' | 'stall';
export interface DetectorState {
  mode: DetectorMode;
  calls: number;
  found: number;
}

const JSQR_SCRIPT = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

function installStandIn(mode: DetectorMode): void {
  type Source = HTMLVideoElement | ImageBitmap | HTMLCanvasElement;
  const page = window as unknown as {
    __detector: DetectorState;
    jsQR: (pixels: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
    BarcodeDetector: unknown;
  };
  page.__detector = { mode, calls: 0, found: 0 };
  class StandInBarcodeDetector {
    constructor(options: { formats: string[] }) {
      if (!options.formats.includes('qr_code')) throw new TypeError('StandInBarcodeDetector: qr_code only');
    }

    static async getSupportedFormats(): Promise<string[]> {
      return ['qr_code'];
    }

    async detect(source: Source): Promise<{ rawValue: string; format: string }[]> {
      const state = page.__detector;
      state.calls++;
      if (state.mode === 'throw') throw new DOMException('Barcode detection service unavailable.', 'NotSupportedError');
      if (state.mode === 'empty') return [];
      if (state.mode === 'stall') return new Promise(() => undefined);
      const width = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
      const height = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
      if (!width || !height) return [];
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(source, 0, 0);
      const code = page.jsQR(context.getImageData(0, 0, width, height).data, width, height);
      if (!code) return [];
      state.found++;
      return [{ rawValue: code.data, format: 'qr_code' }];
    }
  }
  page.BarcodeDetector = StandInBarcodeDetector;
}

export class NativeDetector {
  /** Every page of the context gets the stand-in before the app's own scripts run. */
  static async install(context: BrowserContext, mode: DetectorMode): Promise<void> {
    await context.addInitScript({ path: JSQR_SCRIPT });
    await context.addInitScript(installStandIn, mode);
  }

  constructor(readonly page: Page) {}

  state(): Promise<DetectorState> {
    return this.page.evaluate(() => ({ ...(window as unknown as { __detector: DetectorState }).__detector }));
  }

  async setMode(mode: DetectorMode): Promise<void> {
    await this.page.evaluate((m) => {
      (window as unknown as { __detector: DetectorState }).__detector.mode = m;
    }, mode);
  }
}
