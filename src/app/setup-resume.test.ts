import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { databaseExists, eraseEverything, openVaultDb, otherVaultDbName } from '../vault/index';
import { beginSetup, finishSetup, resumeSetup, setupReached, startSetupAgain } from './setup';
import { lockNow, unlockWithRecoveryWords } from './unlock';
import { session } from './session';

const PHRASE = 'a long enough family phrase';

describe('a setup closed half way', () => {
  it('comes back at the step reached with the very words shown, and forgets them once setup is done', async () => {
    const began = await beginSetup('parent', PHRASE);
    if (!began.ok) throw new Error(String(began.error));
    const words = began.value.words;

    lockNow(); // the app was closed on the PIN step
    const first = await resumeSetup(PHRASE);
    expect(first).toMatchObject({ ok: true, value: { step: 'pin', replacedSheet: false, role: 'parent' } });
    if (!first.ok) return;
    expect(first.value.sheet.words).toEqual(words);

    expect(await setupReached(first.value.sheet, 'confirm')).toEqual({ ok: true, value: undefined });
    lockNow();
    expect((await resumeSetup('not the phrase')).ok).toBe(false);
    const second = await resumeSetup(PHRASE);
    expect(second).toMatchObject({ ok: true, value: { step: 'confirm', replacedSheet: false } });
    if (!second.ok) return;
    expect(second.value.sheet.words).toEqual(words);

    // A setup begun by an older version kept no words: the new key is said plainly to replace the old sheet.
    expect((await startSetupAgain()).ok).toBe(true);
    const again = await beginSetup('parent', PHRASE);
    if (!again.ok) throw new Error(String(again.error));
    await session.vault?.delete('setup-progress');
    lockNow();
    const legacy = await resumeSetup(PHRASE);
    expect(legacy).toMatchObject({ ok: true, value: { step: 'sheet', replacedSheet: true } });
    if (!legacy.ok) return;
    expect(legacy.value.sheet.words).not.toEqual(again.value.words);

    expect(await finishSetup()).toEqual({ ok: true, value: undefined });
    expect(await session.vault?.get('setup-progress')).toEqual({ ok: false, error: 'not-found' });
    lockNow();
    expect((await unlockWithRecoveryWords(again.value.words.join(' '))).ok).toBe(false);
    expect((await unlockWithRecoveryWords(legacy.value.sheet.words.join(' '))).ok).toBe(true);
    lockNow();
  });
});

describe('setting up after a restore that stopped half way', () => {
  it('clears the sealed rows the restore left in the other database', async () => {
    lockNow();
    session.closeDb();
    await eraseEverything();
    await session.findRealDb();
    // What a reload in the middle of a restore leaves: rows, no header, in the other database.
    const leftover = openVaultDb(otherVaultDbName(session.realDbName));
    await leftover.records.put({ id: 'x'.repeat(32), kind: 'k', ciphertext: new Uint8Array(40) });
    leftover.close();
    expect(await databaseExists('familyfile-2')).toBe(true);
    const began = await beginSetup('parent', PHRASE);
    expect(began.ok).toBe(true);
    expect(await databaseExists('familyfile-2')).toBe(false);
    lockNow();
  });
});
