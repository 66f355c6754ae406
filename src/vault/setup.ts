// Creating a vault, finishing setup, and cleaning up a setup that never finished.
import { DEFAULT_KDF_PARAMS, deriveKey, randomBytes, randomKey, seal, type KdfParams, type SecretKey } from '../crypto/index';
import { fail, ok, VaultBugError, type StorageError, type VaultResult } from './errors';
import { HEADER_FORMAT_VERSION, META_HEADER, parseHeader, SALT_BYTES, sealProfile, type VaultHeader, type VaultRole } from './header';
import { kdfParamsAllowed, parseKdfParams } from './kdf-policy';
import { updateHeader, type HeaderError } from './meta-store';
import type { VaultDb } from './schema';
import { guardStorage } from './storage-errors';
import { UnlockedVault } from './unlocked-vault';

export interface CreateVaultOptions {
  passphrase: string;
  role: VaultRole;
  /** Defaults to DEFAULT_KDF_PARAMS. Params below KDF_MIN_PARAMS are refused... */
  kdfParams?: KdfParams;
  /** ...unless this is set. Only tests set it, so the app can never create a weak vault. */
  allowWeakParamsForTests?: boolean;
  now?: () => number;
}

export interface NewVault {
  vault: UnlockedVault;
  /** Show it once as words and QR (recoveryKeyToWords), then fill(0) it. Never stored in clear. */
  recoveryKey: SecretKey;
}

export type CreateVaultError = 'vault-exists' | 'weak-params' | StorageError;

/**
 * Makes a new vault: random vault key and recovery key, both wraps and the header written in
 * one transaction with setupComplete false. Call completeSetup once the recovery key is confirmed.
 */
export async function createVault(db: VaultDb, options: CreateVaultOptions): Promise<VaultResult<NewVault, CreateVaultError>> {
  const params = parseKdfParams(options.kdfParams ?? DEFAULT_KDF_PARAMS);
  if (params === undefined) throw new VaultBugError('createVault', 'invalid KDF params');
  if (!kdfParamsAllowed(params, options.allowWeakParamsForTests ?? false)) return fail('weak-params');
  if (typeof options.passphrase !== 'string' || options.passphrase.length === 0) {
    throw new VaultBugError('createVault', 'passphrase must be a non-empty string');
  }
  if (options.role !== 'parent' && options.role !== 'professional') {
    throw new VaultBugError('createVault', `unknown role ${String(options.role)}`);
  }
  // Checked first so an existing vault costs no KDF run; checked again inside the write.
  const before = await guardStorage(() => db.meta.get(META_HEADER));
  if (!before.ok) return before;
  if (before.value !== undefined) return fail('vault-exists');

  const vaultKey = randomKey();
  const recoveryKey = randomKey();
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKey(options.passphrase, salt, params);
  const header: VaultHeader = {
    formatVersion: HEADER_FORMAT_VERSION,
    createdAt: (options.now ?? Date.now)(),
    setupComplete: false,
    kdf: params,
    salt,
    passphraseWrap: seal(kek, vaultKey),
    recoveryWrap: seal(recoveryKey, vaultKey),
    sealedProfile: sealProfile(vaultKey, { role: options.role }),
  };
  kek.fill(0);

  const written = await guardStorage(() => db.transaction('rw', db.meta, db.records, db.blobs, async () => {
    if ((await db.meta.get(META_HEADER)) !== undefined) return false;
    // Rows without a header can never be opened again; clear them so no half vault remains.
    await Promise.all([db.meta.clear(), db.records.clear(), db.blobs.clear()]);
    await db.meta.put({ key: META_HEADER, value: header });
    return true;
  }));
  if (!written.ok || !written.value) {
    vaultKey.fill(0);
    recoveryKey.fill(0);
    return written.ok ? fail('vault-exists') : written;
  }
  const vault = new UnlockedVault(db, vaultKey, { profile: { role: options.role }, unlockedBy: 'setup' });
  return ok({ vault, recoveryKey });
}

/** Marks setup finished, after the parent has confirmed the recovery key. */
export async function completeSetup(vault: UnlockedVault): Promise<VaultResult<void, 'locked' | HeaderError>> {
  if (vault.isLocked) return fail('locked');
  return updateHeader(vault.db, (h) => ({ ...h, setupComplete: true }));
}

/**
 * What is on disk: nothing, an unfinished setup, or a vault to unlock. An unreadable header
 * also reads as 'locked', so the unlock screen shows and every unlock explains 'damaged-header'
 * (the rows are kept: a backup restore or the recovery route may still need them).
 */
export type VaultState = 'none' | 'setup-incomplete' | 'locked';

export async function vaultState(db: VaultDb): Promise<VaultResult<VaultState, StorageError>> {
  const read = await guardStorage(() => db.meta.get(META_HEADER));
  if (!read.ok) return read;
  if (read.value === undefined) return ok('none');
  const header = parseHeader(read.value.value);
  return ok(header === undefined || header.setupComplete ? 'locked' : 'setup-incomplete');
}

/**
 * Removes a vault whose setup never finished (the browser closed mid-setup), in one
 * transaction. Refuses to touch a finished or unreadable vault.
 */
export async function discardIncompleteSetup(
  db: VaultDb,
): Promise<VaultResult<void, 'setup-complete' | 'damaged-header' | StorageError>> {
  const done = await guardStorage(() => db.transaction('rw', db.meta, db.records, db.blobs, async () => {
    const row = await db.meta.get(META_HEADER);
    if (row !== undefined) {
      const header = parseHeader(row.value);
      if (header === undefined) return 'damaged-header' as const;
      if (header.setupComplete) return 'setup-complete' as const;
    }
    await Promise.all([db.meta.clear(), db.records.clear(), db.blobs.clear()]);
    return 'discarded' as const;
  }));
  if (!done.ok) return done;
  return done.value === 'discarded' ? ok(undefined) : fail(done.value);
}
