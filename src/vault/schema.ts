// The Dexie schema, every version of it. Versions are never deleted or edited once shipped:
// a phone may still hold a database from any of them, and Dexie upgrades step by step.
import { Dexie, type Table } from 'dexie';

export const VAULT_DB_NAME = 'familyfile';
export const DEMO_DB_NAME = 'familyfile-demo';

/** Key → value rows: the vault header, the PIN wrap and the wrong-try counters. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * One encrypted record. `kind` is a keyed tag (see kind-tag.ts), not the domain kind, and
 * `ciphertext` is nonce || secretbox of the padded JSON. Nothing else is stored in clear.
 */
export interface RecordRow {
  id: string;
  kind: string;
  ciphertext: Uint8Array;
}

/** One encrypted photo or document. */
export interface BlobRow {
  id: string;
  ciphertext: Uint8Array;
}

/** Version 1 (first release): header and records. */
export const SCHEMA_V1 = {
  meta: 'key',
  records: 'id, kind',
} as const;

/** Version 2: photos move out of records into their own table, loaded lazily. */
export const SCHEMA_V2 = {
  blobs: 'id',
} as const;

export const CURRENT_SCHEMA_VERSION = 2;

export class VaultDb extends Dexie {
  meta!: Table<MetaRow, string>;
  records!: Table<RecordRow, string>;
  blobs!: Table<BlobRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    // Later versions go here, each with .upgrade() when rows need rewriting.
  }
}
