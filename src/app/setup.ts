// Setting up a vault: create it, show the recovery key once, check the parent kept it,
// and only then mark setup complete. A setup left half way is resumed or discarded.
import { RECOVERY_WORD_COUNT, recoveryKeyToWords, type SecretKey } from '../crypto/index';
import {
  completeSetup, createVault, databaseExists, discardIncompleteSetup, VAULT_DB_NAME, enablePin, rotateRecoveryKey, unlockWithPassphrase, vaultState,
  type VaultRole, type VaultState,
} from '../vault/index';
import { session } from './session';
import { passphraseStrength } from './passphrase-strength';
import type { AppResult } from './result';
import { requestPersistence } from './device';

export interface RecoverySheet {
  words: string[];
  /** Text of the recovery QR code: the words, so any QR reader shows something a person can type. */
  qrText: string;
  createdAt: number;
}

export const RECOVERY_QR_PREFIX = 'FFRK1 ';
const CONFIRM_COUNT = 3;

function sheetFor(recoveryKey: SecretKey, now: number): RecoverySheet {
  const words = recoveryKeyToWords(recoveryKey);
  recoveryKey.fill(0);
  return { words, qrText: RECOVERY_QR_PREFIX + words.join(' '), createdAt: now };
}

export async function currentVaultState(): Promise<AppResult<VaultState>> {
  // A device that never set up has no database; asking must not create one.
  if (!(await databaseExists(VAULT_DB_NAME))) return { ok: true, value: 'none' };
  return vaultState(session.db('real'));
}

export async function beginSetup(role: VaultRole, passphrase: string): Promise<AppResult<RecoverySheet>> {
  if (!passphraseStrength(passphrase).acceptable) return { ok: false, error: 'passphrase-too-weak' };
  const created = await createVault(session.db('real'), { passphrase, role });
  if (!created.ok) return created;
  session.setVault(created.value.vault);
  return { ok: true, value: sheetFor(created.value.recoveryKey, Date.now()) };
}

/** Reopens a setup that was interrupted, with a fresh recovery key (the old one was never confirmed). */
export async function resumeSetup(passphrase: string): Promise<AppResult<{ sheet: RecoverySheet; role: VaultRole }>> {
  const db = session.db('real');
  const opened = await unlockWithPassphrase(db, passphrase, { resumeSetup: true });
  if (!opened.ok) return 'retryAfterMs' in opened ? { ok: false, error: opened.error, retryAfterMs: opened.retryAfterMs } : opened;
  session.setVault(opened.value);
  const key = await rotateRecoveryKey(opened.value);
  if (!key.ok) return key;
  return { ok: true, value: { sheet: sheetFor(key.value, Date.now()), role: opened.value.role } };
}

export async function startSetupAgain(): Promise<AppResult<void>> {
  session.lock('user');
  return discardIncompleteSetup(session.db('real'));
}

export async function turnOnQuickPin(pin: string): Promise<AppResult<void>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  return enablePin(vault, pin);
}

/** Which words (1-based positions) the parent must type back, chosen at random. */
export function positionsToConfirm(random: () => number = Math.random): number[] {
  const picked = new Set<number>();
  while (picked.size < CONFIRM_COUNT) picked.add(1 + Math.floor(random() * RECOVERY_WORD_COUNT));
  return [...picked].sort((a, b) => a - b);
}

/** Positions whose typed word does not match (empty when all match). */
export function wrongConfirmations(sheet: RecoverySheet, answers: ReadonlyMap<number, string>): number[] {
  return [...answers].filter(([pos, typed]) => sheet.words[pos - 1] !== typed.trim().toLowerCase()).map(([pos]) => pos);
}

export async function finishSetup(): Promise<AppResult<void>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const done = await completeSetup(vault);
  // Ask the browser not to evict the record under storage pressure; settings shows the answer.
  if (done.ok) void requestPersistence();
  return done;
}
