import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Dev serves styles through injected <style> tags, which our CSP forbids; the
// production build keeps the policy.
const dropCspInDev = {
  name: 'drop-csp-in-dev',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022', sourcemap: false, assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Without this, code the inbox and the write-back screen share is hoisted into the chunk
          // every unlock loads. Only these modules, not what they import (that may be shared).
          includeDependenciesRecursively: false,
          groups: [{ name: 'contributions', test: /src\/(domain\/contribution\/|app\/(inbox|contribute)\.ts|ui\/inbox\/)/ }],
        },
      },
    },
  },
  plugins: [
    preact(),
    dropCspInDev,
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false, // we register with workbox-window ourselves (src/sw/register.ts)
      manifest: false, // public/manifest.webmanifest is the source of truth
      injectManifest: {
        // The shell, every locale chunk and the icons; lazy feature chunks too, so
        // every screen works offline after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
});
