// The consent record on this phone (DESIGN §5): every grant, revocation and share, hash-chained,
// with the chain's head kept beside it so that a log cut short is seen as well as an edited one.
// Appends run one at a time, so two quick taps or a grant changed while a share is being built
// never write two entries with the same number, and each append sees the one before it.
import { hash } from '../crypto/index';
import {
  appendEvent, chainHead, verifyChain, type ChainHead, type ConsentEvent, type ConsentLogEntry,
} from '../domain/index';
import type { AppResult } from './result';
import { session } from './session';

/** One entry as stored. The kind keeps its first name: vaults from before grants hold shares only. */
interface ConsentLogRecord {
  id: string;
  kind: 'share-log';
  entry: ConsentLogEntry;
}

interface ConsentHeadRecord extends ChainHead {
  id: 'consent-head';
  kind: 'consent-head';
}

const HEAD_ID = 'consent-head';
const logId = (seq: number) => `share-log-${String(seq).padStart(6, '0')}`;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` after every consent change already asked for has finished, and before any asked
 * for later. Grant changes, one-tap shares and share logging all go through here.
 */
export function inConsentOrder<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** The part of a head hash a share carries (docs/share-format.md §4.2): its first 32 bytes, in hex. */
export function sharedHeadHex(head: ChainHead): string | undefined {
  return head.hash === '' ? undefined : head.hash.slice(0, 64);
}

export interface ConsentLogRead {
  entries: ConsentLogEntry[];
  /** Absent when the chain checks out; else the first entry (0-based) that does not. */
  brokenAt?: number;
  head: ChainHead;
}

/** Reads and checks the log. A broken chain is reported, never thrown: the app keeps working. */
export async function readConsentLog(): Promise<AppResult<ConsentLogRead>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const [records, head] = await Promise.all([vault.all<ConsentLogRecord>('share-log'), vault.get<ConsentHeadRecord>(HEAD_ID)]);
  if (!records.ok) return records;
  if (!head.ok && head.error !== 'not-found') return head;
  // Ordered by where each entry is stored, not by the number it claims: a renumbered entry shows.
  const entries = records.value.sort((a, b) => a.id.localeCompare(b.id)).map((r) => r.entry);
  // A vault from before the head was kept has none until its next append.
  const kept = head.ok ? { count: head.value.count, hash: head.value.hash } : undefined;
  const checked = verifyChain(entries, hash, kept);
  const read: ConsentLogRead = { entries, head: chainHead(entries) };
  if (!checked.ok) read.brokenAt = checked.index;
  return { ok: true, value: read };
}

/** Appends one event, and the new head, in one transaction. Call inside `inConsentOrder`. */
export async function appendConsentEvent(event: ConsentEvent): Promise<AppResult<ConsentLogEntry>> {
  const vault = session.vault;
  if (!vault) return { ok: false, error: 'locked' };
  const log = await readConsentLog();
  if (!log.ok) return log;
  const next = appendEvent(log.value.entries, event, hash);
  const entry = next.at(-1)!;
  const head: ConsentHeadRecord = { id: HEAD_ID, kind: 'consent-head', ...chainHead(next) };
  const saved = await vault.putMany<ConsentLogRecord | ConsentHeadRecord>([{ id: logId(entry.seq), kind: 'share-log', entry }, head]);
  return saved.ok ? { ok: true, value: entry } : saved;
}
