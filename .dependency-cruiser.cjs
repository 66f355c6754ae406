// The layer arrows of docs/architecture.md, checked on the real module graph: nested folders,
// bare folder imports ('../vault' → vault/index.ts), re-exports and dynamic import() all count,
// because dependency-cruiser resolves every import the way the bundler does.
//
// Paths are matched as "(^|/)src/<layer>/" so that the probe fixtures in tests/layer-probes
// (a small src/ tree of forbidden imports) are judged by the very same rules.
// tests/unit/layers.test.ts runs both: src must be clean, and every probe must be refused.

const layer = (name) => `(^|/)src/${name}/`;
const ours = (...names) => `(^|/)src/(${names.join('|')})/`;
// Tests may reach across layers to set things up; the rules are for what ships.
const notTests = '\\.test\\.tsx?$|/testing/';
const pkg = (...names) => `(^|/)node_modules/(${names.join('|')})/`;

/** One rule: files of `from` must not depend on anything matching `to`. */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: notTests },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid('domain-is-pure', 'domain depends on nothing of ours and no library.',
      layer('domain'), `${ours('crypto', 'vault', 'share', 'i18n', 'app', 'ui', 'sw')}|(^|/)node_modules/`),
    forbid('crypto-stands-alone', 'crypto depends on nothing of ours; of libraries only tweetnacl and hash-wasm.',
      layer('crypto'), `${ours('domain', 'vault', 'share', 'i18n', 'app', 'ui', 'sw')}|(^|/)node_modules/(?!(tweetnacl|hash-wasm)/)`),
    forbid('vault-below-app', 'vault may use crypto, domain and Dexie only.',
      layer('vault'), `${ours('share', 'i18n', 'app', 'ui', 'sw')}|(^|/)node_modules/(?!(dexie)/)`),
    forbid('share-below-app', 'share may use crypto, domain and fflate only; never the vault.',
      layer('share'), `${ours('vault', 'i18n', 'app', 'ui', 'sw')}|(^|/)node_modules/(?!(fflate)/)`),
    forbid('i18n-below-app', 'i18n may use i18next only.',
      layer('i18n'), `${ours('crypto', 'vault', 'share', 'app', 'ui', 'sw')}|(^|/)node_modules/(?!(i18next)/)`),
    forbid('app-has-no-ui', 'app holds the use cases: no ui, no service worker, and no Preact, Dexie or crypto library directly.',
      layer('app'), `${ours('ui', 'sw')}|${pkg('preact', 'preact-iso', '@preact', 'dexie', 'tweetnacl', 'hash-wasm')}`),
    forbid('ui-calls-app', 'ui reaches storage and keys only through app.',
      layer('ui'), `${ours('vault', 'crypto', 'share')}|${pkg('dexie', 'tweetnacl', 'hash-wasm', 'fflate')}`),
    forbid('sw-stands-alone', 'the service worker code uses Workbox and nothing of ours.',
      layer('sw'), `${ours('domain', 'crypto', 'vault', 'share', 'i18n', 'app', 'ui')}`),
    {
      name: 'no-circular-layers',
      comment: 'No import cycle between files of different layers.',
      severity: 'error',
      from: { path: '(^|/)src/([^/]+)/', pathNot: notTests },
      to: { circular: true, pathNot: '(^|/)src/$2/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dev-dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    moduleSystems: ['es6'],
  },
};
