// Quick unlock with the phone's own screen lock (issue 11, item 6): a passkey made on this
// device with the WebAuthn PRF extension. The authenticator returns a secret (the PRF output)
// only after the phone's fingerprint, face or screen PIN, and that secret wraps the vault key.
// A copy of the browser's storage holds only the wrap and the PRF input: without this device's
// authenticator there is nothing to guess, unlike a PIN. The WebAuthn calls are the app's (they
// need the browser); this module only wraps and unwraps with the secret they give.
import { asSecretKey, hash, open, randomBytes, utf8, type SecretKey } from '../crypto/index';
import { fail, ok, type StorageError, type VaultResult } from './errors';
import { readHeader, readUsableHeader, type HeaderError } from './meta-store';
import { guardStorage } from './storage-errors';
import type { VaultDb } from './schema';
import { vaultFromKey, type UnlockError } from './unlock';
import type { UnlockedVault } from './unlocked-vault';

const META_PASSKEY = 'passkey';
const KEK_CONTEXT = utf8('familyfile/vault/passkey-prf/v1');
/** The PRF input: random, stored beside the wrap, sent to the authenticator at every unlock. */
export const PASSKEY_SALT_BYTES = 32;
const PRF_OUTPUT_BYTES = 32;

/** What the lock screen needs to ask the authenticator: which credential, and which PRF input. */
export interface PasskeyInfo {
  credentialId: Uint8Array;
  prfSalt: Uint8Array;
}

interface PasskeyRow extends PasskeyInfo {
  wrap: Uint8Array;
}

function isBytes(v: unknown, length?: number): v is Uint8Array {
  return v instanceof Uint8Array && (length === undefined ? v.length > 0 && v.length <= 1024 : v.length === length);
}

function parseRow(value: unknown): PasskeyRow | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { credentialId, prfSalt, wrap } = value as Record<string, unknown>;
  return isBytes(credentialId) && isBytes(prfSalt, PASSKEY_SALT_BYTES) && isBytes(wrap) ? { credentialId, prfSalt, wrap } : undefined;
}

/** The wrapping key: SHA-512 over a context and the PRF output, first 32 bytes. */
function kekFrom(prfOutput: Uint8Array): SecretKey {
  const input = new Uint8Array(KEK_CONTEXT.length + prfOutput.length);
  input.set(KEK_CONTEXT, 0);
  input.set(prfOutput, KEK_CONTEXT.length);
  const kek = asSecretKey(hash(input).slice(0, 32));
  input.fill(0);
  return kek;
}

/** A fresh PRF input for a new passkey. */
export function newPasskeySalt(): Uint8Array {
  return randomBytes(PASSKEY_SALT_BYTES);
}

/** Wraps the vault key with the passkey's PRF output. Replaces any passkey set before. */
export async function enablePasskey(
  vault: UnlockedVault, info: PasskeyInfo, prfOutput: Uint8Array,
): Promise<VaultResult<void, 'locked' | 'passkey-no-prf' | HeaderError>> {
  if (!isBytes(prfOutput, PRF_OUTPUT_BYTES) || !isBytes(info.credentialId) || !isBytes(info.prfSalt, PASSKEY_SALT_BYTES)) return fail('passkey-no-prf');
  if (vault.isLocked) return fail('locked');
  const header = await readHeader(vault.db);
  if (!header.ok) return header;
  const kek = kekFrom(prfOutput);
  const wrap = vault.wrapVaultKey(kek);
  kek.fill(0);
  if (wrap === undefined) return fail('locked');
  const row: PasskeyRow = { credentialId: info.credentialId, prfSalt: info.prfSalt, wrap };
  return guardStorage(async () => {
    await vault.db.meta.put({ key: META_PASSKEY, value: row });
  });
}

export async function disablePasskey(db: VaultDb): Promise<VaultResult<void, StorageError>> {
  return guardStorage(async () => {
    await db.meta.delete(META_PASSKEY);
  });
}

/** The credential and PRF input, when quick unlock with the screen lock is on. */
export async function passkeyInfo(db: VaultDb): Promise<VaultResult<PasskeyInfo | undefined, StorageError>> {
  const read = await guardStorage(() => db.meta.get(META_PASSKEY));
  if (!read.ok) return read;
  const row = parseRow(read.value?.value);
  return ok(row ? { credentialId: row.credentialId, prfSalt: row.prfSalt } : undefined);
}

/**
 * Opens the vault with the PRF output the authenticator gave. A wrong output (another
 * credential, another input) cannot open the wrap: 'passkey-failed', and nothing is counted,
 * since guessing a 256-bit output is hopeless.
 */
export async function unlockWithPasskey(
  db: VaultDb, prfOutput: Uint8Array,
): Promise<VaultResult<UnlockedVault, UnlockError | 'passkey-not-set' | 'passkey-failed'>> {
  const header = await readUsableHeader(db);
  if (!header.ok) return header;
  const read = await guardStorage(() => db.meta.get(META_PASSKEY));
  if (!read.ok) return read;
  const row = parseRow(read.value?.value);
  if (!row) return fail('passkey-not-set');
  if (!isBytes(prfOutput, PRF_OUTPUT_BYTES)) return fail('passkey-failed');
  const kek = kekFrom(prfOutput);
  const opened = open(kek, row.wrap);
  kek.fill(0);
  if (!opened.ok) return fail('passkey-failed');
  return vaultFromKey(db, asSecretKey(opened.value), header.value, 'passkey');
}
