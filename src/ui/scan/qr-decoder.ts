// Reading QR text from a video frame or a picture: the browser's own BarcodeDetector where it
// exists, otherwise jsQR in a Worker (loaded only when first needed).
import type { QrWorkerAnswer, QrWorkerRequest } from './qr-worker';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The longest side we hand to jsQR: enough for a version 25 code, small enough to be quick. */
const MAX_SIDE = 1024;

export interface QrDecoder {
  /** Texts of the codes in this frame or picture; empty when there is none. */
  decode(source: HTMLVideoElement | ImageBitmap, thorough?: boolean): Promise<string[]>;
  close(): void;
}

async function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    const formats = await Detector.getSupportedFormats();
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}

function sizeOf(source: HTMLVideoElement | ImageBitmap): { width: number; height: number } {
  const w = source instanceof HTMLVideoElement ? source.videoWidth : source.width;
  const h = source instanceof HTMLVideoElement ? source.videoHeight : source.height;
  const scale = Math.min(1, MAX_SIDE / Math.max(w, h, 1));
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}

function workerDecoder(): QrDecoder {
  const worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (text: string | undefined) => void>();
  let nextId = 1;
  worker.addEventListener('message', (e: MessageEvent<QrWorkerAnswer>) => {
    waiting.get(e.data.id)?.(e.data.text);
    waiting.delete(e.data.id);
  });
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    async decode(source, thorough = false) {
      const { width, height } = sizeOf(source);
      if (!context || width === 0 || height === 0) return [];
      canvas.width = width;
      canvas.height = height;
      context.drawImage(source, 0, 0, width, height);
      const pixels = context.getImageData(0, 0, width, height).data;
      const id = nextId++;
      const text = await new Promise<string | undefined>((resolve) => {
        waiting.set(id, resolve);
        const request: QrWorkerRequest = { id, width, height, pixels, thorough };
        worker.postMessage(request, [pixels.buffer]);
      });
      return text ? [text] : [];
    },
    close() {
      worker.terminate();
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
    },
  };
}

export async function createQrDecoder(): Promise<QrDecoder> {
  const native = await nativeDetector();
  if (!native) return workerDecoder();
  return {
    async decode(source) {
      try {
        return (await native.detect(source)).map((b) => b.rawValue).filter(Boolean);
      } catch {
        return [];
      }
    },
    close() {},
  };
}
