import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomKey } from '../crypto/index';
import { deriveKindTagKey, kindTag } from './kind-tag';
import { expectOk, freshDb, makeTestVault, TEST_PASSPHRASE, TEST_UNLOCK } from './test-support';
import { UnlockedVault } from './unlocked-vault';
import { unlockWithPassphrase } from './unlock';

function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x40;
  return copy;
}

describe('UnlockedVault repository', () => {
  it('puts, gets, lists by kind and deletes records', async () => {
    const { vault } = await makeTestVault();
    expectOk(await vault.put({ id: 'o1', kind: 'observation', text: 'stacked three bricks' }));
    expectOk(await vault.put({ id: 'o2', kind: 'observation', text: 'waved bye-bye' }));
    expectOk(await vault.put({ id: 'g1', kind: 'growth', weightKg: 11.2 }));
    expect(expectOk(await vault.get('g1'))).toEqual({ id: 'g1', kind: 'growth', weightKg: 11.2 });
    const observations = expectOk(await vault.all('observation')).map((r) => r.id).sort();
    expect(observations).toEqual(['o1', 'o2']);
    expect(expectOk(await vault.all())).toHaveLength(3);
    expect(expectOk(await vault.all('milestone'))).toEqual([]);
    expectOk(await vault.delete('o1'));
    expect(await vault.get('o1')).toEqual({ ok: false, error: 'not-found' });
    expectOk(await vault.deleteMany(['o2', 'g1', 'never-existed']));
    expect(expectOk(await vault.all())).toEqual([]);
  });

  it('opens everything across several read pages, with damage on a later page reported', async () => {
    const { db, vault } = await makeTestVault();
    const ids = Array.from({ length: 1234 }, (_, i) => `r${String(i).padStart(5, '0')}`);
    expectOk(await vault.putMany(ids.map((id) => ({ id, kind: 'observation', text: `entry ${id}` }))));
    const row = (await db.records.get(vault.storedId('r01100')!))!;
    await db.records.put({ ...row, ciphertext: flipByte(row.ciphertext, 30) });
    const read = expectOk(await vault.allWithDamage());
    expect(read.records.map((r) => r.id).sort()).toEqual(ids.filter((id) => id !== 'r01100'));
    expect(read.damaged).toEqual([{ id: vault.storedId('r01100'), kind: 'observation' }]);
  });

  it('overwrites on put with the same id, with a fresh nonce each time', async () => {
    const { db, vault } = await makeTestVault();
    const record = { id: 'same', kind: 'observation', text: 'unchanged' };
    expectOk(await vault.put(record));
    const first = (await db.records.get(vault.storedId('same')!))?.ciphertext;
    expectOk(await vault.put(record));
    const second = (await db.records.get(vault.storedId('same')!))?.ciphertext;
    expect(second).not.toEqual(first);
    expect(await db.records.count()).toBe(1);
  });

  it('putMany saves a batch, blobs round-trip', async () => {
    const { vault } = await makeTestVault();
    const batch = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, kind: 'milestone', done: i % 2 === 0 }));
    expectOk(await vault.putMany(batch));
    expect(expectOk(await vault.all('milestone'))).toHaveLength(20);
    const photo = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) & 0xff);
    expectOk(await vault.putBlob('photo-1', photo));
    expect(expectOk(await vault.getBlob('photo-1'))).toEqual(photo);
    expect(await vault.getBlob('photo-2')).toEqual({ ok: false, error: 'not-found' });
    expectOk(await vault.deleteBlob('photo-1'));
    expect(await vault.getBlob('photo-1')).toEqual({ ok: false, error: 'not-found' });
  });

  it('lists blob ids without decrypting, and remembers which blobs this unlock wrote', async () => {
    const { db, vault } = await makeTestVault();
    expect(expectOk(await vault.listBlobIds())).toEqual([]);
    expectOk(await vault.putBlob('b2', new Uint8Array([2])));
    expectOk(await vault.putBlob('b1', new Uint8Array([1])));
    expect(expectOk(await vault.listBlobIds()).sort()).toEqual(['b1', 'b2']);
    // A row another handle wrote (here straight into the table) is listed but not "written by us".
    await db.blobs.put({ id: 'b3', ciphertext: new Uint8Array(40) });
    expect(expectOk(await vault.listBlobIds()).sort()).toEqual(['b1', 'b2', 'b3']);
    expect([...vault.blobsWritten].sort()).toEqual(['b1', 'b2']);
    vault.lock();
    expect(vault.blobsWritten.size).toBe(0);
    expect(await vault.listBlobIds()).toEqual({ ok: false, error: 'locked' });
  });

  it('throws on a bug: invalid id or kind, or data that is not JSON', async () => {
    const { vault } = await makeTestVault();
    await expect(vault.put({ id: 'has space', kind: 'x' })).rejects.toThrow(/^encodeRecord:/);
    await expect(vault.put({ id: 'ok', kind: '' })).rejects.toThrow(/^encodeRecord:/);
    const cyclic: { id: string; kind: string; self?: unknown } = { id: 'c', kind: 'x' };
    cyclic.self = cyclic;
    await expect(vault.put(cyclic)).rejects.toThrow(/^encodeRecord:/);
    await expect(vault.putBlob('bad id', new Uint8Array(1))).rejects.toThrow(/^encodeBlob:/);
  });

  it('stores keyed kind tags, not kind names; the same kind gives different tags in different vaults', async () => {
    const a = await makeTestVault();
    const b = await makeTestVault();
    expectOk(await a.vault.put({ id: 'x', kind: 'private-note' }));
    expectOk(await b.vault.put({ id: 'x', kind: 'private-note' }));
    const tagA = (await a.db.records.get(a.vault.storedId('x')!))?.kind;
    const tagB = (await b.db.records.get(b.vault.storedId('x')!))?.kind;
    expect(tagA).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(tagA).not.toContain('private');
    expect(tagA).not.toBe(tagB);
  });
});

describe('damage', () => {
  it('a byte flipped in one stored ciphertext marks that record damaged; the others still open', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.putMany([
      { id: 'a', kind: 'observation', text: 'A' },
      { id: 'b', kind: 'observation', text: 'B' },
      { id: 'c', kind: 'allergy', text: 'C' },
    ]));
    const row = await db.records.get(vault.storedId('b')!);
    if (!row) throw new Error('row missing');
    // Nonce, MAC and body: each flip must be caught.
    for (const index of [0, 30, row.ciphertext.length - 1]) {
      await db.records.put({ ...row, ciphertext: flipByte(row.ciphertext, index) });
      expect(await vault.get('b')).toEqual({ ok: false, error: 'damaged' });
      const read = expectOk(await vault.allWithDamage());
      expect(read.records.map((r) => r.id).sort()).toEqual(['a', 'c']);
      expect(read.damaged).toEqual([{ id: vault.storedId('b'), kind: 'observation' }]);
    }
    expect(expectOk(await vault.all())).toHaveLength(2);
  });

  it('a truncated or missing ciphertext is damage, not a crash', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.put({ id: 'a', kind: 'observation' }));
    await db.records.put({ id: 't', kind: 'zzzzzzzz', ciphertext: new Uint8Array(10) });
    await db.records.put({ id: 'u', kind: 'zzzzzzzz', ciphertext: 'text' as unknown as Uint8Array });
    const read = expectOk(await vault.allWithDamage());
    expect(read.records.map((r) => r.id)).toEqual(['a']);
    expect(read.damaged).toEqual([{ id: 't' }, { id: 'u' }]);
  });

  it('ciphertexts swapped or copied between rows are caught where it matters (the id inside must match)', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.putMany([{ id: 'a', kind: 'observation', text: 'A' }, { id: 'b', kind: 'observation', text: 'B' }]));
    const [a, b] = [await db.records.get(vault.storedId('a')!), await db.records.get(vault.storedId('b')!)];
    if (!a || !b) throw new Error('rows missing');
    await db.records.bulkPut([{ ...a, ciphertext: b.ciphertext }, { ...b, ciphertext: a.ciphertext }]);
    // Asked for by id, a record is never another one's content.
    expect(await vault.get('a')).toEqual({ ok: false, error: 'damaged' });
    expect(await vault.get('b')).toEqual({ ok: false, error: 'damaged' });
    // Read all together, each record still says what it said, once: the id is inside the ciphertext.
    expect(expectOk(await vault.all()).map((r) => `${r.id}:${String((r as { text?: string }).text)}`).sort()).toEqual(['a:A', 'b:B']);
    // A copy under a third key opens once; the second opening is reported as damage.
    await db.records.put({ ...a, id: '0123456789abcdef0123456789abcdef' });
    const read = expectOk(await vault.allWithDamage());
    expect(read.records).toHaveLength(2);
    expect(read.damaged).toHaveLength(1);
  });

  it('a row moved to another kind tag is damage', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.putMany([{ id: 'a', kind: 'observation' }, { id: 'b', kind: 'allergy' }]));
    const b = await db.records.get(vault.storedId('b')!);
    if (!b) throw new Error('row missing');
    await db.records.update(vault.storedId('a')!, { kind: b.kind });
    expect(await vault.get('a')).toEqual({ ok: false, error: 'damaged' });
  });

  it('an edited or swapped blob is damaged', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.putBlob('p1', new Uint8Array([1, 2, 3])));
    expectOk(await vault.putBlob('p2', new Uint8Array([4, 5, 6])));
    const [p1, p2] = [await db.blobs.get('p1'), await db.blobs.get('p2')];
    if (!p1 || !p2) throw new Error('rows missing');
    await db.blobs.put({ id: 'p1', ciphertext: p2.ciphertext });
    expect(await vault.getBlob('p1')).toEqual({ ok: false, error: 'damaged' });
    await db.blobs.put({ id: 'p2', ciphertext: flipByte(p2.ciphertext, 40) });
    expect(await vault.getBlob('p2')).toEqual({ ok: false, error: 'damaged' });
  });
});

describe('lock', () => {
  it('zeroes the key bytes and every later call says locked', async () => {
    const db = freshDb();
    const key = randomKey();
    const vault = new UnlockedVault(db, key, { profile: { role: 'parent' }, unlockedBy: 'passphrase' });
    expectOk(await vault.put({ id: 'a', kind: 'observation' }));
    expect(key.some((b) => b !== 0)).toBe(true);
    vault.lock();
    expect(vault.isLocked).toBe(true);
    expect([...key]).toEqual(new Array(32).fill(0));
    const locked = { ok: false, error: 'locked' };
    expect(await vault.put({ id: 'b', kind: 'observation' })).toEqual(locked);
    expect(await vault.putMany([{ id: 'b', kind: 'observation' }])).toEqual(locked);
    expect(await vault.get('a')).toEqual(locked);
    expect(await vault.all()).toEqual(locked);
    expect(await vault.allWithDamage()).toEqual(locked);
    expect(await vault.delete('a')).toEqual(locked);
    expect(await vault.putBlob('p', new Uint8Array(1))).toEqual(locked);
    expect(await vault.getBlob('p')).toEqual(locked);
    expect(await vault.deleteBlob('p')).toEqual(locked);
    expect(vault.wrapVaultKey(randomKey())).toBeUndefined();
    expect(await db.records.count()).toBe(1);
  });

  it('a read in flight when the vault locks answers locked, not damaged', async () => {
    const { vault } = await makeTestVault();
    expectOk(await vault.put({ id: 'a', kind: 'observation' }));
    const reading = vault.get('a');
    const listing = vault.allWithDamage();
    vault.lock();
    expect(await reading).toEqual({ ok: false, error: 'locked' });
    expect(await listing).toEqual({ ok: false, error: 'locked' });
  });
});

describe('kind tags', () => {
  it('depend on the key and the kind only', () => {
    const key = randomKey();
    const tagKey = deriveKindTagKey(key);
    expect(kindTag(tagKey, 'observation')).toBe(kindTag(deriveKindTagKey(key), 'observation'));
    expect(kindTag(tagKey, 'observation')).not.toBe(kindTag(tagKey, 'milestone'));
    expect(kindTag(tagKey, 'observation')).not.toBe(kindTag(deriveKindTagKey(randomKey()), 'observation'));
  });
});

// JSON-safe values: no undefined, no -0, no NaN (JSON cannot carry them).
const jsonValue = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

describe('round trip (property)', () => {
  it('any JSON record reads back equal', async () => {
    const { vault } = await makeTestVault();
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.string({ minLength: 1, maxLength: 64 }),
        fc.dictionary(fc.string().filter((k) => k !== 'id' && k !== 'kind' && k !== '__proto__'), jsonValue, { maxKeys: 6 }),
        async (id, kind, fields) => {
          const record = { ...fields, id, kind };
          expectOk(await vault.put(record));
          expect(expectOk(await vault.get(id))).toEqual(record);
          expect(expectOk(await vault.all(kind)).some((r) => r.id === id)).toBe(true);
        },
      ),
      { seed: 20240501, numRuns: 60 },
    );
  });

  it('any blob reads back equal', async () => {
    const { vault } = await makeTestVault();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        expectOk(await vault.putBlob('blob', bytes));
        expect(expectOk(await vault.getBlob('blob'))).toEqual(bytes);
      }),
      { seed: 7, numRuns: 40 },
    );
  });
});

describe('keyed row ids (issue 11)', () => {
  it('stores every record under a key that says nothing without the vault key', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.putMany([
      { id: 'share-log-000012', kind: 'share-log' }, { id: 'draft-passport-0a1b2c', kind: 'draft' }, { id: 'identity', kind: 'identity' },
    ]));
    const keys = (await db.records.toCollection().primaryKeys()).map(String);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(keys.join(' ')).not.toMatch(/share|draft|identity|000012/);
    // The same id in another vault has another key.
    const other = await makeTestVault();
    expect(other.vault.storedId('identity')).not.toBe(vault.storedId('identity'));
    expect(expectOk(await vault.get('share-log-000012'))).toEqual({ id: 'share-log-000012', kind: 'share-log' });
  });

  it('moves rows from before keyed ids in one step at unlock; they open before and after, and nothing is lost', async () => {
    const { db, vault } = await makeTestVault();
    // Rows as an older build wrote them: the readable id is the stored key.
    const legacy = [{ id: 'share-log-000001', kind: 'share-log', n: 1 }, { id: 'draft-passport-c1', kind: 'draft', n: 2 }];
    expectOk(await vault.putMany(legacy));
    for (const record of legacy) {
      const row = (await db.records.get(vault.storedId(record.id)!))!;
      await db.records.delete(row.id);
      await db.records.put({ ...row, id: record.id });
    }
    expectOk(await vault.put({ id: 'already-keyed', kind: 'observation' }));
    expect((await db.records.toCollection().primaryKeys()).map(String).sort()).toEqual(
      ['draft-passport-c1', 'share-log-000001', vault.storedId('already-keyed')!].sort());
    // Before the move they still open, by id and all together.
    expect(expectOk(await vault.get('share-log-000001'))).toMatchObject({ n: 1 });
    expect(expectOk(await vault.all())).toHaveLength(3);
    expect(expectOk(await vault.migrateRowIds())).toBe(2);
    const keys = (await db.records.toCollection().primaryKeys()).map(String);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(expectOk(await vault.get('draft-passport-c1'))).toMatchObject({ n: 2 });
    expect(expectOk(await vault.all()).map((r) => r.id).sort()).toEqual(['already-keyed', 'draft-passport-c1', 'share-log-000001']);
    expect(expectOk(await vault.migrateRowIds())).toBe(0);
  });

  it('a save of a record still under its old id leaves one row, under the keyed id; a delete removes either', async () => {
    const made = await makeTestVault();
    const { db } = made;
    expectOk(await made.vault.put({ id: 'old-style', kind: 'observation', v: 1 }));
    const row = (await db.records.get(made.vault.storedId('old-style')!))!;
    await db.records.delete(row.id);
    await db.records.put({ ...row, id: 'old-style' });
    // Opened again, as after an update: a vault that may hold rows from an older build.
    made.vault.lock();
    const vault = expectOk(await unlockWithPassphrase(db, TEST_PASSPHRASE, TEST_UNLOCK));
    expectOk(await vault.put({ id: 'old-style', kind: 'observation', v: 2 }));
    expect((await db.records.toCollection().primaryKeys()).map(String)).toEqual([vault.storedId('old-style')]);
    expect(expectOk(await vault.get('old-style'))).toMatchObject({ v: 2 });
    await db.records.put({ ...row, id: 'old-style' });
    expectOk(await vault.delete('old-style'));
    expect(await db.records.count()).toBe(0);
  });
});
