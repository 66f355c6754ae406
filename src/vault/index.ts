// Public API of the vault: the only layer that touches IndexedDB (through Dexie).
export { DEMO_DB_NAME, VAULT_DB_NAME, VaultDb } from './schema';
export { databaseExists, eraseEverything, onVersionChange, openVaultDb } from './db';
export { VAULT_ERROR_KEYS, vaultErrorMessageKey } from './errors';
export type { VaultErrorCode } from './errors';
export type { VaultRole } from './header';
export { completeSetup, createVault, discardIncompleteSetup, vaultState } from './setup';
export type { VaultState } from './setup';
export { changePassphrase, rotateRecoveryKey, unlockWithPassphrase, unlockWithRecoveryKey } from './unlock';
export { disablePin, enablePin, hasPin, MAX_PIN_ATTEMPTS, MIN_PIN_LENGTH, unlockWithPin } from './pin';
export { disablePasskey, enablePasskey, newPasskeySalt, passkeyInfo, unlockWithPasskey, type PasskeyInfo } from './passkey';
export { UnlockedVault } from './unlocked-vault';
export type { RecordsWithDamage } from './unlocked-vault';
export type { VaultRecord } from './record-codec';
export { vaultWraps } from './backup-keys';
export { copyVaultDb, VaultRestorer } from './restore';
export { currentVaultDbName, otherVaultDbName, pointVaultAt } from './pointer';
