import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectOk, makeTestVault } from '../vault/test-support';
import {
  addPhoto, fitWithin, imageDimensions, jpegHasExif, photoUrl, preparePhoto, sniffImageType, stripJpegMetadata,
  PHOTO_MAX_SIDE, type ImageCodec,
} from './photos';
import { session } from './session';
import type { BlobId } from '../domain/index';
import { jpegWithExif, text } from './photo-test-support';

const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...text('IHDR'), 0, 0, 0x1f, 0x40, 0, 0, 0x0b, 0xb8, 8, 2]);

/** Stands in for the browser: returns a JPEG that still carries EXIF, so stripping is exercised. */
function fakeCodec(result: 'ok' | 'corrupt' = 'ok'): ImageCodec & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    async toJpeg(_file, size, maxSide) {
      calls.push({ size, maxSide });
      return result === 'ok' ? { ok: true, value: jpegWithExif(1600, 1200) } : { ok: false, error: 'corrupt-image' };
    },
  };
}

afterEach(() => session.lock('user'));

describe('recognising images', () => {
  it('knows common image types by their first bytes and refuses anything else', () => {
    expect(sniffImageType(jpegWithExif())).toEqual({ ok: true, value: 'jpeg' });
    expect(sniffImageType(PNG_HEAD)).toEqual({ ok: true, value: 'png' });
    expect(sniffImageType(new Uint8Array(text('GIF89a\x01\x00\x01\x00')))).toEqual({ ok: true, value: 'gif' });
    expect(sniffImageType(new Uint8Array(text('RIFF\0\0\0\0WEBPVP8 ')))).toEqual({ ok: true, value: 'webp' });
    expect(sniffImageType(new Uint8Array(text('\0\0\0\x1cftypavif')))).toEqual({ ok: true, value: 'avif' });
    expect(sniffImageType(new Uint8Array(text('\0\0\0\x18ftypheic')))).toEqual({ ok: false, error: 'unsupported-image' });
    expect(sniffImageType(new Uint8Array(text('%PDF-1.7 a letter')))).toEqual({ ok: false, error: 'not-an-image' });
    expect(sniffImageType(new Uint8Array([]))).toEqual({ ok: false, error: 'not-an-image' });
  });

  it('reads width and height from PNG and JPEG headers', () => {
    expect(imageDimensions(PNG_HEAD, 'png')).toEqual({ width: 8000, height: 3000 });
    expect(imageDimensions(jpegWithExif(4032, 3024), 'jpeg')).toEqual({ width: 4032, height: 3024 });
    expect(imageDimensions(jpegWithExif().slice(0, 30), 'jpeg')).toBeUndefined();
  });

  it('fits the long side within 1600 px and never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(20000, 10)).toEqual({ width: 1600, height: 1 });
  });
});

describe('stripping metadata', () => {
  it('removes EXIF (with its GPS position) and comments, keeping what decodes the picture', () => {
    const original = jpegWithExif();
    expect(jpegHasExif(original)).toBe(true);
    const stripped = expectOk(stripJpegMetadata(original));
    expect(jpegHasExif(stripped)).toBe(false);
    const asText = String.fromCharCode(...stripped);
    expect(asText).not.toContain('GPS');
    expect(asText).not.toContain('taken at home');
    expect(asText).toContain('JFIF');
    expect(imageDimensions(stripped, 'jpeg')).toEqual({ width: 4000, height: 3000 });
    // The scan data and end marker are untouched.
    expect([...stripped.slice(-8)]).toEqual([0x12, 0x34, 0x56, 0xff, 0x00, 0x78, 0xff, 0xd9]);
  });

  it('refuses a JPEG cut off before its picture data', () => {
    expect(stripJpegMetadata(jpegWithExif().slice(0, 40))).toEqual({ ok: false, error: 'corrupt-image' });
    expect(stripJpegMetadata(new Uint8Array([1, 2, 3]))).toEqual({ ok: false, error: 'corrupt-image' });
  });
});

describe('preparing a photo', () => {
  it('downscales through the codec and returns bytes with no EXIF', async () => {
    const codec = fakeCodec();
    const bytes = expectOk(await preparePhoto(new Blob([PNG_HEAD as BlobPart]), codec));
    expect(jpegHasExif(bytes)).toBe(false);
    expect(codec.calls).toEqual([{ size: { width: 8000, height: 3000 }, maxSide: PHOTO_MAX_SIDE }]);
  });

  it('does not trust header sizes of EXIF JPEGs (they may be rotated)', async () => {
    const codec = fakeCodec();
    expectOk(await preparePhoto(new Blob([jpegWithExif() as BlobPart]), codec));
    expect(codec.calls).toEqual([{ size: undefined, maxSide: PHOTO_MAX_SIDE }]);
  });

  it('refuses non-images, empty files, corrupt images and absurd sizes with codes', async () => {
    const codec = fakeCodec();
    expect(await preparePhoto(new Blob(['just some notes']), codec)).toEqual({ ok: false, error: 'not-an-image' });
    expect(await preparePhoto(new Blob([]), codec)).toEqual({ ok: false, error: 'not-an-image' });
    expect(codec.calls).toHaveLength(0); // refused before any decoding
    expect(await preparePhoto(new Blob([PNG_HEAD as BlobPart]), fakeCodec('corrupt'))).toEqual({ ok: false, error: 'corrupt-image' });
    const huge = PNG_HEAD.slice();
    huge.set([0, 0, 0xc3, 0x50, 0, 0, 0xc3, 0x50], 16); // 50,000 × 50,000
    expect(await preparePhoto(new Blob([huge as BlobPart]), codec)).toEqual({ ok: false, error: 'image-too-large' });
  });
});

describe('storing photos', () => {
  it('keeps photos encrypted at rest and serves them as tracked object URLs until lock', async () => {
    const { db, vault } = await makeTestVault();
    session.setVault(vault);
    const id = expectOk(await addPhoto(new Blob([PNG_HEAD as BlobPart]), fakeCodec()));
    const row = await db.blobs.get(id);
    if (!row) throw new Error('blob row missing');
    const stored = row.ciphertext;
    expect([stored[0], stored[1]]).not.toEqual([0xff, 0xd8]);
    expect(String.fromCharCode(...stored)).not.toMatch(/Exif|JFIF|GPS/);
    const plain = expectOk(await vault.getBlob(id));
    expect([plain[0], plain[1]]).toEqual([0xff, 0xd8]);
    expect(jpegHasExif(plain)).toBe(false);

    const create = vi.spyOn(URL, 'createObjectURL');
    const url = expectOk(await photoUrl(id));
    expect(url).toMatch(/^blob:/);
    expect(await photoUrl(id)).toEqual({ ok: true, value: url }); // decrypted once
    expect(create).toHaveBeenCalledTimes(1);
    expect(session.objectUrlCount()).toBe(1);
    session.lock('user');
    expect(session.objectUrlCount()).toBe(0);
    expect(await photoUrl(id)).toEqual({ ok: false, error: 'locked' });
    create.mockRestore();
  });

  it('says not-found for a photo that is gone, and locked without a vault', async () => {
    const { vault } = await makeTestVault();
    session.setVault(vault);
    expect(await photoUrl('nothing-here' as BlobId)).toEqual({ ok: false, error: 'not-found' });
    session.lock('user');
    expect(await addPhoto(new Blob([PNG_HEAD as BlobPart]), fakeCodec())).toEqual({ ok: false, error: 'locked' });
  });
});
