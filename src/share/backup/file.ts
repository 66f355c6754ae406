// A whole backup file, as a stream: header, then records sealed chunk by chunk. The writer hands
// back bytes to write as it goes; the reader takes the file's bytes as they are read and hands back
// whole records. Neither holds more than a chunk and a record.
import type { SecretKey } from '../../crypto';
import type { BodyValue } from '../body/body';
import {
  BackupChunkReader, BackupChunkWriter, backupFileKey, encodeBackupHeader, type BackupError, type BackupHeader,
} from './format';
import { BackupRecordReader, frameBackupRecord } from './records';

export class BackupFileWriter {
  readonly headerBytes: Uint8Array;
  readonly #chunks: BackupChunkWriter;

  constructor(vaultKey: SecretKey, header: BackupHeader) {
    this.headerBytes = encodeBackupHeader(header);
    this.#chunks = new BackupChunkWriter(backupFileKey(vaultKey, this.headerBytes), header);
  }

  /** Sealed chunks this record completed (often none: records are gathered into chunks). */
  add(record: BodyValue): Uint8Array[] {
    return this.#chunks.push(frameBackupRecord(record));
  }

  end(): Uint8Array[] {
    return this.#chunks.end();
  }
}

export type FileRead = { ok: true; value: BodyValue[] } | { ok: false; error: BackupError | 'malformed-record' };

/** Reads the bytes after the header (see decodeBackupHeader), with the vault key the backup was made under. */
export class BackupFileReader {
  readonly #chunks: BackupChunkReader;
  readonly #records = new BackupRecordReader();

  constructor(vaultKey: SecretKey, header: BackupHeader, headerBytes: Uint8Array) {
    this.#chunks = new BackupChunkReader(backupFileKey(vaultKey, headerBytes), header);
  }

  push(bytes: Uint8Array): FileRead {
    const plain = this.#chunks.push(bytes);
    return plain.ok ? this.#take(plain.value) : plain;
  }

  /** The last records; fails when the file stopped early or a record was cut. */
  end(): FileRead {
    const plain = this.#chunks.end();
    if (!plain.ok) return plain;
    const last = this.#take(plain.value);
    if (!last.ok) return last;
    const closed = this.#records.end();
    return closed.ok ? last : closed;
  }

  #take(pieces: Uint8Array[]): FileRead {
    const out: BodyValue[] = [];
    for (const piece of pieces) {
      const records = this.#records.push(piece);
      if (!records.ok) return records;
      out.push(...records.value);
    }
    return { ok: true, value: out };
  }
}
