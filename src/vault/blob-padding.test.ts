import { describe, expect, it } from 'vitest';
import { randomKey, seal } from '../crypto/index';
import { bucketSize, decodeBlob, encodeBlob } from './record-codec';

const key = randomKey();
const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

describe('blobs at rest (issue 11 item 8)', () => {
  it('round-trips any size, empty included', () => {
    for (const n of [0, 1, 4000, 4096, 5000, 65_537, 1_000_003]) {
      const bytes = bytesOf(n);
      expect(decodeBlob(key, encodeBlob(key, 'photo-1', bytes))).toEqual(bytes);
    }
  });

  it('shows only a size bucket: near sizes seal to the same length, at most 12.5% larger', () => {
    const sealed = (n: number) => encodeBlob(key, 'photo-1', bytesOf(n)).ciphertext.length;
    expect(sealed(100)).toBe(sealed(3000));
    expect(sealed(200_001)).toBe(sealed(210_000));
    for (const n of [4097, 9999, 123_456, 2_000_001, 7_777_777]) {
      expect(bucketSize(n)).toBeGreaterThanOrEqual(n);
      expect(bucketSize(n) / n).toBeLessThanOrEqual(1.125);
    }
  });

  it('still reads blobs written before padding (version 1)', () => {
    const id = 'old-photo';
    const bytes = bytesOf(1234);
    const plain = new Uint8Array(1 + id.length + bytes.length);
    plain[0] = id.length;
    plain.set(new TextEncoder().encode(id), 1);
    plain.set(bytes, 1 + id.length);
    expect(decodeBlob(key, { id, ciphertext: seal(key, plain) })).toEqual(bytes);
  });

  it('refuses a blob moved to another row, or one whose length runs past its end', () => {
    const row = encodeBlob(key, 'photo-1', bytesOf(10));
    expect(decodeBlob(key, { ...row, id: 'photo-2' })).toBeUndefined();
    const plain = new Uint8Array(4096);
    plain[0] = 0xff;
    new DataView(plain.buffer).setUint32(1, 5000);
    plain[5] = 7;
    plain.set(new TextEncoder().encode('photo-1'), 6);
    expect(decodeBlob(key, { id: 'photo-1', ciphertext: seal(key, plain) })).toBeUndefined();
  });
});
