// Expired received shares leave storage: at every unlock, then on a timer while open. Kept apart
// from receive.ts so that unlocking (which starts the purge) does not load the share codec.
import type { UnlockedVault } from '../vault/index';
import type { AppResult } from './result';
import type { ReceivedShareRecord } from './receive';
import { session } from './session';

export const RECEIVED_SHARE_KIND = 'received-share';
export const RECEIVED_LOG_KIND = 'received-log';
export const PURGE_INTERVAL_MS = 30_000;

/** Deletes every received share whose time is up (its log line stays). Returns how many went. */
export async function purgeExpiredShares(vault: UnlockedVault, now: number): Promise<AppResult<number>> {
  const all = await vault.all<ReceivedShareRecord>(RECEIVED_SHARE_KIND);
  if (!all.ok) return all;
  const expired = all.value.filter((s) => !(s.expiresAt > now));
  if (expired.length === 0) return { ok: true, value: 0 };
  const deleted = await deleteReceivedShares(vault, expired);
  return deleted.ok ? { ok: true, value: expired.length } : deleted;
}

/**
 * Deletes shares and their photos. The share goes first: a photo left behind by a failure names
 * nothing any more, and the sweep of orphaned blobs after the next unlock takes it.
 */
export async function deleteReceivedShares(vault: UnlockedVault, shares: readonly ReceivedShareRecord[]): Promise<AppResult<void>> {
  const deleted = await vault.deleteMany(shares.map((s) => s.id));
  if (!deleted.ok) return deleted;
  for (const blobId of shares.flatMap((s) => (s.photoBlobs ?? []).map((p) => p.blob))) {
    const gone = await vault.deleteBlob(blobId);
    if (!gone.ok) return gone;
  }
  return { ok: true, value: undefined };
}

let purgeTimer: ReturnType<typeof setInterval> | undefined;

/**
 * Purges now and then every PURGE_INTERVAL_MS while the vault is open, so expired shares leave
 * storage even when nobody looks at them. Safe to call from every screen; stops itself on lock.
 */
export function keepPurgingExpiredShares(clock: () => number = Date.now): void {
  const tick = () => {
    const vault = session.vault;
    if (!vault) return stopPurging();
    void purgeExpiredShares(vault, clock());
  };
  tick();
  purgeTimer ??= setInterval(tick, PURGE_INTERVAL_MS);
}

export function stopPurging(): void {
  if (purgeTimer !== undefined) clearInterval(purgeTimer);
  purgeTimer = undefined;
}
session.onLock(stopPurging);

