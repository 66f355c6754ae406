import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from './db';
import { expectOk, fakeClock, makeTestVault, TEST_PASSPHRASE, TEST_UNLOCK } from './test-support';
import { MAX_DELAY_MS, retryAfterMs, retryDelayMs } from './throttle';
import { unlockWithPassphrase } from './unlock';

describe('retryDelayMs', () => {
  it.each([
    [0, 0], [1, 0], [2, 0], [3, 0], [4, 2_000], [5, 4_000], [6, 8_000], [7, 16_000],
    [10, 128_000], [11, 256_000], [12, MAX_DELAY_MS], [1_000, MAX_DELAY_MS],
  ])('after %i failures waits %i ms', (failures, expected) => {
    expect(retryDelayMs(failures)).toBe(expected);
  });

  it('never grows beyond one delay when the clock goes backwards', () => {
    expect(retryAfterMs({ failures: 5, lastFailureAt: 10_000 }, 0)).toBe(4_000);
    expect(retryAfterMs({ failures: 5, lastFailureAt: 10_000 }, 13_000)).toBe(1_000);
    expect(retryAfterMs({ failures: 5, lastFailureAt: 10_000 }, 14_000)).toBe(0);
  });
});

describe('wrong passphrase tries', () => {
  it('slow down after three, persist across launches, and reset on success', async () => {
    const { db } = await makeTestVault();
    const clock = fakeClock();
    const opts = { ...TEST_UNLOCK, now: clock.now };
    const waits: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = await unlockWithPassphrase(db, 'wrong', opts);
      if (r.ok || r.error !== 'wrong-passphrase') throw new Error('expected wrong-passphrase');
      waits.push(r.retryAfterMs);
    }
    expect(waits).toEqual([0, 0, 0, 2_000]);

    // Too soon, even with the right passphrase; the early try is not counted.
    clock.advance(1_500);
    expect(await unlockWithPassphrase(db, TEST_PASSPHRASE, opts)).toEqual({ ok: false, error: 'too-soon', retryAfterMs: 500 });

    // The counter survives a relaunch.
    db.close();
    const relaunched = openVaultDb(db.name);
    expect(await unlockWithPassphrase(relaunched, 'wrong', opts)).toEqual({ ok: false, error: 'too-soon', retryAfterMs: 500 });
    clock.advance(500);
    expect(await unlockWithPassphrase(relaunched, 'wrong', opts)).toEqual({ ok: false, error: 'wrong-passphrase', retryAfterMs: 4_000 });
    clock.advance(4_000);
    expectOk(await unlockWithPassphrase(relaunched, TEST_PASSPHRASE, opts));

    // Success cleared the count: the next wrong try costs no wait.
    expect(await unlockWithPassphrase(relaunched, 'wrong', opts)).toEqual({ ok: false, error: 'wrong-passphrase', retryAfterMs: 0 });
  });

  it('counts the try before the KDF runs, so a try cut short (tab closed, crash) still counts', async () => {
    const { db } = await makeTestVault();
    const clock = fakeClock();
    // A non-string passphrase makes the KDF throw: the stand-in for a try that never finished.
    const cutShort = unlockWithPassphrase(db, 42 as unknown as string, { ...TEST_UNLOCK, now: clock.now });
    await expect(cutShort).rejects.toThrow(/^deriveKey:/);
    const row = await db.meta.get('passphrase-tries');
    expect(row?.value).toEqual({ failures: 1, lastFailureAt: clock.now() });
  });
});
