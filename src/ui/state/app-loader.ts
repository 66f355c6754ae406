import { vaultStatus, markLocked } from './vault';

type AppModule = typeof import('../../app');

let loading: Promise<AppModule> | undefined;

/**
 * Loads the use cases (vault, crypto, Dexie) in their own chunk, after the first screen
 * has painted, and wires their events to the UI's signals once.
 */
export function loadApp(): Promise<AppModule> {
  loading ??= Promise.all([import('../../app'), import('./autolock')]).then(([app, autolock]) => {
    app.session.onLock(markLocked);
    app.listenToOtherTabs((m) => {
      if (m.type === 'erased') location.assign('/');
      if (m.type === 'setup-changed') void refreshVaultStatus();
    });
    autolock.startAutoLock();
    return app;
  });
  return loading;
}

export async function refreshVaultStatus(): Promise<void> {
  const app = await loadApp();
  if (app.isUnlocked()) {
    vaultStatus.value = 'unlocked';
    return;
  }
  const state = await app.currentVaultState();
  vaultStatus.value = state.ok ? state.value : 'none';
}
