// Lower-case hex: the one encoder for ids, hashes and test vectors, in every layer above domain.

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
