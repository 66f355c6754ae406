// Consent records kept from merged backups (docs/backup-format.md, restoring, merge): another
// phone's chain, stored whole beside this phone's own and checked on its own. Apart from the
// consent log itself, so that only the consent record screen and a restore load it.
import { hash } from '../crypto/index';
import { verifyChain, type ChainHead, type ConsentLogEntry } from '../domain/index';
import type { AppResult } from './result';
import { session } from './session';

/** A consent record brought in by merging a backup: another phone's chain, kept whole and checked on its own. */
export interface KeptConsentChain {
  backupCreatedAt: number;
  entries: ConsentLogEntry[];
  /** Absent when the chain checks out against the head it came with. */
  brokenAt?: number;
}

export const CONSENT_ARCHIVE_KIND = 'consent-archive';

/** How a merged backup's consent record is stored: its entries and the head it came with, as they were. */
export interface ConsentArchiveRecord {
  id: string;
  kind: typeof CONSENT_ARCHIVE_KIND;
  backupCreatedAt: number;
  entries: ConsentLogEntry[];
  head?: ChainHead;
}

/** The consent records kept from merged backups (docs/backup-format.md §7), oldest backup first. */
export async function readKeptConsentChains(): Promise<AppResult<KeptConsentChain[]>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const kept = await vault.all<ConsentArchiveRecord>(CONSENT_ARCHIVE_KIND);
  if (!kept.ok) return kept;
  return {
    ok: true,
    value: kept.value.sort((a, b) => a.backupCreatedAt - b.backupCreatedAt).map((r) => {
      const entries = Array.isArray(r.entries) ? r.entries : [];
      const checked = verifyChain(entries, hash, r.head);
      return { backupCreatedAt: r.backupCreatedAt, entries, ...(checked.ok ? {} : { brokenAt: checked.index }) };
    }),
  };
}
