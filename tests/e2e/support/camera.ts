// A fake camera for Chromium: a tiny Y4M (YUV4MPEG2) video written in plain JS, played by
// --use-file-for-fake-video-capture. The picture is four coloured quadrants, so a captured
// photo can be recognised by its colours.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type Rgb = readonly [number, number, number];
/** Top-left, top-right, bottom-left, bottom-right (in the picture, whatever the page direction). */
export const QUADRANTS: readonly Rgb[] = [[220, 40, 40], [40, 170, 60], [40, 80, 220], [245, 245, 245]];

/** Full-range BT.601 (the "jpeg" colour range named in the C420jpeg header). */
function toYuv([r, g, b]: Rgb): [number, number, number] {
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return [
    clamp(0.299 * r + 0.587 * g + 0.114 * b),
    clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b),
    clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b),
  ];
}

/** Y4M bytes: header, then per frame "FRAME\n" + Y plane + quarter-size U and V planes (4:2:0). */
export function y4mVideo(width = 320, height = 240, frames = 10): Uint8Array {
  if (width % 2 || height % 2) throw new Error('y4mVideo: width and height must be even for 4:2:0');
  const header = new TextEncoder().encode(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const frameHeader = new TextEncoder().encode('FRAME\n');
  const ySize = width * height;
  const cSize = (width / 2) * (height / 2);
  const frameSize = frameHeader.length + ySize + 2 * cSize;
  const out = new Uint8Array(header.length + frames * frameSize);
  out.set(header, 0);
  const colour = (x: number, y: number) => toYuv(QUADRANTS[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)]!);
  for (let f = 0; f < frames; f++) {
    let at = header.length + f * frameSize;
    out.set(frameHeader, at);
    at += frameHeader.length;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[at + y * width + x] = colour(x, y)[0];
    const u = at + ySize;
    const v = u + cSize;
    for (let y = 0; y < height / 2; y++) {
      for (let x = 0; x < width / 2; x++) {
        const [, cb, cr] = colour(x * 2, y * 2);
        out[u + y * (width / 2) + x] = cb;
        out[v + y * (width / 2) + x] = cr;
      }
    }
  }
  return out;
}

/** Writes the video and returns the Chromium flags that make it the camera. */
export function fakeCameraArgs(path: string): string[] {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, y4mVideo());
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${path}`,
  ];
}
