import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { beginSetup, currentVaultState, finishSetup, positionsToConfirm, RECOVERY_QR_PREFIX, wrongConfirmations } from './setup';
import { lockNow, setNewPassphrase, unlock, unlockWithRecoveryWords } from './unlock';

// One real setup at the default KDF parameters: this is the path the app takes.
describe('setup and unlock use cases', () => {
  it('runs setup, refuses bad recovery input with codes, and recovers with the words', async () => {
    expect(await currentVaultState()).toEqual({ ok: true, value: 'none' });
    expect(await beginSetup('parent', 'short')).toEqual({ ok: false, error: 'passphrase-too-weak' });

    const sheet = await beginSetup('parent', 'a long enough family phrase');
    if (!sheet.ok) throw new Error(String(sheet.error));
    expect(sheet.value.words).toHaveLength(24);
    expect(sheet.value.qrText).toBe(RECOVERY_QR_PREFIX + sheet.value.words.join(' '));
    expect(await currentVaultState()).toEqual({ ok: true, value: 'setup-incomplete' });
    expect(await finishSetup()).toEqual({ ok: true, value: undefined });
    expect(await currentVaultState()).toEqual({ ok: true, value: 'locked' });
    lockNow();

    expect(await unlockWithRecoveryWords('not enough words')).toMatchObject({ ok: false, error: 'words-wrong-length' });
    const typo = [...sheet.value.words];
    typo[3] = 'zzzzqq';
    expect(await unlockWithRecoveryWords(typo.join(' '))).toMatchObject({ ok: false, error: 'words-unknown-word', index: 3 });

    const opened = await unlockWithRecoveryWords(sheet.value.qrText);
    expect(opened).toEqual({ ok: true, value: { role: 'parent', mustChangePassphrase: true } });
    expect(await setNewPassphrase('another family phrase', 'another family phrase!')).toEqual({ ok: false, error: 'passphrase-mismatch' });
    expect(await setNewPassphrase('another family phrase', 'another family phrase')).toEqual({ ok: true, value: undefined });
    lockNow();
    expect((await unlock('a long enough family phrase')).ok).toBe(false);
    expect(await unlock('another family phrase')).toEqual({ ok: true, value: { role: 'parent', mustChangePassphrase: false } });
    lockNow();
  });

  it('asks for three different word positions within the sheet', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 200; i++) {
      const p = positionsToConfirm(random);
      expect(new Set(p).size).toBe(3);
      expect(p.every((n) => n >= 1 && n <= 24)).toBe(true);
    }
  });

  it('accepts confirmations in any case and reports the wrong positions', () => {
    const sheet = { words: Array.from({ length: 24 }, (_, i) => `word${i + 1}`), qrText: '', createdAt: 0 };
    expect(wrongConfirmations(sheet, new Map([[1, ' WORD1 '], [5, 'word5']]))).toEqual([]);
    expect(wrongConfirmations(sheet, new Map([[1, 'word2'], [5, 'word5'], [9, '']]))).toEqual([1, 9]);
  });
});
