import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { completeSetup, createVault, databaseExists, DEMO_DB_NAME, unlockWithPassphrase, VAULT_DB_NAME } from '../vault/index';
import { demoSize, discardLeftoverDemo, inDemo, leaveDemo, openDemo } from './demo';
import { recordStore } from './record-store';
import { session } from './session';

const REAL_PASSPHRASE = 'our real family passphrase';

// One real demo at the default KDF parameters: the path the app takes.
describe('the demo family', () => {
  it('opens a separate vault, fills it, and leaving wipes it while the real vault stays', async () => {
    const real = await createVault(session.db('real'), { passphrase: REAL_PASSPHRASE, role: 'parent',
      kdfParams: { alg: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 }, allowWeakParamsForTests: true });
    if (!real.ok) throw new Error(real.error);
    await real.value.vault.put({ id: 'real-child', kind: 'child', name: 'Real child' });
    await completeSetup(real.value.vault);
    session.setVault(real.value.vault);

    const opened = await openDemo({ observations: 40, now: Date.parse('2025-05-01T10:00:00Z') });
    if (!opened.ok) throw new Error(String(opened.error));
    expect(real.value.vault.isLocked).toBe(true); // the real vault was locked, not used
    expect(inDemo()).toBe(true);
    expect(opened.value.children.map((c) => c.preferredName)).toEqual(expect.arrayContaining(['Yusuf', 'Maya']));
    expect(recordStore.entries('observation')).toHaveLength(40);
    expect(recordStore.entries('service').some((s) => s.serviceType === 'audiology')).toBe(true);
    expect(recordStore.child('real-child')).toBeUndefined();
    expect(await databaseExists(DEMO_DB_NAME)).toBe(true);

    expect(await leaveDemo()).toEqual({ ok: true, value: undefined });
    expect(inDemo()).toBe(false);
    expect(recordStore.loaded).toBe(false);
    expect(await databaseExists(DEMO_DB_NAME)).toBe(false);
    expect(await databaseExists(VAULT_DB_NAME)).toBe(true);

    // The real vault still opens with its own passphrase and holds its own child.
    const back = await unlockWithPassphrase(session.db('real'), REAL_PASSPHRASE, { allowWeakParamsForTests: true });
    if (!back.ok) throw new Error(back.error);
    session.setVault(back.value);
    await recordStore.load();
    expect(recordStore.child('real-child')).toBeDefined();
    session.lock('user');
  });

  it('wipes a demo left behind, and a new demo starts from scratch', async () => {
    const first = await openDemo({ observations: 5 });
    expect(first.ok).toBe(true);
    session.lock('user'); // the tab closed mid-demo: nothing left it properly
    expect(await databaseExists(DEMO_DB_NAME)).toBe(true);
    expect(await discardLeftoverDemo()).toEqual({ ok: true, value: true });
    expect(await databaseExists(DEMO_DB_NAME)).toBe(false);
    expect(await discardLeftoverDemo()).toEqual({ ok: true, value: false });
  });

  it('keeps the requested size within what a phone can hold', () => {
    expect(demoSize(undefined)).toBe(60);
    expect(demoSize(Number.NaN)).toBe(60);
    expect(demoSize(0)).toBe(1);
    expect(demoSize(5000)).toBe(5000);
    expect(demoSize(1e9)).toBe(10_000);
  });
});
