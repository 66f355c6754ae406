// Parent's settings that belong to the record: kept encrypted in the vault.
import { session } from './session';
import type { AppResult } from './result';

export interface VaultSettings {
  id: 'settings';
  kind: 'settings';
  autoLockMinutes: number;
}

export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_SETTINGS: VaultSettings = { id: 'settings', kind: 'settings', autoLockMinutes: 5 };
/** Locks when the app has been in the background this long, whatever the idle setting. */
export const HIDDEN_LOCK_MS = 60_000;

export async function loadSettings(): Promise<VaultSettings> {
  const vault = session.vault;
  if (!vault) return DEFAULT_SETTINGS;
  const stored = await vault.get<VaultSettings>('settings');
  if (!stored.ok) return DEFAULT_SETTINGS;
  const minutes = stored.value.autoLockMinutes;
  return (AUTO_LOCK_CHOICES as readonly number[]).includes(minutes) ? stored.value : DEFAULT_SETTINGS;
}

export async function saveSettings(settings: VaultSettings): Promise<AppResult<void>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  return vault.put(settings);
}
