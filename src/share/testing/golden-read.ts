// Reading golden vector files (tests/fixtures/share/*): bytes are spelled {"$hex": "..."} in JSON,
// keys are named and given as hex. Test-only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asSecretKey, type BoxSecretKey, type SecretKey } from '../../crypto';
import { fromHex } from '../bytes';
import type { DecodeContext } from '../envelope/types';

export const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/share');

/** Undo the fixture's {"$hex": "..."} spelling of bytes. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$hex === 'string' && Object.keys(record).length === 1) return fromHex(record.$hex);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

export function readFixture(dir: string, name: string): Record<string, unknown> {
  return revive(JSON.parse(readFileSync(join(dir, name), 'utf8'))) as Record<string, unknown>;
}

/** The decode context a fixture names: which of its keys is mine, at which time. */
export function fixtureContext(keys: Record<string, string>, now: number, names: Record<string, string>): DecodeContext {
  const key = (field: string) => fromHex(keys[names[field] ?? ''] ?? '');
  const ctx: DecodeContext = { now };
  if (names.myBoxSecretKey) ctx.myBoxSecretKey = key('myBoxSecretKey') as BoxSecretKey;
  if (names.openShareKey) ctx.openShareKey = asSecretKey(key('openShareKey'));
  if (names.vaultKey) ctx.vaultKey = key('vaultKey') as SecretKey;
  return ctx;
}
