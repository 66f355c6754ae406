// Photos: checked, downscaled to about 1600 px, re-encoded as JPEG (which drops EXIF and its
// GPS location), stored as encrypted vault blobs, and shown lazily through object URLs
// that the session revokes on lock.
import { asBlobId, type BlobId } from '../domain/index';
import { newId } from './record-store';
import type { AppResult } from './result';
import { session } from './session';

export const PHOTO_MAX_SIDE = 1600;
export const PHOTO_JPEG_QUALITY = 0.85;
/** Above this a file is refused before any decoding: no phone photo comes close. */
export const PHOTO_MAX_FILE_BYTES = 60 * 1024 * 1024;
/** Refused before decoding, so a crafted "image" cannot ask for gigabytes of pixels. */
export const PHOTO_MAX_PIXELS = 120_000_000;

type Fail<E extends string> = { ok: false; error: E };
type Ok<T> = { ok: true; value: T };
const fail = <E extends string>(error: E): Fail<E> => ({ ok: false, error });
const ok = <T>(value: T): Ok<T> => ({ ok: true, value });

export type ImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'avif';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** What the first bytes say the file is. HEIC is named so the parent hears why it failed. */
export function sniffImageType(head: Uint8Array): Ok<ImageType> | Fail<'not-an-image' | 'unsupported-image'> {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return ok('jpeg');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ok('png');
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return ok('gif');
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return ok('webp');
  if (ascii(head, 0, 2) === 'BM' && head.length >= 26) return ok('bmp');
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return ok('avif');
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return fail('unsupported-image');
  }
  return fail('not-an-image');
}

/** Width and height from the header, for PNG, GIF and JPEG; undefined when not cheaply known. */
export function imageDimensions(bytes: Uint8Array, type: ImageType): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (type === 'gif' && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (type !== 'jpeg') return undefined;
  for (const seg of jpegSegments(bytes)) {
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (seg.marker >= 0xc0 && seg.marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(seg.marker) && seg.end - seg.start >= 9) {
      return { width: view.getUint16(seg.start + 7), height: view.getUint16(seg.start + 5) };
    }
  }
  return undefined;
}

/** The size that fits within maxSide on the long side, never enlarging. */
export function fitWithin(width: number, height: number, maxSide = PHOTO_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

interface JpegSegment {
  marker: number;
  /** Offset of the 0xFF of the marker. */
  start: number;
  /** Offset just after the segment (for SOS: the end of the header, scan data follows). */
  end: number;
}

/** Marker segments from SOI up to and including SOS; stops quietly at anything malformed. */
function* jpegSegments(b: Uint8Array): Generator<JpegSegment> {
  let i = 2;
  while (i + 4 <= b.length && b[i] === 0xff) {
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; } // fill byte
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > b.length) return;
    yield { marker, start: i, end: i + 2 + length };
    if (marker === 0xda) return;
    i += 2 + length;
  }
}

/** True when the JPEG carries an APP1 "Exif" segment (where GPS location lives). */
export function jpegHasExif(b: Uint8Array): boolean {
  if (!startsWith(b, [0xff, 0xd8])) return false;
  for (const s of jpegSegments(b)) if (s.marker === 0xe1 && ascii(b, s.start + 4, s.start + 8) === 'Exif') return true;
  return false;
}

/**
 * Drops APP1..APP15 (EXIF, XMP, ICC, maker notes) and comments from a JPEG, keeping APP0
 * (JFIF) and everything needed to decode. The canvas encoder writes none of these; this
 * is the belt to its braces.
 */
export function stripJpegMetadata(b: Uint8Array): Ok<Uint8Array> | Fail<'corrupt-image'> {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return fail('corrupt-image');
  const keep: Uint8Array[] = [b.subarray(0, 2)];
  let last: JpegSegment | undefined;
  for (const s of jpegSegments(b)) {
    last = s;
    const metadata = (s.marker >= 0xe1 && s.marker <= 0xef) || s.marker === 0xfe;
    if (!metadata) keep.push(b.subarray(s.start, s.end));
  }
  if (!last || last.marker !== 0xda) return fail('corrupt-image');
  keep.push(b.subarray(last.end));
  const out = new Uint8Array(keep.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of keep) { out.set(part, at); at += part.length; }
  return ok(out);
}

/** Decoding and drawing: the browser's (below) in the app, a fake in unit tests. */
export interface ImageCodec {
  toJpeg(file: Blob, size: { width: number; height: number } | undefined, maxSide: number, quality: number):
    Promise<Ok<Uint8Array> | Fail<'corrupt-image' | 'image-too-large'>>;
}

/**
 * createImageBitmap decodes off the main thread; when the header gave us the size, the decoder
 * is asked for the small size directly, so a 50-megapixel photo never sits in memory at full size.
 */
export const browserImageCodec: ImageCodec = {
  async toJpeg(file, size, maxSide, quality) {
    let bitmap: ImageBitmap;
    try {
      const target = size ? fitWithin(size.width, size.height, maxSide) : undefined;
      bitmap = target
        ? await createImageBitmap(file, { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high', imageOrientation: 'from-image' })
        : await createImageBitmap(file, { imageOrientation: 'from-image' });
      if (Math.max(bitmap.width, bitmap.height) > maxSide + 1) {
        const fit = fitWithin(bitmap.width, bitmap.height, maxSide);
        const big = bitmap;
        bitmap = await createImageBitmap(big, { resizeWidth: fit.width, resizeHeight: fit.height, resizeQuality: 'high' });
        big.close();
      }
    } catch {
      return fail('corrupt-image');
    }
    try {
      const blob = await drawToJpeg(bitmap, quality);
      return ok(new Uint8Array(await blob.arrayBuffer()));
    } catch {
      return fail('image-too-large'); // the canvas could not be allocated
    } finally {
      bitmap.close();
    }
  },
};

async function drawToJpeg(bitmap: ImageBitmap, quality: number): Promise<Blob> {
  const { width, height } = bitmap;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('drawToJpeg: no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('drawToJpeg: encode failed'))), 'image/jpeg', quality));
}

/** Checks a picked or captured file and turns it into small, metadata-free JPEG bytes. */
export async function preparePhoto(file: Blob, codec: ImageCodec = browserImageCodec): Promise<AppResult<Uint8Array>> {
  if (file.size === 0) return fail('not-an-image');
  if (file.size > PHOTO_MAX_FILE_BYTES) return fail('image-too-large');
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const type = sniffImageType(head);
  if (!type.ok) return type;
  const size = imageDimensions(head, type.value);
  if (size && (size.width === 0 || size.height === 0)) return fail('corrupt-image');
  if (size && size.width * size.height > PHOTO_MAX_PIXELS) return fail('image-too-large');
  // EXIF may rotate the picture, so the header's width and height may be swapped: decode first.
  const hint = type.value === 'jpeg' && jpegHasExif(head) ? undefined : size;
  const jpeg = await codec.toJpeg(file, hint, PHOTO_MAX_SIDE, PHOTO_JPEG_QUALITY);
  if (!jpeg.ok) return jpeg;
  return stripJpegMetadata(jpeg.value);
}

/** Photos in a share file are smaller than the stored ones: enough to see, light to send. */
export const SHARE_PHOTO_MAX_SIDE = 1024;
export const SHARE_PHOTO_JPEG_QUALITY = 0.72;

/** A stored photo (JPEG, metadata-free) made smaller for a share file; kept as it is when that is smaller. */
export async function shrinkForShare(stored: Uint8Array, codec: ImageCodec = browserImageCodec): Promise<AppResult<Uint8Array>> {
  const kind = sniffImageType(stored.subarray(0, 16));
  if (!kind.ok || kind.value !== 'jpeg') return fail('corrupt-image');
  const small = await codec.toJpeg(new Blob([stored as BlobPart], { type: 'image/jpeg' }), imageDimensions(stored, 'jpeg'), SHARE_PHOTO_MAX_SIDE, SHARE_PHOTO_JPEG_QUALITY);
  if (!small.ok) return small;
  const clean = stripJpegMetadata(small.value);
  if (!clean.ok) return clean;
  return ok(clean.value.length < stored.length ? clean.value : stored);
}

/** Prepares and stores a photo as an encrypted blob; returns its id for the entry's `photos`. */
export async function addPhoto(file: Blob, codec: ImageCodec = browserImageCodec): Promise<AppResult<BlobId>> {
  const vault = session.vault;
  if (!vault) return fail('locked');
  const prepared = await preparePhoto(file, codec);
  if (!prepared.ok) return prepared;
  const id = asBlobId(newId());
  const saved = await vault.putBlob(id, prepared.value);
  return saved.ok ? ok(id) : saved;
}

export async function deletePhotos(ids: readonly BlobId[]): Promise<void> {
  for (const id of ids) {
    urls.delete(id);
    await session.vault?.deleteBlob(id);
  }
}

// Decrypted photo URLs for this unlock. The session revokes the URLs themselves on lock.
const urls = new Map<string, Promise<AppResult<string>>>();
session.onLock(() => urls.clear());

/** An object URL for a stored photo, decrypted once per unlock. */
export function photoUrl(id: BlobId): Promise<AppResult<string>> {
  let pending = urls.get(id);
  if (!pending) {
    pending = decryptToUrl(id);
    urls.set(id, pending);
    // A failure is not cached: the next look may succeed (e.g. after a lock and unlock).
    void pending.then((r) => { if (!r.ok) urls.delete(id); });
  }
  return pending;
}

async function decryptToUrl(id: BlobId): Promise<AppResult<string>> {
  const vault = session.vault;
  if (!vault) return fail('locked');
  const bytes = await vault.getBlob(id);
  if (!bytes.ok) return bytes;
  if (!session.vault) return fail('locked'); // locked while decrypting: make no URL
  return ok(session.trackObjectUrl(URL.createObjectURL(new Blob([bytes.value as BlobPart], { type: 'image/jpeg' }))));
}
