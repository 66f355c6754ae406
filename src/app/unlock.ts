// Unlocking, locking and changing what opens the vault.
import { recoveryKeyFromWords, splitRecoveryWords } from '../crypto/index';
import {
  changePassphrase, disablePin, hasPin, unlockWithPassphrase, unlockWithPin, unlockWithRecoveryKey, type UnlockedVault,
} from '../vault/index';
import { passphraseStrength } from './passphrase-strength';
import type { AppResult } from './result';
import { session, type LockReason, type VaultMode } from './session';
import { RECOVERY_QR_PREFIX } from './setup';
import { keepPurgingExpiredShares } from './received-purge';
import { openWithScreenLock } from './passkey';

export interface Unlocked {
  role: UnlockedVault['role'];
  mustChangePassphrase: boolean;
}

async function opened(vault: UnlockedVault): Promise<AppResult<Unlocked>> {
  // Rows from before keyed row ids move to them now, in one transaction (issue 11). If storage
  // refuses (full), nothing moves and every record still opens where it is; the next unlock tries again.
  const migrated = await vault.migrateRowIds();
  if (!migrated.ok && migrated.error !== 'locked') console.warn('migrateRowIds:', migrated.error);
  session.setVault(vault);
  // Received shares past their expiry leave storage at every unlock, then on a timer.
  keepPurgingExpiredShares();
  return { ok: true, value: { role: vault.role, mustChangePassphrase: vault.mustChangePassphrase } };
}

export async function unlock(passphrase: string, mode: VaultMode = 'real'): Promise<AppResult<Unlocked>> {
  const result = await unlockWithPassphrase(session.db(mode), passphrase);
  return result.ok ? await opened(result.value) : result;
}

export async function unlockPin(pin: string): Promise<AppResult<Unlocked>> {
  const result = await unlockWithPin(session.db('real'), pin);
  return result.ok ? await opened(result.value) : result;
}

/** Opens with the phone's screen lock (a passkey with PRF, app/passkey.ts). */
export async function unlockScreenLock(): Promise<AppResult<Unlocked>> {
  const result = await openWithScreenLock();
  return result.ok ? await opened(result.value) : result;
}

export async function quickPinAvailable(): Promise<boolean> {
  const result = await hasPin(session.db('real'));
  return result.ok && result.value;
}

/** Words typed, pasted or scanned from the recovery sheet's QR code. */
export async function unlockWithRecoveryWords(text: string): Promise<AppResult<Unlocked>> {
  const cleaned = text.startsWith(RECOVERY_QR_PREFIX) ? text.slice(RECOVERY_QR_PREFIX.length) : text;
  const key = recoveryKeyFromWords(splitRecoveryWords(cleaned));
  if (!key.ok) return { ok: false, error: `words-${key.error}`, ...(key.index !== undefined ? { index: key.index } : {}) };
  const result = await unlockWithRecoveryKey(session.db('real'), key.value);
  return result.ok ? await opened(result.value) : result;
}

/** Re-wraps the vault key with a new passphrase; the records are not touched. */
export async function setNewPassphrase(passphrase: string, repeated: string): Promise<AppResult<void>> {
  if (passphrase !== repeated) return { ok: false, error: 'passphrase-mismatch' };
  if (!passphraseStrength(passphrase).acceptable) return { ok: false, error: 'passphrase-too-weak' };
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const changed = await changePassphrase(vault, passphrase);
  if (changed.ok) vault.mustChangePassphrase = false;
  return changed;
}

/** Changing the passphrase from settings asks for the current one first. */
export async function changePassphraseChecked(current: string, next: string, repeated: string): Promise<AppResult<void>> {
  if (!session.vault) return { ok: false, error: 'locked' };
  const check = await unlockWithPassphrase(session.db(), current);
  if (!check.ok) return check;
  check.value.lock(); // only a check: the session keeps its own handle
  return setNewPassphrase(next, repeated);
}

export async function turnOffQuickPin(): Promise<AppResult<void>> {
  return disablePin(session.db('real'));
}

export function lockNow(reason: LockReason = 'user'): void {
  session.lock(reason);
}

export function isUnlocked(): boolean {
  return session.vault !== undefined;
}
