import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer arrows of docs/architecture.md. Imports are judged by dependency-cruiser on the
// module graph (.dependency-cruiser.cjs); browser globals by ESLint (eslint.config.js).
const root = new URL('../../', import.meta.url).pathname;
const probes = join(root, 'tests/layer-probes/src');

interface Violation { from: string; to: string; rule: string }

function cruise(path: string): Violation[] {
  const bin = join(root, 'node_modules/.bin/depcruise');
  let out: string;
  try {
    out = execFileSync(bin, [path, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    // depcruise exits non-zero when it finds violations; the report is still on stdout.
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: Array<{ from: string; to: string; rule: { name: string } }> } };
  return report.summary.violations.map((v) => ({ from: v.from, to: v.to, rule: v.rule.name }));
}

function probeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return probeFiles(path);
    return readFileSync(path, 'utf8').startsWith('// Layer probe:') ? [relative(root, path)] : [];
  });
}

describe('layer rules: imports (dependency-cruiser)', () => {
  it('src follows every arrow', () => {
    expect(cruise('src')).toEqual([]);
  }, 60_000);

  const files = probeFiles(probes);
  it('has probes for nested folders, bare paths, dynamic imports, re-exports, i18n and sw', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const layer of ['domain', 'crypto', 'vault', 'share', 'i18n', 'app', 'ui', 'sw']) {
      expect(files.some((f) => f.includes(`/src/${layer}/`)), layer).toBe(true);
    }
  });

  it('refuses every probe', () => {
    const violations = cruise('tests/layer-probes/src');
    const refused = new Set(violations.map((v) => v.from));
    expect(files.filter((f) => !refused.has(f))).toEqual([]);
    // The stand-in modules the probes import are not themselves refused.
    expect([...refused].filter((f) => !files.includes(f))).toEqual([]);
  }, 60_000);
});

// Browser globals: each line must be refused in a file of that layer, at any depth.
// The probe files do not exist on disk, so the type-aware rules (which need a real file in the
// TypeScript project) are switched off here; the globals rule needs no types.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  }],
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

const refusedGlobals: Array<[file: string, code: string]> = [
  ['src/domain/x.ts', 'export const a = window.location;'],
  ['src/domain/record/deep/x.ts', 'export const a = localStorage.getItem("k");'],
  ['src/crypto/x.ts', 'export const a = document.title;'],
  ['src/share/v1/x.ts', 'export const a = navigator.language;'],
  ['src/share/x.ts', 'export const a = fetch("/x");'],
  ['src/vault/x.ts', 'export const a = indexedDB.open("x");'],
  ['src/vault/deep/x.ts', 'export const a = self.location;'],
];

const allowedGlobals: Array<[file: string, code: string]> = [
  ['src/ui/x/y.ts', 'export const a = document.title;'],
  ['src/app/x.ts', 'export const a = navigator.onLine;'],
  ['src/domain/x.test.ts', 'export const a = globalThis.crypto;'],
];

describe('layer rules: browser globals (ESLint)', () => {
  refusedGlobals.forEach(([file, code]) =>
    it(`refuses ${file}: ${code}`, async () => {
      expect(await ruleIds(file, code)).toContain('no-restricted-globals');
    }),
  );
  allowedGlobals.forEach(([file, code]) =>
    it(`allows ${file}: ${code}`, async () => {
      expect(await ruleIds(file, code)).toEqual([]);
    }),
  );
});
