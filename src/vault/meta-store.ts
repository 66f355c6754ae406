// Reading and writing the meta rows (header, PIN wrap, wrong-try counter).
import { fail, ok, type StorageError, type VaultResult } from './errors';
import {
  META_HEADER, META_PASSPHRASE_TRIES, META_PIN, parseHeader, parseTryCounter,
  type PinWrap, type TryCounter, type VaultHeader,
} from './header';
import type { VaultDb } from './schema';
import { guardStorage } from './storage-errors';

export type HeaderError = 'no-vault' | 'damaged-header' | StorageError;

/** The header as stored, whatever its setup state. */
export async function readHeader(db: VaultDb): Promise<VaultResult<VaultHeader, HeaderError>> {
  const read = await guardStorage(() => db.meta.get(META_HEADER));
  if (!read.ok) return read;
  if (read.value === undefined) return fail('no-vault');
  const header = parseHeader(read.value.value);
  return header === undefined ? fail('damaged-header') : ok(header);
}

/** The header, only if setup finished (or the caller is resuming setup). */
export async function readUsableHeader(
  db: VaultDb, resumeSetup = false,
): Promise<VaultResult<VaultHeader, HeaderError | 'setup-incomplete'>> {
  const read = await readHeader(db);
  if (read.ok && !read.value.setupComplete && !resumeSetup) return fail('setup-incomplete');
  return read;
}

/**
 * Reads, changes and writes the header in one transaction. `change` may return undefined to
 * leave it alone (e.g. another tab changed it meanwhile and the change no longer applies).
 */
export async function updateHeader(
  db: VaultDb, change: (current: VaultHeader) => VaultHeader | undefined, options: { clearTries?: boolean } = {},
): Promise<VaultResult<void, HeaderError>> {
  const done = await guardStorage(() => db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(META_HEADER);
    if (row === undefined) return 'no-vault' as const;
    const current = parseHeader(row.value);
    if (current === undefined) return 'damaged-header' as const;
    const next = change(current);
    if (next !== undefined) await db.meta.put({ key: META_HEADER, value: next });
    if (options.clearTries) await db.meta.delete(META_PASSPHRASE_TRIES);
    return 'saved' as const;
  }));
  if (!done.ok) return done;
  return done.value === 'saved' ? ok(undefined) : fail(done.value);
}

export async function readTryCounter(db: VaultDb): Promise<VaultResult<TryCounter, StorageError>> {
  const read = await guardStorage(() => db.meta.get(META_PASSPHRASE_TRIES));
  return read.ok ? ok(parseTryCounter(read.value?.value)) : read;
}

export async function writeTryCounter(db: VaultDb, counter: TryCounter | undefined): Promise<VaultResult<void, StorageError>> {
  return guardStorage(async () => {
    if (counter === undefined) await db.meta.delete(META_PASSPHRASE_TRIES);
    else await db.meta.put({ key: META_PASSPHRASE_TRIES, value: counter });
  });
}

export async function readPinRow(db: VaultDb): Promise<VaultResult<unknown, StorageError>> {
  const read = await guardStorage(() => db.meta.get(META_PIN));
  return read.ok ? ok(read.value?.value) : read;
}

export async function writePin(db: VaultDb, pin: PinWrap | undefined): Promise<VaultResult<void, StorageError>> {
  return guardStorage(async () => {
    if (pin === undefined) await db.meta.delete(META_PIN);
    else await db.meta.put({ key: META_PIN, value: pin });
  });
}

/** Plain comparison: both sides are stored ciphertexts, so timing reveals nothing secret. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
