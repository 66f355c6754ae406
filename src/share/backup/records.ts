// Inside a backup's chunks: a stream of records, each `varint(length) ‖ body`, where the body is
// the share body encoding (docs/share-format.md §4: CBOR, key dictionary, bytes as byte strings).
// Records may cross chunk boundaries; the framer hands back each one when it is whole.
import { decodeBody, encodeBody, type BodyValue } from '../body/body';
import { Pending } from './format';

/** The largest record: a 10 MB document with room to spare. A longer length is refused unread. */
export const MAX_BACKUP_RECORD_BYTES = 16 * 1024 * 1024;

export function frameBackupRecord(value: BodyValue): Uint8Array {
  const body = encodeBody(value);
  const head: number[] = [];
  let n = body.length;
  do {
    const b = n & 0x7f;
    n = Math.floor(n / 128);
    head.push(n > 0 ? b | 0x80 : b);
  } while (n > 0);
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

export type RecordsRead = { ok: true; value: BodyValue[] } | { ok: false; error: 'malformed-record' };

/** Turns plain bytes into whole records. `end()` says whether the stream stopped between records. */
export class BackupRecordReader {
  readonly #pending = new Pending();
  #failed = false;

  push(plain: Uint8Array): RecordsRead {
    if (this.#failed) return { ok: false, error: 'malformed-record' };
    this.#pending.push(plain);
    const out: BodyValue[] = [];
    for (;;) {
      const head = readLength(this.#pending.peek(4), 0);
      if (head === 'bad') return this.#fail();
      if (head === 'short' || this.#pending.length < head.headBytes + head.length) break;
      this.#pending.take(head.headBytes);
      const decoded = decodeBody(this.#pending.take(head.length), MAX_BACKUP_RECORD_BYTES);
      if (!decoded.ok) return this.#fail();
      out.push(decoded.value);
    }
    return { ok: true, value: out };
  }

  end(): { ok: true } | { ok: false; error: 'malformed-record' } {
    return !this.#failed && this.#pending.length === 0 ? { ok: true } : { ok: false, error: 'malformed-record' };
  }

  #fail(): RecordsRead {
    this.#failed = true;
    return { ok: false, error: 'malformed-record' };
  }
}

/** A minimal LEB128 length at `at`: its value and size, 'short' when cut off, 'bad' when over the limit or not minimal. */
function readLength(bytes: Uint8Array, at: number): { length: number; headBytes: number } | 'short' | 'bad' {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 4; i++) {
    if (at + i >= bytes.length) return 'short';
    const b = bytes[at + i]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      if (i > 0 && b === 0) return 'bad';
      return value > MAX_BACKUP_RECORD_BYTES ? 'bad' : { length: value, headBytes: i + 1 };
    }
    scale *= 128;
  }
  return 'bad';
}
