// The use cases the UI may call. The UI never imports vault or crypto directly.
export * from './result';
export { session, type LockReason, type VaultMode } from './session';
export * from './passphrase-strength';
export * from './setup';
export * from './unlock';
export { screenLockAvailable, screenLockIsOn, turnOffScreenLock, turnOnScreenLock } from './passkey';
export * from './device';
export * from './settings';
export * from './tabs';
export { MIN_PIN_LENGTH, MAX_PIN_ATTEMPTS, VAULT_ERROR_KEYS, vaultErrorMessageKey, type VaultRole, type VaultState } from '../vault/index';
export * from './record';
export { recordStore, newId } from './record-store';
export * from './drafts';
