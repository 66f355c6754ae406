// Quick unlock with a PIN on this device.
//
// Honest limits: a PIN has few possible values. The 5-try limit below stops someone tapping
// at the lock screen, but anyone who copies the browser's storage can try every PIN offline
// against the PIN wrap; Argon2id only makes each guess slower. The passphrase and recovery
// key stay the strong way in, and the UI must say that a PIN is weaker.
import { asSecretKey, DEFAULT_KDF_PARAMS, deriveKey, open, randomBytes, seal, type KdfParams } from '../crypto/index';
import { fail, ok, VaultBugError, type StorageError, type VaultResult } from './errors';
import { parsePinWrap, SALT_BYTES, type PinWrap } from './header';
import { kdfParamsAllowed, parseKdfParams } from './kdf-policy';
import { readHeader, readPinRow, readUsableHeader, writePin, type HeaderError } from './meta-store';
import type { VaultDb } from './schema';
import { upgradeTarget, vaultFromKey, type UnlockError, type UnlockOptions } from './unlock';
import type { UnlockedVault } from './unlocked-vault';

export const MAX_PIN_ATTEMPTS = 5;
/**
 * The shortest PIN that can be set (issue 11): 10^6 guesses at about 0.45 s each is some five days
 * of one computer's time for whoever copies the storage, not the 75 minutes of four digits.
 */
export const MIN_PIN_LENGTH = 6;
/** PINs set before the minimum rose still open their vault: nobody is locked out by an update. */
const SHORTEST_PIN_EVER_SET = 4;

export interface EnablePinOptions {
  kdfParams?: KdfParams;
  allowWeakParamsForTests?: boolean;
}

/** Wraps the vault key with a key derived from the PIN (its own salt). Replaces any old PIN. */
export async function enablePin(
  vault: UnlockedVault, pin: string, options: EnablePinOptions = {},
): Promise<VaultResult<void, 'locked' | 'pin-too-short' | 'weak-params' | HeaderError>> {
  const params = parseKdfParams(options.kdfParams ?? DEFAULT_KDF_PARAMS);
  if (params === undefined) throw new VaultBugError('enablePin', 'invalid KDF params');
  if (!kdfParamsAllowed(params, options.allowWeakParamsForTests ?? false)) return fail('weak-params');
  if (typeof pin !== 'string') throw new VaultBugError('enablePin', 'pin must be a string');
  if ([...pin.normalize('NFC')].length < MIN_PIN_LENGTH) return fail('pin-too-short');
  if (vault.isLocked) return fail('locked');
  // A PIN only makes sense beside an existing vault header.
  const header = await readHeader(vault.db);
  if (!header.ok) return header;
  const salt = randomBytes(SALT_BYTES);
  const kek = await deriveKey(pin, salt, params);
  const wrap = vault.wrapVaultKey(kek);
  kek.fill(0);
  if (wrap === undefined) return fail('locked');
  return writePin(vault.db, { kdf: params, salt, wrap, failedAttempts: 0 });
}

export async function disablePin(db: VaultDb): Promise<VaultResult<void, StorageError>> {
  return writePin(db, undefined);
}

/** Whether the lock screen should offer the PIN pad. */
export async function hasPin(db: VaultDb): Promise<VaultResult<boolean, StorageError>> {
  const row = await readPinRow(db);
  return row.ok ? ok(parsePinWrap(row.value) !== undefined) : row;
}

export type PinUnlockResult =
  | { ok: true; value: UnlockedVault }
  | { ok: false; error: UnlockError | 'pin-not-set' | 'pin-disabled' }
  | { ok: false; error: 'wrong-pin'; attemptsLeft: number };

/**
 * Unlocks with the PIN. Each try is counted before the KDF runs; the fifth wrong PIN in a row
 * deletes the PIN wrap ('pin-disabled'), after which only the passphrase or recovery key opens.
 */
export async function unlockWithPin(db: VaultDb, pin: string, options: UnlockOptions = {}): Promise<PinUnlockResult> {
  const header = await readUsableHeader(db);
  if (!header.ok) return header;
  const row = await readPinRow(db);
  if (!row.ok) return row;
  if (row.value === undefined) return fail('pin-not-set');
  const stored = parsePinWrap(row.value);
  if (stored === undefined || stored.failedAttempts >= MAX_PIN_ATTEMPTS) {
    const removed = await writePin(db, undefined);
    return removed.ok ? fail('pin-disabled') : removed;
  }
  if (!kdfParamsAllowed(stored.kdf, options.allowWeakParamsForTests ?? false)) return fail('weak-params');
  // Too short to be any PIN we ever accepted (a slip of the finger): answer without spending a try.
  if (typeof pin !== 'string' || [...pin.normalize('NFC')].length < SHORTEST_PIN_EVER_SET) {
    return { ok: false, error: 'wrong-pin', attemptsLeft: MAX_PIN_ATTEMPTS - stored.failedAttempts };
  }
  const failedAttempts = stored.failedAttempts + 1;
  const counted = await writePin(db, { ...stored, failedAttempts });
  // Unlike the passphrase, a PIN try that cannot be counted is refused: the limit is its safety.
  if (!counted.ok) return counted;

  const kek = await deriveKey(pin, stored.salt, stored.kdf);
  const opened = open(kek, stored.wrap);
  kek.fill(0);
  if (!opened.ok) {
    if (failedAttempts < MAX_PIN_ATTEMPTS) return { ok: false, error: 'wrong-pin', attemptsLeft: MAX_PIN_ATTEMPTS - failedAttempts };
    const removed = await writePin(db, undefined);
    return removed.ok ? fail('pin-disabled') : removed;
  }
  const vaultKey = asSecretKey(opened.value);
  const target = upgradeTarget(stored.kdf, options);
  let next: PinWrap = { ...stored, failedAttempts: 0 };
  if (target !== undefined) {
    const salt = randomBytes(SALT_BYTES);
    const strongerKek = await deriveKey(pin, salt, target);
    next = { kdf: target, salt, wrap: seal(strongerKek, vaultKey), failedAttempts: 0 };
    strongerKek.fill(0);
  }
  await writePin(db, next);
  return vaultFromKey(db, vaultKey, header.value, 'pin');
}
