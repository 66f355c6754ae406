import { signal } from '@preact/signals';
import type { LockReason, VaultRole } from '../../app';
import { announcement } from './language';

// Signals only: this module is in the first-screen bundle, so it must not pull in the
// vault, crypto and Dexie. Those arrive with the app chunk (see app-loader.ts).
export type VaultStatus = 'unknown' | 'none' | 'setup-incomplete' | 'locked' | 'unlocked';

export const vaultStatus = signal<VaultStatus>('unknown');
export const vaultRole = signal<VaultRole | undefined>(undefined);
export const mustChangePassphrase = signal(false);
/** Why the app last locked by itself, so the unlock screen can say so. */
export const lastLockReason = signal<LockReason | undefined>(undefined);

export function markUnlocked(role: VaultRole, mustChange: boolean): void {
  vaultRole.value = role;
  mustChangePassphrase.value = mustChange;
  lastLockReason.value = undefined;
  vaultStatus.value = 'unlocked';
}

/** What the UI shows when the app locks, for any reason. */
export function markLocked(reason: LockReason): void {
  lastLockReason.value = reason;
  announcement.value = ''; // a spoken message could name something from the record
  mustChangePassphrase.value = false;
  if (reason === 'erased') {
    vaultStatus.value = 'none';
    vaultRole.value = undefined;
  } else if (vaultStatus.value === 'unlocked') {
    vaultStatus.value = 'locked';
  }
}
