// Record kinds are stored as keyed tags, not as names.
//
// Why: a clear `kind` would tell anyone holding the phone's storage how many private notes,
// medications, referrals or received professional notes the parent keeps, without any key.
// A tag derived from the vault key still lets an unlocked vault fetch one kind through the
// index, but a locked database shows only meaningless 8-character codes. What remains
// visible is how many distinct kinds exist and how many rows share each code; documented in
// README.md. The vault key never changes (passphrase changes re-wrap it), so tags are stable.
import { hash, toBase64Url, utf8, type SecretKey } from '../crypto/index';

const TAG_KEY_CONTEXT = utf8('familyfile/vault/kind-tag/v1');
const TAG_BYTES = 6;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A sub-key only for tags, so the vault key itself is never hashed together with known text. */
export function deriveKindTagKey(vaultKey: SecretKey): Uint8Array {
  const input = concat(TAG_KEY_CONTEXT, vaultKey);
  const key = hash(input).slice(0, 32);
  input.fill(0);
  return key;
}

/** The stored code for a kind: first 6 bytes of SHA-512(tagKey || kind), base64url (8 chars). */
export function kindTag(tagKey: Uint8Array, kind: string): string {
  return toBase64Url(hash(concat(tagKey, utf8(kind))).slice(0, TAG_BYTES));
}

const ROW_ID_BYTES = 16;
const ROW_ID_PREFIX = utf8('row-id:');

/**
 * The stored key of a record: the first 16 bytes of SHA-512(tagKey || "row-id:" || id), in hex.
 * Record ids carry meaning ("share-log-000012" says how many shares were made, "draft-passport-<child>"
 * which child has a form open); the stored key says nothing without the vault key. Issue 11.
 */
export function rowIdOf(tagKey: Uint8Array, id: string): string {
  const digest = hash(concat(concat(tagKey, ROW_ID_PREFIX), utf8(id))).slice(0, ROW_ID_BYTES);
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Remembers tags already computed, and which kind a tag belongs to, for damage reports. */
export class KindTags {
  private readonly byKind = new Map<string, string>();
  private readonly byTag = new Map<string, string>();
  private readonly rowIds = new Map<string, string>();

  constructor(private readonly tagKey: Uint8Array) {}

  tagOf(kind: string): string {
    let tag = this.byKind.get(kind);
    if (tag === undefined) {
      tag = kindTag(this.tagKey, kind);
      this.byKind.set(kind, tag);
      this.byTag.set(tag, kind);
    }
    return tag;
  }

  /** The keyed row id a record id is stored under. */
  rowIdOf(id: string): string {
    let row = this.rowIds.get(id);
    if (row === undefined) {
      row = rowIdOf(this.tagKey, id);
      this.rowIds.set(id, row);
    }
    return row;
  }

  /** The kind behind a tag, if this session has seen that kind. */
  kindOf(tag: string): string | undefined {
    return this.byTag.get(tag);
  }

  forget(): void {
    this.tagKey.fill(0);
    this.byKind.clear();
    this.byTag.clear();
    this.rowIds.clear();
  }
}
