// What a backup copies from the vault header so the passphrase or the recovery words can open it
// on another phone (docs/backup-format.md §2): the KDF parameters, the salt and both wraps.
import type { KdfParams } from '../crypto/index';
import type { VaultResult } from './errors';
import { readUsableHeader, type HeaderError } from './meta-store';
import type { UnlockedVault } from './unlocked-vault';

export interface VaultWraps {
  kdf: KdfParams;
  salt: Uint8Array;
  passphraseWrap: Uint8Array;
  recoveryWrap: Uint8Array;
}

export async function vaultWraps(vault: UnlockedVault): Promise<VaultResult<VaultWraps, HeaderError | 'setup-incomplete'>> {
  const header = await readUsableHeader(vault.db);
  if (!header.ok) return header;
  const { kdf, salt, passphraseWrap, recoveryWrap } = header.value;
  return { ok: true, value: { kdf, salt: salt.slice(), passphraseWrap: passphraseWrap.slice(), recoveryWrap: recoveryWrap.slice() } };
}
