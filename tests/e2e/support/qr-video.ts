// QR codes as a fake camera: Y4M (YUV4MPEG2) video written in plain JS from `qrcode`'s module
// matrix. Chromium plays the file in a loop as the camera (--use-file-for-fake-video-capture) and
// opens it again at each getUserMedia, so a test may rewrite it between scans.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import QRCode from 'qrcode';

export const VIDEO_WIDTH = 640;
export const VIDEO_HEIGHT = 480;
/** Frames per second written in the header; Chromium paces playback by it. */
export const VIDEO_FPS = 10;
const QUIET_ZONE = 4;
const WHITE = 255;
const NEUTRAL_CHROMA = 128;

export interface QrVideoOptions {
  /** Video frames per QR text: at 10 fps, 3 shows each code for 0.3 s. */
  repeat?: number;
}

/** The luma plane of one QR code, centred on white with its quiet zone, in whole pixels per module. */
function qrLuma(text: string): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = Math.floor(Math.min(VIDEO_WIDTH, VIDEO_HEIGHT) / (modules.size + 2 * QUIET_ZONE));
  if (scale < 2) throw new Error(`qrLuma: a ${modules.size}-module code does not fit ${VIDEO_WIDTH}x${VIDEO_HEIGHT}`);
  const side = modules.size * scale;
  const left = Math.floor((VIDEO_WIDTH - side) / 2);
  const top = Math.floor((VIDEO_HEIGHT - side) / 2);
  const y = new Uint8Array(VIDEO_WIDTH * VIDEO_HEIGHT).fill(WHITE);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let dy = 0; dy < scale; dy++) {
        const at = (top + row * scale + dy) * VIDEO_WIDTH + left + col * scale;
        y.fill(0, at, at + scale);
      }
    }
  }
  return y;
}

/** Y4M bytes showing each text's QR code `repeat` frames in a row, in order (the file loops). */
export function qrVideo(texts: readonly string[], options: QrVideoOptions = {}): Uint8Array {
  const repeat = options.repeat ?? 3;
  const header = new TextEncoder().encode(`YUV4MPEG2 W${VIDEO_WIDTH} H${VIDEO_HEIGHT} F${VIDEO_FPS}:1 Ip A1:1 C420jpeg\n`);
  const frameHeader = new TextEncoder().encode('FRAME\n');
  const ySize = VIDEO_WIDTH * VIDEO_HEIGHT;
  const cSize = ySize / 4;
  const frameSize = frameHeader.length + ySize + 2 * cSize;
  const out = new Uint8Array(header.length + texts.length * repeat * frameSize);
  out.set(header, 0);
  let at = header.length;
  for (const text of texts) {
    const luma = text === '' ? new Uint8Array(ySize).fill(WHITE) : qrLuma(text);
    for (let r = 0; r < repeat; r++) {
      out.set(frameHeader, at);
      out.set(luma, at + frameHeader.length);
      out.fill(NEUTRAL_CHROMA, at + frameHeader.length + ySize, at + frameSize);
      at += frameSize;
    }
  }
  return out;
}

let written = 0;

/**
 * Makes `texts` what the fake camera shows from the next getUserMedia on. The file is replaced
 * whole (written beside it, then renamed over it): a camera still open keeps reading the old
 * file to its end, instead of meeting a half-written or truncated one, which on a busy machine
 * made Chromium's file capture fail and the camera go dark.
 */
export function showOnCamera(path: string, texts: readonly string[], options?: QrVideoOptions): void {
  mkdirSync(dirname(path), { recursive: true });
  const next = `${path}.${process.pid}.${++written}.tmp`;
  writeFileSync(next, qrVideo(texts, options));
  renameSync(next, path);
}

/** Chromium flags that make `path` the camera; the file starts as a blank white picture. */
export function qrCameraArgs(path: string): string[] {
  showOnCamera(path, ['']);
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${path}`,
  ];
}
