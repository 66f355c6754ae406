// Builds bench pages from bench/pages/ into their own folder under dist/ (so the vault suite's
// build, which empties __bench__, leaves them alone). Preact for pages that render app screens.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import preact from '@preact/preset-vite';

/** `names`: the pages' base names (`record-bench` for pages/record-bench.html), served at /<folder>/<name>.html. */
export async function buildBenchPages(dist, folder, names) {
  const pages = fileURLToPath(new URL('./pages/', import.meta.url));
  await build({
    configFile: false,
    root: pages,
    base: `/${folder}/`,
    publicDir: false,
    logLevel: 'warn',
    plugins: [preact()],
    define: { __APP_VERSION__: JSON.stringify('bench') },
    build: {
      target: 'es2022',
      outDir: join(dist, folder),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rolldownOptions: { input: Object.fromEntries(names.map((n) => [n, `${pages}${n}.html`])) },
    },
  });
}
