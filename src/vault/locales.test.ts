import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { VAULT_ERROR_KEYS, vaultErrorMessageKey, type VaultErrorCode } from './errors';
import type { completeSetup, createVault, discardIncompleteSetup, vaultState } from './setup';
import type { changePassphrase, rotateRecoveryKey, unlockWithPassphrase, unlockWithRecoveryKey } from './unlock';
import type { disablePin, enablePin, hasPin, unlockWithPin } from './pin';
import type { UnlockedVault } from './unlocked-vault';
import type { eraseEverything } from './db';

type ErrorOf<F extends (...args: never[]) => Promise<unknown>> =
  Awaited<ReturnType<F>> extends infer R ? (R extends { ok: false; error: infer E } ? E : never) : never;

/** Every shipped language (each has its folder under locales/). */
const LANGUAGES = [...readdirSync(new URL('../../locales/', import.meta.url)).filter((d) => !d.startsWith('_') && !d.includes('.'))];

function messages(lang: string): Record<string, unknown> {
  const file = new URL(`../../locales/${lang}/vault.json`, import.meta.url);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { error: Record<string, unknown> };
  return json.error;
}

describe('error messages', () => {
  it('every function returns only codes that have a message key', () => {
    expectTypeOf<ErrorOf<typeof createVault>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof completeSetup>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof vaultState>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof discardIncompleteSetup>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof unlockWithPassphrase>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof unlockWithRecoveryKey>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof changePassphrase>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof rotateRecoveryKey>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof enablePin>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof disablePin>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof hasPin>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof unlockWithPin>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<typeof eraseEverything>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<UnlockedVault['get']>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<UnlockedVault['allWithDamage']>>().toExtend<VaultErrorCode>();
    expectTypeOf<ErrorOf<UnlockedVault['getBlob']>>().toExtend<VaultErrorCode>();
  });

  it.each(LANGUAGES)('%s has a message for every error code', (lang) => {
    const error = messages(lang);
    for (const code of Object.keys(VAULT_ERROR_KEYS) as VaultErrorCode[]) {
      const key = vaultErrorMessageKey(code).slice('error.'.length);
      const text = error[key] ?? error[`${key}_other`];
      expect(typeof text === 'string' && text.trim().length > 0, `${lang}: ${code}`).toBe(true);
    }
  });

  it('maps codes to keys in the expected form', () => {
    expect(vaultErrorMessageKey('wrong-passphrase')).toBe('error.wrongPassphrase');
    expect(vaultErrorMessageKey('storage-full')).toBe('error.storageFull');
  });
});
