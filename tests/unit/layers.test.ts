import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of DESIGN.md §3, checked against the real ESLint config: each case
// is a line that must be refused (or allowed) in a file of that layer.
const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

const refused: Array<[file: string, code: string, rule: string]> = [
  ['src/domain/x.ts', "import nacl from 'tweetnacl';\nexport const a = nacl;", 'no-restricted-imports'],
  ['src/domain/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;", 'no-restricted-imports'],
  ['src/domain/x.ts', "import { h } from 'preact';\nexport const a = h;", 'no-restricted-imports'],
  ['src/domain/x.ts', 'export const a = window.location;', 'no-restricted-globals'],
  ['src/domain/x.ts', "import { seal } from '../crypto/index';\nexport const a = seal;", 'no-restricted-imports'],
  ['src/crypto/x.ts', 'export const a = document.title;', 'no-restricted-globals'],
  ['src/crypto/x.ts', "import { h } from 'preact';\nexport const a = h;", 'no-restricted-imports'],
  ['src/vault/x.ts', "import nacl from 'tweetnacl';\nexport const a = nacl;", 'no-restricted-imports'],
  ['src/share/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;", 'no-restricted-imports'],
  ['src/share/x.ts', "import { openVaultDb } from '../vault/index';\nexport const a = openVaultDb;", 'no-restricted-imports'],
  ['src/app/x.ts', "import { h } from 'preact';\nexport const a = h;", 'no-restricted-imports'],
  ['src/ui/x/y.tsx', "import { seal } from '../../crypto/index';\nexport const a = seal;", 'no-restricted-imports'],
  ['src/ui/x/y.tsx', "import { openVaultDb } from '../../vault/index';\nexport const a = openVaultDb;", 'no-restricted-imports'],
];

const allowed: Array<[file: string, code: string]> = [
  ['src/crypto/x.ts', "import nacl from 'tweetnacl';\nexport const a = nacl;"],
  ['src/vault/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;"],
  ['src/vault/x.ts', "import { seal } from '../crypto/index';\nexport const a = seal;"],
  ['src/ui/x/y.tsx', "import { h } from 'preact';\nexport const a = h;"],
];

describe('layer rules', () => {
  refused.forEach(([file, code, rule], i) =>
    it(`refuses case ${i}: ${file} ${code.split('\n')[0]}`, async () => {
      expect(await ruleIds(file, code)).toContain(rule);
    }),
  );
  allowed.forEach(([file, code], i) =>
    it(`allows case ${i}: ${file} ${code.split('\n')[0]}`, async () => {
      expect(await ruleIds(file, code)).toEqual([]);
    }),
  );
});
