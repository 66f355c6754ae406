// Builds the benchmark pages into dist/__bench__ after the app build, so they are served
// from the app's origin (same CSP, real IndexedDB) but never enter the service worker precache.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));

export default defineConfig({
  root: pages,
  base: '/__bench__/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../dist/__bench__/', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rolldownOptions: { input: { 'vault-bench': `${pages}vault-bench.html` } },
  },
});
