// An envelope's magic, and recognising it, apart from the codec: the scanner's worker needs only
// this, and must not pull in the v1 layout (which brings the compressors and their primers).

/** "FFE": the first three bytes of every envelope, whatever its version (docs/share-format.md §2). */
export const MAGIC = Uint8Array.from([0x46, 0x46, 0x45]);

/** True when the bytes start like an envelope of any version (used to recognise scans). */
export function looksLikeEnvelope(bytes: Uint8Array): boolean {
  return bytes.length > MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}
