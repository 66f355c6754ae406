import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layer arrows of docs/architecture.md (which layer imports which, libraries included) are
// checked on the module graph by dependency-cruiser (.dependency-cruiser.cjs). ESLint adds what a
// graph cannot see: browser globals in the layers that must run without a browser, and a few
// type-aware rules.
const browserGlobals = [
  'window', 'self', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'indexedDB', 'caches',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'alert', 'confirm', 'prompt',
];
const noBrowser = browserGlobals.map((name) => ({ name, message: 'This layer runs without a browser: no browser globals.' }));

export default tseslint.config(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'bench/results.json', 'tests/e2e/.out/**', 'tests/layer-probes/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules, where they are cheap: a forgotten promise loses errors silently.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // domain, crypto, share and vault: no browser globals (the vault reaches IndexedDB through Dexie).
    files: ['src/domain/**/*.ts', 'src/crypto/**/*.ts', 'src/share/**/*.ts', 'src/vault/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', ...noBrowser] },
  },
);
