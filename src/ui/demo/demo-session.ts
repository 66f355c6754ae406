// Opening and leaving the demo from the UI: the lock-state signals follow the demo vault,
// and any lock (idle, hidden, another tab) ends the demo, since there is nothing to unlock.
import { discardLeftoverDemo, leaveDemo, openDemo } from '../../app/demo';
import type { AppResult, StoredChild } from '../../app';
import { loadApp, refreshVaultStatus } from '../state/app-loader';
import { markUnlocked } from '../state/vault';
import { demoOpen } from './demo-state';

let wired = false;
/** A leftover-demo clean-up in flight; a new demo waits for it so it cannot wipe the new one. */
let tidying: Promise<unknown> = Promise.resolve();

async function wire(): Promise<void> {
  const app = await loadApp();
  if (wired) return;
  wired = true;
  app.session.onLock(() => {
    if (!demoOpen.value) return;
    demoOpen.value = false;
    void leaveDemo().then(() => refreshVaultStatus());
  });
}

export async function startDemo(observations?: number): Promise<AppResult<StoredChild[]>> {
  await wire();
  await tidying;
  demoOpen.value = false;
  const opened = await openDemo(observations === undefined ? {} : { observations });
  if (!opened.ok) {
    await refreshVaultStatus();
    return opened;
  }
  demoOpen.value = true;
  markUnlocked('parent', false);
  return { ok: true, value: opened.value.children };
}

export async function endDemo(): Promise<AppResult<void>> {
  demoOpen.value = false;
  const left = await leaveDemo();
  await refreshVaultStatus();
  return left;
}

/** A demo database left from a closed tab is wiped when the first screens show. */
export function tidyLeftoverDemo(): Promise<unknown> {
  tidying = loadApp().then(() => discardLeftoverDemo());
  return tidying;
}
