// The CM1 primers are published beside the spec (docs/primers/, for readers who never see our
// code). The code builds them from frozen modules; this test keeps the two byte-identical, and
// the spec's table (length, SHA-512 prefix) in step with both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hash } from '../../crypto';
import { toHex } from '../bytes';
import { PRIMER_IDS, primerBytes } from './primers';

const DOCS = join(import.meta.dirname, '../../../docs');
const sums = new Map(
  readFileSync(join(DOCS, 'primers/SHA512SUMS'), 'utf8').trim().split('\n').map((line) => {
    const [digest, name] = line.split(/\s+/);
    return [name, digest] as const;
  }),
);
const spec = readFileSync(join(DOCS, 'share-format.md'), 'utf8');

describe('published CM1 primers', () => {
  it('SHA512SUMS lists exactly the five primers', () => {
    expect([...sums.keys()].sort()).toEqual(PRIMER_IDS.map((id) => `primer-${id}.bin`));
  });

  PRIMER_IDS.forEach((id) => {
    it(`primer ${id}: docs/primers/primer-${id}.bin is the code's primer, with the listed SHA-512 and the spec's figures`, () => {
      const published = new Uint8Array(readFileSync(join(DOCS, `primers/primer-${id}.bin`)));
      const code = primerBytes(id);
      expect(published.length).toBe(code.length);
      expect(toHex(published) === toHex(code)).toBe(true);
      const digest = toHex(hash(published));
      expect(sums.get(`primer-${id}.bin`)).toBe(digest);
      const row = new RegExp(`^\\| ${id} \\| .* \\| ${published.length.toLocaleString('en')} \\| \`${digest.slice(0, 32)}\` \\|$`, 'm');
      expect(spec).toMatch(row);
    });
  });
});
