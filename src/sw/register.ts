import { signal } from '@preact/signals';

export type OfflineStatus = 'unsupported' | 'installing' | 'ready';
export const offlineStatus = signal<OfflineStatus>('installing');
export const updateWaiting = signal(false);

type BeforeUpdate = () => Promise<void>;
const beforeUpdate = new Set<BeforeUpdate>();

/** Screens with unsaved drafts register a saver; updates wait for every saver. */
export function onBeforeUpdate(save: BeforeUpdate): () => void {
  beforeUpdate.add(save);
  return () => beforeUpdate.delete(save);
}

let applyUpdateImpl: (() => void) | undefined;
/** Set once the parent pressed "Update now" in this tab: only then may a new controller reload it. */
let updateChosen = false;

/** Saves every registered draft, then lets the new version take over (which reloads the page). */
export async function applyUpdate(): Promise<void> {
  // A saver that fails (say, the vault locked meanwhile) must not hold the update back.
  await Promise.allSettled([...beforeUpdate].map((save) => save()));
  updateChosen = true;
  applyUpdateImpl?.();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) {
    offlineStatus.value = 'unsupported';
    return;
  }
  // workbox-window is small but not needed for the first paint.
  void import('workbox-window').then(({ Workbox }) => {
    const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    wb.addEventListener('waiting', () => {
      updateWaiting.value = true;
    });
    // Reload only after the parent chose to update: never over their work. This listens to the
    // browser itself, not Workbox's 'controlling': Workbox stays silent when the new version was
    // found in the same visit as the first install (it counts it as an "external" worker).
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (updateChosen) location.reload();
    });
    applyUpdateImpl = () => wb.messageSkipWaiting();
    void wb
      .register()
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        offlineStatus.value = 'ready';
      })
      .catch(() => {
        offlineStatus.value = 'unsupported';
      });
  });
}
