import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createVault, DEMO_DB_NAME, openVaultDb } from '../vault/index';
import { session } from './session';
import { recordStore } from './record-store';

const WEAK = { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

describe('session.lock', () => {
  afterEach(() => session.lock('user'));

  it('drops the key, every decrypted cache and every photo URL', async () => {
    const db = openVaultDb(DEMO_DB_NAME + '-lock-test');
    const made = await createVault(db, { passphrase: 'lock test passphrase', role: 'parent', kdfParams: WEAK, allowWeakParamsForTests: true });
    if (!made.ok) throw new Error(made.error);
    session.setVault(made.value.vault);
    await made.value.vault.put({ id: 'a1', kind: 'observation', text: 'secret' });
    await made.value.vault.put({ id: 'c1', kind: 'child', name: 'Secret Name', dob: '2023-01-01', colour: '#000000', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' });
    expect((await recordStore.load()).ok).toBe(true);
    expect(recordStore.children().map((c) => c.name)).toEqual(['Secret Name']);

    const cache = new Map([['a1', 'secret']]);
    const reasons: string[] = [];
    const stop = session.onLock((reason) => {
      cache.clear();
      reasons.push(reason);
    });
    const revoked: string[] = [];
    const realRevoke = URL.revokeObjectURL;
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    session.trackObjectUrl('blob:photo-1');
    session.trackObjectUrl('blob:photo-2');

    session.lock('idle');
    URL.revokeObjectURL = realRevoke;
    stop();

    expect(session.vault).toBeUndefined();
    expect(made.value.vault.isLocked).toBe(true);
    expect(await made.value.vault.get('a1')).toEqual({ ok: false, error: 'locked' });
    expect(cache.size).toBe(0);
    expect(recordStore.loaded).toBe(false);
    expect(recordStore.children()).toEqual([]);
    expect(recordStore.allEntries()).toEqual([]);
    expect(reasons).toEqual(['idle']);
    expect(revoked.sort()).toEqual(['blob:photo-1', 'blob:photo-2']);
    expect(session.objectUrlCount()).toBe(0);
    db.close();
  });

  it('does not call lock listeners when nothing was unlocked', () => {
    const reasons: string[] = [];
    const stop = session.onLock((r) => reasons.push(r));
    session.lock('idle');
    stop();
    expect(reasons).toEqual([]);
  });
});
