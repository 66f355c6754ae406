import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Layer rules from DESIGN.md §3: dependencies point inward.
const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'indexedDB'];
const noBrowser = browserGlobals.map((name) => ({ name, message: 'This layer is pure: no browser globals.' }));
const uiLibs = [
  { group: ['preact', 'preact/*', 'preact-iso', '@preact/*'], message: 'UI libraries belong in src/ui.' },
];
const nacl = { group: ['tweetnacl', 'tweetnacl/*', 'hash-wasm', '@noble/*'], message: 'Only src/crypto imports tweetnacl and the KDF.' };
const dexie = { group: ['dexie', 'dexie/*'], message: 'Only src/vault imports Dexie.' };

export default tseslint.config(
  { ignores: ['dist/**', 'dev-dist/**', 'node_modules/**', 'bench/results.json', 'tests/e2e/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [nacl, dexie] }],
    },
  },
  {
    // The pure layers: no browser globals (their imports are limited just below).
    files: ['src/domain/**/*.ts', 'src/crypto/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', ...noBrowser] },
  },
  {
    files: ['src/crypto/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibs, dexie,
        { group: ['../vault/*', '../share/*', '../app/*', '../ui/*', '../i18n/*', '../domain/*'], message: 'crypto depends on nothing of ours.' }] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibs, dexie, nacl,
        { group: ['../vault/*', '../share/*', '../app/*', '../ui/*', '../i18n/*', '../crypto/*'], message: 'domain is pure and depends on nothing of ours.' }] }],
    },
  },
  {
    files: ['src/vault/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiLibs, nacl, { group: ['../share/*', '../app/*', '../ui/*'], message: 'vault does not import share, app or ui.' }] }] },
  },
  {
    files: ['src/share/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiLibs, nacl, dexie, { group: ['../vault/*', '../app/*', '../ui/*'], message: 'share does not import vault, app or ui.' }] }] },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...uiLibs, nacl, dexie, { group: ['../ui/*'], message: 'app does not import ui.' }] }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nacl, dexie, { group: ['../../vault/*', '../../crypto/*', '../vault/*', '../crypto/*'], message: 'ui calls src/app, not the vault or crypto.' }] }] },
  },
);
