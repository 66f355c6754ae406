import { signal } from '@preact/signals';
import {
  currentVaultState, isUnlocked, listenToOtherTabs, session, type LockReason, type VaultRole,
} from '../../app';

export type VaultStatus = 'unknown' | 'none' | 'setup-incomplete' | 'locked' | 'unlocked';

export const vaultStatus = signal<VaultStatus>('unknown');
export const vaultRole = signal<VaultRole | undefined>(undefined);
export const mustChangePassphrase = signal(false);
/** Why the app last locked by itself, so the unlock screen can say so. */
export const lastLockReason = signal<LockReason | undefined>(undefined);

export async function refreshVaultStatus(): Promise<VaultStatus> {
  if (isUnlocked()) return (vaultStatus.value = 'unlocked');
  const state = await currentVaultState();
  vaultStatus.value = state.ok ? state.value : 'none';
  return vaultStatus.value;
}

export function markUnlocked(role: VaultRole, mustChange: boolean): void {
  vaultRole.value = role;
  mustChangePassphrase.value = mustChange;
  lastLockReason.value = undefined;
  vaultStatus.value = 'unlocked';
}

// Every lock, from any cause, empties what the UI shows.
session.onLock((reason) => {
  lastLockReason.value = reason;
  mustChangePassphrase.value = false;
  if (reason === 'erased') {
    vaultStatus.value = 'none';
    vaultRole.value = undefined;
  } else if (vaultStatus.value === 'unlocked') {
    vaultStatus.value = 'locked';
  }
});

listenToOtherTabs((m) => {
  if (m.type === 'erased') location.assign('/');
  if (m.type === 'setup-changed') void refreshVaultStatus();
});
