// Reading QR text from a video frame or a picture: the browser's own BarcodeDetector where it
// exists, otherwise jsQR in a Worker (loaded only when first needed).
import type { QrWorkerAnswer, QrWorkerRequest } from './qr-worker';
import { workerClient, type WorkerClient } from './worker-client';

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

/**
 * jsQR in a worker. A worker that fails makes decode() reject (the scanner says so and looks
 * again); the next decode() starts a fresh worker.
 */
function workerDecoder(): QrDecoder {
  let client: WorkerClient<QrWorkerRequest, QrWorkerAnswer> | undefined;
  const worker = () => {
    if (!client?.alive) client = workerClient(new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' }));
    return client;
  };
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
      const answer = await worker().ask({ width, height, pixels, thorough }, [pixels.buffer]);
      return answer.text ? [answer.text] : [];
    },
    close() {
      client?.close();
    },
  };
}

/** A detector that fails this many looks in a row is broken on this phone: jsQR takes over. */
export const NATIVE_FAILURES_BEFORE_FALLBACK = 3;
/** A look that takes longer than this counts as a failure, so a stuck detector cannot stall the scanner. */
const NATIVE_LOOK_TIMEOUT_MS = 2000;

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('withinTime: no answer')), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The browser's detector, watched: some phones offer BarcodeDetector but every detect() fails
 * (Chrome on Android without the barcode module answers NotSupportedError), or it never answers.
 * After a few failures in a row the bundled jsQR worker takes over for good. A still picture
 * where the detector saw nothing gets jsQR's slower search too (light-on-dark codes).
 */
function watchedNative(native: BarcodeDetectorLike): QrDecoder {
  let failures = 0;
  let fallback: QrDecoder | undefined;
  const jsqr = () => (fallback ??= workerDecoder());
  return {
    async decode(source, thorough = false) {
      if (failures >= NATIVE_FAILURES_BEFORE_FALLBACK) return jsqr().decode(source, thorough);
      let texts: string[];
      try {
        const found = await withinTime(native.detect(source), NATIVE_LOOK_TIMEOUT_MS);
        texts = found.map((b) => b.rawValue).filter((t): t is string => typeof t === 'string' && t !== '');
        failures = 0;
      } catch {
        failures++;
        return failures >= NATIVE_FAILURES_BEFORE_FALLBACK || thorough ? jsqr().decode(source, thorough) : [];
      }
      return texts.length === 0 && thorough ? jsqr().decode(source, true) : texts;
    },
    close() {
      fallback?.close();
    },
  };
}

export async function createQrDecoder(): Promise<QrDecoder> {
  const native = await nativeDetector();
  return native ? watchedNative(native) : workerDecoder();
}
