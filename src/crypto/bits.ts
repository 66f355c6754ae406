/** Reads `count` big-endian 11-bit numbers from the start of `bytes` (word indexes into a 2048-word list). */
export function elevenBitGroups(bytes: Uint8Array, count: number): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let i = 0;
  while (out.length < count) {
    if (i >= bytes.length) throw new Error(`elevenBitGroups: need ${count * 11} bits, have ${bytes.length * 8}`);
    acc = ((acc << 8) | (bytes[i++] as number)) & 0xfffff;
    bits += 8;
    if (bits >= 11) {
      bits -= 11;
      out.push((acc >> bits) & 0x7ff);
    }
  }
  return out;
}

/** Inverse of elevenBitGroups for whole bytes: packs 11-bit numbers and returns the first `byteCount` bytes. */
export function packElevenBitGroups(groups: number[], byteCount: number): Uint8Array {
  const out = new Uint8Array(byteCount);
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const g of groups) {
    acc = ((acc << 11) | (g & 0x7ff)) & 0x3fffff;
    bits += 11;
    while (bits >= 8 && j < byteCount) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
