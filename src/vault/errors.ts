// Error codes and result shapes of the vault. Each code has a message in locales/<lng>/vault.json.

/** IndexedDB trouble that the user can understand and act on. */
export type StorageError =
  | 'storage-full' // QuotaExceededError: nothing from the failed write was saved
  | 'storage-closed' // the database was closed (another tab upgraded or erased it)
  | 'storage-failed'; // any other IndexedDB failure

export type Ok<T> = { ok: true; value: T };
export type Fail<E extends string> = { ok: false; error: E };
export type VaultResult<T, E extends string> = Ok<T> | Fail<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail<E extends string>(error: E): Fail<E> {
  return { ok: false, error };
}

/** Thrown only for programming mistakes; the message starts with the function name. */
export class VaultBugError extends Error {
  override name = 'VaultBugError';
  constructor(functionName: string, detail: string) {
    super(`${functionName}: ${detail}`);
  }
}

/**
 * Every code a vault function can return, mapped to its key in the `vault` locale namespace
 * (`vault:error.<key>`). A test checks that each key exists in every language.
 */
export const VAULT_ERROR_KEYS = {
  'storage-full': 'storageFull',
  'storage-closed': 'storageClosed',
  'storage-failed': 'storageFailed',
  'locked': 'locked',
  'no-vault': 'noVault',
  'vault-exists': 'vaultExists',
  'setup-incomplete': 'setupIncomplete',
  'setup-complete': 'setupComplete',
  'damaged-header': 'damagedHeader',
  'weak-params': 'weakParams',
  'wrong-passphrase': 'wrongPassphrase',
  'too-soon': 'tooSoon',
  'wrong-recovery-key': 'wrongRecoveryKey',
  'wrong-pin': 'wrongPin',
  'pin-disabled': 'pinDisabled',
  'pin-not-set': 'pinNotSet',
  'pin-too-short': 'pinTooShort',
  'passkey-not-set': 'passkeyNotSet',
  'passkey-failed': 'passkeyFailed',
  'passkey-no-prf': 'passkeyNoPrf',
  'passkey-unavailable': 'passkeyUnavailable',
  'passkey-cancelled': 'passkeyCancelled',
  'not-found': 'notFound',
  'damaged': 'damaged',
} as const;

export type VaultErrorCode = keyof typeof VAULT_ERROR_KEYS;

/** The i18next key (namespace `vault`) for an error code. */
export function vaultErrorMessageKey(code: VaultErrorCode): `error.${(typeof VAULT_ERROR_KEYS)[VaultErrorCode]}` {
  return `error.${VAULT_ERROR_KEYS[code]}`;
}
