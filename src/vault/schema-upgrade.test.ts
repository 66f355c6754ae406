import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from './db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, type MetaRow, type RecordRow } from './schema';
import { vaultState } from './setup';
import { expectOk, freshDbName, rowsFromJson, TEST_UNLOCK } from './test-support';
import { unlockWithPassphrase } from './unlock';

interface Fixture {
  schemaVersion: number;
  passphrase: string;
  tables: { meta: MetaRow[]; records: RecordRow[] };
}

const fixture = rowsFromJson(
  JSON.parse(readFileSync(new URL('../../tests/fixtures/vault/v1-vault.json', import.meta.url), 'utf8')),
) as Fixture;

/** Writes the fixture rows with a declaration that knows only version 1, as the first release did. */
async function writeV1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('meta').bulkPut(fixture.tables.meta);
  await v1.table('records').bulkPut(fixture.tables.records);
  expect(v1.verno).toBe(1);
  expect(v1.tables.map((t) => t.name).sort()).toEqual(['meta', 'records']);
  v1.close();
}

describe('schema upgrade from v1', () => {
  it('the fixture really is a v1 vault', () => {
    expect(fixture.schemaVersion).toBe(1);
    expect(fixture.tables.records.length).toBeGreaterThan(0);
  });

  it('opens a v1 database with the current schema; rows are intact byte for byte', async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const db = openVaultDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.meta.toArray()).toEqual(fixture.tables.meta);
    expect(await db.records.orderBy('id').toArray())
      .toEqual([...fixture.tables.records].sort((a, b) => a.id.localeCompare(b.id)));
    // v2 added the blobs table: it exists and is empty.
    expect(await db.blobs.count()).toBe(0);
    db.close();
  });

  it('unlocks the upgraded vault with the passphrase and every record opens', async () => {
    const name = freshDbName();
    await writeV1Database(name);
    const db = openVaultDb(name);
    expect(expectOk(await vaultState(db))).toBe('locked');
    const vault = expectOk(await unlockWithPassphrase(db, fixture.passphrase, TEST_UNLOCK));
    expect(vault.role).toBe('parent');
    const read = expectOk(await vault.allWithDamage());
    expect(read.damaged).toEqual([]);
    expect(read.records.map((r) => r.id).sort()).toEqual(['allergy-1', 'child-1', 'obs-1', 'obs-2']);
    expect(expectOk(await vault.get('child-1'))).toEqual({ id: 'child-1', kind: 'child', name: 'Amira Fixture', dob: '2022-03-14' });
    expect(expectOk(await vault.get('obs-2'))).toMatchObject({ text: { text: 'بنى برجًا من خمس مكعبات', lang: 'ar' } });
    expect(expectOk(await vault.all('observation'))).toHaveLength(2);
    // And the new table works on the upgraded database.
    expectOk(await vault.putBlob('photo-1', new Uint8Array([1, 2, 3])));
    expect(expectOk(await vault.getBlob('photo-1'))).toEqual(new Uint8Array([1, 2, 3]));
  });
});
