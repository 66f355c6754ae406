// Whom a received share comes from, as far as this professional's phone can tell. A share is
// signed, but by any key: someone who gets a professional to scan a code could plant believable
// content about a named child. So the first share from a key is "new family, not yet confirmed";
// later ones are "the same family as on <date>"; and the professional can record that they
// compared the six check words with the family in person. Nothing here leaves the device.
import type { UnlockedVault } from '../vault/index';
import { newId } from './record-store';
import type { AppResult } from './result';
import { session } from './session';
import { RECEIVED_LOG_KIND } from './received-purge';

export const SENDER_CONFIRMATION_KIND = 'sender-confirmation';

/** The professional's note that the words matched, face to face (id random: no key in clear). */
interface SenderConfirmationRecord {
  id: string;
  kind: typeof SENDER_CONFIRMATION_KIND;
  senderKey: string;
  fingerprint: string[];
  confirmedAt: number;
}

interface LogLine {
  shareId: string;
  senderKey: string;
  receivedAt: number;
}

export type SenderTrust =
  /** No other share from this key, and never confirmed. */
  | { status: 'new' }
  /** Other shares came from this key before (the first at `firstSeenAt`); not confirmed. */
  | { status: 'seen'; firstSeenAt: number }
  /** The professional compared the words in person at `confirmedAt`. */
  | { status: 'confirmed'; confirmedAt: number };

/** A share as this module needs it: who signed it, which share it is, with which words. */
export interface SignedShare {
  senderKey: string;
  shareId: string;
  fingerprint: string[];
}

async function trustIn(vault: UnlockedVault, share: SignedShare): Promise<AppResult<SenderTrust>> {
  const confirmations = await vault.all<SenderConfirmationRecord>(SENDER_CONFIRMATION_KIND);
  if (!confirmations.ok) return confirmations;
  const confirmed = confirmations.value.filter((c) => c.senderKey === share.senderKey).map((c) => c.confirmedAt);
  if (confirmed.length > 0) return { ok: true, value: { status: 'confirmed', confirmedAt: Math.min(...confirmed) } };
  const log = await vault.all<LogLine & { id: string; kind: string }>(RECEIVED_LOG_KIND);
  if (!log.ok) return log;
  const before = log.value.filter((l) => l.senderKey === share.senderKey && l.shareId !== share.shareId).map((l) => l.receivedAt);
  return { ok: true, value: before.length > 0 ? { status: 'seen', firstSeenAt: Math.min(...before) } : { status: 'new' } };
}

export async function senderTrust(share: SignedShare): Promise<AppResult<SenderTrust>> {
  const vault = session.vault;
  return vault ? trustIn(vault, share) : { ok: false, error: 'locked' };
}

/** Records that the check words of this share's sender were compared with the family in person. */
export async function confirmSender(share: SignedShare, now = Date.now()): Promise<AppResult<SenderTrust>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const current = await trustIn(vault, share);
  if (!current.ok || current.value.status === 'confirmed') return current;
  const record: SenderConfirmationRecord = {
    id: newId(), kind: SENDER_CONFIRMATION_KIND, senderKey: share.senderKey, fingerprint: share.fingerprint, confirmedAt: now,
  };
  const saved = await vault.put(record);
  return saved.ok ? { ok: true, value: { status: 'confirmed', confirmedAt: now } } : saved;
}

/** The senders confirmed so far, by key: for marking a list of shares. */
export async function confirmedSenders(): Promise<AppResult<Set<string>>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const all = await vault.all<SenderConfirmationRecord>(SENDER_CONFIRMATION_KIND);
  return all.ok ? { ok: true, value: new Set(all.value.map((c) => c.senderKey)) } : all;
}
