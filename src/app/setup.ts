// Setting up a vault: create it, show the recovery key once, check the parent kept it,
// and only then mark setup complete. A setup left half way is resumed or discarded.
import { RECOVERY_WORD_COUNT, recoveryKeyToWords, type SecretKey } from '../crypto/index';
import {
  completeSetup, createVault, databaseExists, discardIncompleteSetup, enablePin, eraseEverything, otherVaultDbName, rotateRecoveryKey, unlockWithPassphrase, vaultState,
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
  if (!(await databaseExists(await session.findRealDb()))) return { ok: true, value: 'none' };
  return vaultState(session.db('real'));
}

/** The setup steps after the vault exists, in order; a resumed setup starts at the one saved. */
export type SetupStep = 'pin' | 'sheet' | 'confirm';
const SETUP_STEPS: readonly SetupStep[] = ['pin', 'sheet', 'confirm'];

/**
 * Kept (encrypted, like every record) only until setup finishes: the recovery words shown, so a
 * resumed setup shows the very same words the parent may already have printed, and the step reached.
 */
interface SetupProgress {
  id: typeof SETUP_PROGRESS_ID;
  kind: 'setup-progress';
  words: string[];
  step: SetupStep;
}
const SETUP_PROGRESS_ID = 'setup-progress';

async function saveProgress(words: string[], step: SetupStep): Promise<AppResult<void>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  return vault.put<SetupProgress>({ id: SETUP_PROGRESS_ID, kind: 'setup-progress', words, step });
}

/** Remembers the step the parent has reached, so closing the app mid-setup resumes there. */
export async function setupReached(sheet: RecoverySheet, step: SetupStep): Promise<AppResult<void>> {
  return saveProgress(sheet.words, step);
}

export async function beginSetup(role: VaultRole, passphrase: string): Promise<AppResult<RecoverySheet>> {
  if (!passphraseStrength(passphrase).acceptable) return { ok: false, error: 'passphrase-too-weak' };
  const created = await createVault(session.db('real'), { passphrase, role });
  if (!created.ok) return created;
  session.setVault(created.value.vault);
  // A restore stopped half way may have left sealed rows in the other database: nothing can open
  // them (no header), and setting up instead means they will never be used. Best effort.
  await eraseEverything([otherVaultDbName(session.realDbName)]);
  const sheet = sheetFor(created.value.recoveryKey, Date.now());
  const kept = await saveProgress(sheet.words, 'pin');
  if (!kept.ok) return kept;
  return { ok: true, value: sheet };
}

export interface ResumedSetup {
  sheet: RecoverySheet;
  role: VaultRole;
  /** Where the parent left off. */
  step: SetupStep;
  /**
   * True only when the words shown before could not be found (a setup begun by an older
   * version): a new key was made, and any sheet printed before must be destroyed.
   */
  replacedSheet: boolean;
}

/**
 * Reopens a setup that was interrupted. The recovery key shown before stays the key until the
 * parent confirms it: the same words come back, at the step where the parent left.
 */
export async function resumeSetup(passphrase: string): Promise<AppResult<ResumedSetup>> {
  const db = session.db('real');
  const opened = await unlockWithPassphrase(db, passphrase, { resumeSetup: true });
  if (!opened.ok) return 'retryAfterMs' in opened ? { ok: false, error: opened.error, retryAfterMs: opened.retryAfterMs } : opened;
  const vault = opened.value;
  session.setVault(vault);
  const progress = await vault.get<SetupProgress>(SETUP_PROGRESS_ID);
  if (progress.ok && validProgress(progress.value)) {
    const { words, step } = progress.value;
    return { ok: true, value: { sheet: { words, qrText: RECOVERY_QR_PREFIX + words.join(' '), createdAt: Date.now() }, role: vault.role, step, replacedSheet: false } };
  }
  const key = await rotateRecoveryKey(vault);
  if (!key.ok) return key;
  const sheet = sheetFor(key.value, Date.now());
  const kept = await saveProgress(sheet.words, 'sheet');
  if (!kept.ok) return kept;
  return { ok: true, value: { sheet, role: vault.role, step: 'sheet', replacedSheet: true } };
}

function validProgress(p: SetupProgress): boolean {
  return Array.isArray(p.words) && p.words.length === RECOVERY_WORD_COUNT && p.words.every((w) => typeof w === 'string')
    && SETUP_STEPS.includes(p.step);
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
  if (!done.ok) return done;
  // The words leave the device with setup: from now on only the parent's sheet holds them.
  await vault.delete(SETUP_PROGRESS_ID);
  // Ask the browser not to evict the record under storage pressure; settings shows the answer.
  void requestPersistence();
  return done;
}
