// Test helpers for photos: JPEG-shaped bytes, and a stand-in for the browser's image codec.
import type { ImageCodec } from './photos';

const seg = (marker: number, payload: number[]) => [0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
export const text = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A JPEG-shaped byte string: JFIF, EXIF with a GPS block, a comment, a frame of w×h, a scan. */
export function jpegWithExif(width = 4000, height = 3000, scanBytes = 0): Uint8Array {
  const head = new Uint8Array([
    0xff, 0xd8,
    ...seg(0xe0, [...text('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(0xe1, [...text('Exif'), 0, 0, ...text('MM GPSLatitude 51.5072 N GPSLongitude 0.1276 W')]),
    ...seg(0xfe, text('taken at home')),
    ...seg(0xdb, [0, ...new Array<number>(64).fill(1)]),
    ...seg(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...seg(0xda, [1, 1, 0, 0, 63, 0]),
    0x12, 0x34, 0x56, 0xff, 0x00, 0x78,
  ]);
  // A longer scan, for a photo of a given size (no 0xFF, so no marker inside it), then EOI.
  const out = new Uint8Array(head.length + scanBytes + 2).fill(0x5a);
  out.set(head);
  out.set([0xff, 0xd9], out.length - 2);
  return out;
}

/** A codec that answers every photo with `jpeg` (a new copy each time), and counts its calls. */
export function fixedImageCodec(jpeg: () => Uint8Array): ImageCodec & { calls: number } {
  const codec = {
    calls: 0,
    async toJpeg() {
      codec.calls++;
      return { ok: true as const, value: jpeg() };
    },
  };
  return codec;
}
