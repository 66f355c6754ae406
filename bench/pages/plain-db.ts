// The unencrypted baseline for vault.encrypt_overhead_ratio: the same entries as plain
// objects in a plain Dexie table with the vault's index layout ('id, kind').
// The layer rule keeps Dexie inside src/vault; this benchmark needs Dexie without the vault
// on purpose, so it is the one allowed exception outside src/.
 
import { Dexie, type Table } from 'dexie';
import type { ObservationEntry } from '../../src/domain/index';

export class PlainDb extends Dexie {
  entries!: Table<ObservationEntry, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ entries: 'id, kind' });
  }
}

export function openPlainDb(name: string): PlainDb {
  return new PlainDb(name);
}
