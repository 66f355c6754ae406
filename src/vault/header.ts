// The vault header and the other meta rows: their shapes, and strict parsing of what is on disk.
import { fromUtf8, open, seal, utf8, type KdfParams, type SecretKey } from '../crypto/index';
import { parseKdfParams } from './kdf-policy';

/** Meta keys. Counters live in their own rows so a failed try never rewrites the header. */
export const META_HEADER = 'header';
export const META_PIN = 'pin';
export const META_PASSPHRASE_TRIES = 'passphrase-tries';

export const HEADER_FORMAT_VERSION = 1;
export const SALT_BYTES = 16;
/** seal() of a 32-byte key: nonce (24) + MAC (16) + key (32). */
export const WRAPPED_KEY_BYTES = 72;

export type VaultRole = 'parent' | 'professional';

/** Facts about the vault that are only readable after unlock. */
export interface VaultProfile {
  role: VaultRole;
}

/**
 * In clear: format version, creation time, setup flag, KDF params and salt (needed before
 * unlock), and three ciphertexts. The role is sealed so the lock screen reveals nothing.
 */
export interface VaultHeader {
  formatVersion: typeof HEADER_FORMAT_VERSION;
  createdAt: number;
  setupComplete: boolean;
  kdf: KdfParams;
  salt: Uint8Array;
  /** seal(KDF(passphrase, salt), vaultKey) */
  passphraseWrap: Uint8Array;
  /** seal(recoveryKey, vaultKey) */
  recoveryWrap: Uint8Array;
  /** seal(vaultKey, JSON of VaultProfile) */
  sealedProfile: Uint8Array;
}

/** Quick-unlock PIN: its own salt and params, and wrong tries since the last good one. */
export interface PinWrap {
  kdf: KdfParams;
  salt: Uint8Array;
  wrap: Uint8Array;
  failedAttempts: number;
}

/** Wrong passphrase tries in a row, and when the last one started (ms since epoch). */
export interface TryCounter {
  failures: number;
  lastFailureAt: number;
}

function bytesOf(v: unknown, min: number, max = min): v is Uint8Array {
  return v instanceof Uint8Array && v.length >= min && v.length <= max;
}

function countOf(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function parseHeader(raw: unknown): VaultHeader | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const kdf = parseKdfParams(r.kdf);
  if (r.formatVersion !== HEADER_FORMAT_VERSION || kdf === undefined) return undefined;
  if (typeof r.setupComplete !== 'boolean' || !countOf(r.createdAt)) return undefined;
  if (!bytesOf(r.salt, 8, 64) || !bytesOf(r.passphraseWrap, WRAPPED_KEY_BYTES)) return undefined;
  if (!bytesOf(r.recoveryWrap, WRAPPED_KEY_BYTES) || !bytesOf(r.sealedProfile, 41, 4096)) return undefined;
  return {
    formatVersion: HEADER_FORMAT_VERSION, createdAt: r.createdAt, setupComplete: r.setupComplete, kdf,
    salt: r.salt, passphraseWrap: r.passphraseWrap, recoveryWrap: r.recoveryWrap, sealedProfile: r.sealedProfile,
  };
}

export function parsePinWrap(raw: unknown): PinWrap | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const kdf = parseKdfParams(r.kdf);
  if (kdf === undefined || !bytesOf(r.salt, 8, 64) || !bytesOf(r.wrap, WRAPPED_KEY_BYTES)) return undefined;
  if (!countOf(r.failedAttempts)) return undefined;
  return { kdf, salt: r.salt, wrap: r.wrap, failedAttempts: r.failedAttempts };
}

/** A damaged counter reads as "no failures": it only ever slows tries down, never unlocks. */
export function parseTryCounter(raw: unknown): TryCounter {
  if (typeof raw === 'object' && raw !== null) {
    const { failures, lastFailureAt } = raw as Record<string, unknown>;
    if (countOf(failures) && countOf(lastFailureAt)) return { failures, lastFailureAt };
  }
  return { failures: 0, lastFailureAt: 0 };
}

export function sealProfile(vaultKey: SecretKey, profile: VaultProfile): Uint8Array {
  return seal(vaultKey, utf8(JSON.stringify({ role: profile.role })));
}

export function openProfile(vaultKey: SecretKey, sealed: Uint8Array): VaultProfile | undefined {
  const opened = open(vaultKey, sealed);
  if (!opened.ok) return undefined;
  try {
    const parsed: unknown = JSON.parse(fromUtf8(opened.value));
    const role = (parsed as { role?: unknown } | null)?.role;
    return role === 'parent' || role === 'professional' ? { role } : undefined;
  } catch {
    return undefined;
  }
}
