// Slowing down repeated wrong passphrases. The counter is kept in meta, in clear: it says how
// many wrong tries happened, not anything about the child, and it must be readable while locked.
import type { TryCounter } from './header';

/** Wrong tries allowed before any waiting starts. */
export const FREE_TRIES = 3;
export const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/** Wait required after `failures` wrong tries in a row: 0, 0, 0, 2 s, 4 s, 8 s … capped at 5 min. */
export function retryDelayMs(failures: number): number {
  if (failures <= FREE_TRIES) return 0;
  const doublings = failures - FREE_TRIES - 1;
  // 2^20 × 2 s is far past the cap; stop early so the number never overflows.
  return doublings >= 20 ? MAX_DELAY_MS : Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_DELAY_MS);
}

/**
 * Milliseconds left before the next try is allowed (0 = now). A clock set backwards cannot
 * stretch the wait beyond one full delay.
 */
export function retryAfterMs(counter: TryCounter, now: number): number {
  const delay = retryDelayMs(counter.failures);
  if (delay === 0) return 0;
  const elapsed = Math.max(0, now - counter.lastFailureAt);
  return Math.max(0, delay - elapsed);
}
