// Unlocking with the passphrase or the recovery key, and changing what wraps the vault key.
import {
  asSecretKey, DEFAULT_KDF_PARAMS, deriveKey, open, randomBytes, randomKey, seal,
  type KdfParams, type SecretKey,
} from '../crypto/index';
import { fail, ok, VaultBugError, type StorageError, type VaultResult } from './errors';
import { openProfile, SALT_BYTES, type VaultHeader } from './header';
import { isWeakerThan, kdfParamsAllowed, parseKdfParams } from './kdf-policy';
import { readTryCounter, readUsableHeader, sameBytes, updateHeader, writeTryCounter, type HeaderError } from './meta-store';
import type { VaultDb } from './schema';
import { retryAfterMs, retryDelayMs } from './throttle';
import { UnlockedVault, type UnlockMethod } from './unlocked-vault';

export interface UnlockOptions {
  allowWeakParamsForTests?: boolean;
  /** Stored params weaker than this are raised to it after a good unlock. Default DEFAULT_KDF_PARAMS. */
  targetKdfParams?: KdfParams;
  /** Open a vault whose setup did not finish, to resume it (then rotateRecoveryKey, completeSetup). */
  resumeSetup?: boolean;
  now?: () => number;
}

export type UnlockError = HeaderError | 'setup-incomplete' | 'weak-params';
export type PassphraseUnlockResult =
  | { ok: true; value: UnlockedVault }
  | { ok: false; error: UnlockError }
  | { ok: false; error: 'wrong-passphrase' | 'too-soon'; retryAfterMs: number };

/** Wraps an opened vault key in an UnlockedVault, or reports a header whose profile will not open. */
export function vaultFromKey(
  db: VaultDb, vaultKey: SecretKey, header: VaultHeader, unlockedBy: UnlockMethod,
): VaultResult<UnlockedVault, 'damaged-header'> {
  const profile = openProfile(vaultKey, header.sealedProfile);
  if (profile === undefined) {
    vaultKey.fill(0);
    return fail('damaged-header');
  }
  return ok(new UnlockedVault(db, vaultKey, { profile, unlockedBy, mustChangePassphrase: unlockedBy === 'recovery-key' }));
}

/** The params to upgrade to, if the stored ones are weaker and the target may be used. */
export function upgradeTarget(stored: KdfParams, options: UnlockOptions): KdfParams | undefined {
  const target = parseKdfParams(options.targetKdfParams ?? DEFAULT_KDF_PARAMS);
  if (target === undefined || !kdfParamsAllowed(target, options.allowWeakParamsForTests ?? false)) return undefined;
  return isWeakerThan(stored, target) ? target : undefined;
}

/**
 * Unlocks with the passphrase. The wrong-try counter is raised *before* the KDF runs, so
 * closing the tab mid-try still counts it; a good passphrase clears it.
 */
export async function unlockWithPassphrase(
  db: VaultDb, passphrase: string, options: UnlockOptions = {},
): Promise<PassphraseUnlockResult> {
  const header = await readUsableHeader(db, options.resumeSetup);
  if (!header.ok) return header;
  const { kdf, salt, passphraseWrap } = header.value;
  if (!kdfParamsAllowed(kdf, options.allowWeakParamsForTests ?? false)) return fail('weak-params');
  const now = (options.now ?? Date.now)();
  const counter = await readTryCounter(db);
  if (!counter.ok) return counter;
  const wait = retryAfterMs(counter.value, now);
  if (wait > 0) return { ok: false, error: 'too-soon', retryAfterMs: wait };
  // An empty field can never be right (setup refuses it): answer without spending a try.
  if (passphrase === '') return { ok: false, error: 'wrong-passphrase', retryAfterMs: 0 };
  const failures = counter.value.failures + 1;
  // Best effort: a full disk must not stop the parent from opening their record.
  await writeTryCounter(db, { failures, lastFailureAt: now });

  const kek = await deriveKey(passphrase, salt, kdf);
  const opened = open(kek, passphraseWrap);
  kek.fill(0);
  if (!opened.ok) return { ok: false, error: 'wrong-passphrase', retryAfterMs: retryDelayMs(failures) };
  await writeTryCounter(db, undefined);
  const vaultKey = asSecretKey(opened.value);

  const target = upgradeTarget(kdf, options);
  if (target !== undefined) await rewrapPassphrase(db, vaultKey, passphrase, target, passphraseWrap);
  return vaultFromKey(db, vaultKey, header.value, 'passphrase');
}

/** Re-wraps with stronger params; skipped if another tab changed the passphrase meanwhile. */
async function rewrapPassphrase(
  db: VaultDb, vaultKey: SecretKey, passphrase: string, params: KdfParams, previousWrap: Uint8Array,
): Promise<void> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKey(passphrase, salt, params);
  const passphraseWrap = seal(kek, vaultKey);
  kek.fill(0);
  // Failure here is harmless: the old wrap still works and the next unlock tries again.
  await updateHeader(db, (h) => (sameBytes(h.passphraseWrap, previousWrap) ? { ...h, kdf: params, salt, passphraseWrap } : undefined));
}

/**
 * Unlocks with the 32-byte recovery key (from recoveryKeyFromWords). The returned vault has
 * mustChangePassphrase set: the caller asks for a new passphrase and calls changePassphrase.
 * No wrong-try delay: guessing a 256-bit key is hopeless, and typos are caught by the checksum word.
 */
export async function unlockWithRecoveryKey(
  db: VaultDb, recoveryKey: SecretKey, options: Pick<UnlockOptions, 'resumeSetup'> = {},
): Promise<VaultResult<UnlockedVault, Exclude<UnlockError, 'weak-params'> | 'wrong-recovery-key'>> {
  const header = await readUsableHeader(db, options.resumeSetup);
  if (!header.ok) return header;
  const opened = open(recoveryKey, header.value.recoveryWrap);
  if (!opened.ok) return fail('wrong-recovery-key');
  return vaultFromKey(db, asSecretKey(opened.value), header.value, 'recovery-key');
}

export interface ChangePassphraseOptions {
  kdfParams?: KdfParams;
  allowWeakParamsForTests?: boolean;
}

/**
 * Sets a new passphrase: a new salt and wrap of the same vault key, written in one
 * transaction with the wrong-try counter cleared. Records are never re-encrypted.
 */
export async function changePassphrase(
  vault: UnlockedVault, newPassphrase: string, options: ChangePassphraseOptions = {},
): Promise<VaultResult<void, 'locked' | 'weak-params' | HeaderError>> {
  const params = parseKdfParams(options.kdfParams ?? DEFAULT_KDF_PARAMS);
  if (params === undefined) throw new VaultBugError('changePassphrase', 'invalid KDF params');
  if (!kdfParamsAllowed(params, options.allowWeakParamsForTests ?? false)) return fail('weak-params');
  if (typeof newPassphrase !== 'string' || newPassphrase.length === 0) {
    throw new VaultBugError('changePassphrase', 'passphrase must be a non-empty string');
  }
  if (vault.isLocked) return fail('locked');
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKey(newPassphrase, salt, params);
  const passphraseWrap = vault.wrapVaultKey(kek);
  kek.fill(0);
  if (passphraseWrap === undefined) return fail('locked');
  const saved = await updateHeader(vault.db, (h) => ({ ...h, kdf: params, salt, passphraseWrap }), { clearTries: true });
  if (saved.ok) vault.mustChangePassphrase = false;
  return saved;
}

/**
 * Replaces the recovery key (lost sheet, or resuming a setup whose key was never shown).
 * The old key stops working once this succeeds. Returns the new key to show once.
 */
export async function rotateRecoveryKey(vault: UnlockedVault): Promise<VaultResult<SecretKey, 'locked' | HeaderError | StorageError>> {
  const recoveryKey = randomKey();
  const recoveryWrap = vault.wrapVaultKey(recoveryKey);
  if (recoveryWrap === undefined) return fail('locked');
  const saved = await updateHeader(vault.db, (h) => ({ ...h, recoveryWrap }));
  if (!saved.ok) {
    recoveryKey.fill(0);
    return saved;
  }
  return ok(recoveryKey);
}
