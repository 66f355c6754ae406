// What this device holds: storage use, persistence, and erasing everything.
import { eraseEverything as eraseDatabases } from '../vault/index';
import type { AppResult } from './result';
import { session } from './session';

export interface StorageInfo {
  usedBytes: number | undefined;
  quotaBytes: number | undefined;
  persisted: boolean | undefined;
}

export async function storageInfo(): Promise<StorageInfo> {
  const storage = globalThis.navigator?.storage;
  const estimate = await storage?.estimate?.().catch(() => undefined);
  const persisted = await storage?.persisted?.().catch(() => undefined);
  return { usedBytes: estimate?.usage, quotaBytes: estimate?.quota, persisted };
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistence(): Promise<boolean | undefined> {
  return globalThis.navigator?.storage?.persist?.().catch(() => undefined);
}

export const ERASE_CONFIRMATION_WORD = 'ERASE';

/**
 * Removes every database, cache entry, service worker and saved preference of this app
 * on this device. The caller reloads afterwards.
 */
export async function eraseEverything(): Promise<AppResult<void>> {
  session.lock('erased');
  session.closeDb();
  const erased = await eraseDatabases();
  if (!erased.ok) return erased;
  if ('caches' in globalThis) for (const name of await caches.keys()) await caches.delete(name);
  const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    /* storage blocked: nothing was saved there either */
  }
  return { ok: true, value: undefined };
}
