import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../crypto/index';
import { disablePasskey, enablePasskey, newPasskeySalt, passkeyInfo, unlockWithPasskey } from './passkey';
import { expectOk, freshDb, makeTestVault } from './test-support';

describe('quick unlock with the screen lock (a passkey with PRF)', () => {
  it('opens with the PRF output that wrapped the key, and with nothing else', async () => {
    const { db, vault } = await makeTestVault();
    expectOk(await vault.put({ id: 'n1', kind: 'private-note', text: 'kept safe' }));
    expect(expectOk(await passkeyInfo(db))).toBeUndefined();
    const secret = randomBytes(32);
    const info = { credentialId: randomBytes(20), prfSalt: newPasskeySalt() };
    expectOk(await enablePasskey(vault, info, secret));
    expect(expectOk(await passkeyInfo(db))).toEqual(info);
    vault.lock();
    expect(await unlockWithPasskey(db, randomBytes(32))).toEqual({ ok: false, error: 'passkey-failed' });
    expect(await unlockWithPasskey(db, new Uint8Array(16))).toEqual({ ok: false, error: 'passkey-failed' });
    const opened = expectOk(await unlockWithPasskey(db, secret));
    expect(opened.unlockedBy).toBe('passkey');
    expect(expectOk(await opened.get('n1'))).toMatchObject({ text: 'kept safe' });
  });

  it('stores only the credential id, the PRF input and the wrap: never the secret', async () => {
    const { db, vault } = await makeTestVault();
    const secret = randomBytes(32);
    expectOk(await enablePasskey(vault, { credentialId: randomBytes(20), prfSalt: newPasskeySalt() }, secret));
    const row = (await db.meta.get('passkey'))!.value as Record<string, Uint8Array>;
    expect(Object.keys(row).sort()).toEqual(['credentialId', 'prfSalt', 'wrap']);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    for (const value of Object.values(row)) expect(hex(value)).not.toContain(hex(secret));
  });

  it('refuses a missing or odd PRF output, says when none is set, and can be turned off', async () => {
    const { db, vault } = await makeTestVault();
    const info = { credentialId: randomBytes(20), prfSalt: newPasskeySalt() };
    expect(await enablePasskey(vault, info, new Uint8Array(0))).toEqual({ ok: false, error: 'passkey-no-prf' });
    expect(await enablePasskey(vault, { ...info, prfSalt: new Uint8Array(5) }, randomBytes(32))).toEqual({ ok: false, error: 'passkey-no-prf' });
    expect(await unlockWithPasskey(db, randomBytes(32))).toEqual({ ok: false, error: 'passkey-not-set' });
    expectOk(await enablePasskey(vault, info, randomBytes(32)));
    expectOk(await disablePasskey(db));
    expect(expectOk(await passkeyInfo(db))).toBeUndefined();
    expect(await unlockWithPasskey(freshDb(), randomBytes(32))).toEqual({ ok: false, error: 'no-vault' });
    vault.lock();
    expect(await enablePasskey(vault, info, randomBytes(32))).toEqual({ ok: false, error: 'locked' });
  });
});
