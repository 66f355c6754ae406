/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { CacheFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope;

// The whole app shell and every locale chunk are precached, so after the first
// visit the app opens with no network at all. Nothing is fetched at run time
// from anywhere but our own origin.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// On the very first install, take charge of the open page so it works offline at once.
// Updates still wait: a new worker activates only when the page asks (SKIP_WAITING).
clientsClaim();

// Every in-app address is served by the cached index.html (client-side routes).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// Fonts for scripts a phone may lack (public/fonts) are not precached: each is fetched only
// where the phone has no font of its own, once, and then kept for offline use.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.destination === 'font',
  new CacheFirst({ cacheName: 'ff-fonts' }),
);

// An update waits until the page asks for it (after drafts are saved).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
