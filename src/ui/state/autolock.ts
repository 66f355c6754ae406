import { effect, signal } from '@preact/signals';
import { DEFAULT_SETTINGS, HIDDEN_LOCK_MS, loadSettings, lockNow, tellOtherTabs } from '../../app';
import { vaultStatus } from './vault';

export const autoLockMinutes = signal(DEFAULT_SETTINGS.autoLockMinutes);

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/** Locks after the parent's idle time, and after the app was in the background a while. */
export function startAutoLock(): void {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenAt: number | undefined;
  const lock = (reason: 'idle' | 'hidden') => {
    if (vaultStatus.value !== 'unlocked') return;
    lockNow(reason);
    tellOtherTabs({ type: 'locked' });
  };
  const arm = () => {
    clearTimeout(idleTimer);
    if (vaultStatus.value === 'unlocked') idleTimer = setTimeout(() => lock('idle'), autoLockMinutes.value * 60_000);
  };
  for (const type of ACTIVITY) document.addEventListener(type, arm, { passive: true, capture: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      // Background timers may be slowed, so the return check below is the backstop.
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => lock('hidden'), HIDDEN_LOCK_MS);
      return;
    }
    if (hiddenAt !== undefined && Date.now() - hiddenAt >= HIDDEN_LOCK_MS) lock('hidden');
    hiddenAt = undefined;
    arm();
  });
  effect(() => {
    if (vaultStatus.value === 'unlocked') void loadSettings().then((s) => (autoLockMinutes.value = s.autoLockMinutes));
  });
  effect(() => {
    void autoLockMinutes.value;
    arm();
  });
}
