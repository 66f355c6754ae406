// An append-only, hash-chained consent log. The hash is injected so domain stays free of crypto.
import { canonicalJson } from './canonical-json';
import type { ConsentEvent } from './events';
import { fail, ok } from '../result';
import { toHex } from '../hex';

export type HashFn = (bytes: Uint8Array) => Uint8Array;

export interface ConsentLogEntry {
  seq: number;
  event: ConsentEvent;
  /** Hex hash of the previous entry; empty for the first. */
  prevHash: string;
  /** Hex hash over seq, prevHash and the event. */
  hash: string;
}

export type ConsentLog = readonly ConsentLogEntry[];

function entryHash(seq: number, prevHash: string, event: ConsentEvent, hash: HashFn): string {
  const text = canonicalJson({ event, prevHash, seq });
  return toHex(hash(new TextEncoder().encode(text)));
}

/** Returns a new log with the event on the end; the old log is not changed. */
export function appendEvent(log: ConsentLog, event: ConsentEvent, hash: HashFn): ConsentLogEntry[] {
  const seq = log.length;
  const prevHash = log.at(-1)?.hash ?? '';
  // Copy through JSON so later edits to the caller's object cannot alter a logged event.
  const frozen = JSON.parse(canonicalJson(event)) as ConsentEvent;
  return [...log, { seq, event: frozen, prevHash, hash: entryHash(seq, prevHash, frozen, hash) }];
}

export type ChainError = { ok: false; error: 'chain-broken'; index: number };

/**
 * The chain's head: how many entries it has and the last one's hash. Kept beside the log (and
 * carried in shares), it is what shows a log cut short at the end, which links alone cannot.
 */
export interface ChainHead {
  count: number;
  hash: string;
}

export function chainHead(log: ConsentLog): ChainHead {
  return { count: log.length, hash: log.at(-1)?.hash ?? '' };
}

/**
 * Checks every link. Any edit, deletion, insertion or reordering shows up as the first broken
 * index; given the head kept beside the log, so does a log cut short or with entries added at the end.
 */
export function verifyChain(log: ConsentLog, hash: HashFn, head?: ChainHead): { ok: true; value: true } | ChainError {
  for (let i = 0; i < log.length; i++) {
    const entry = log[i];
    if (!entry) return { ...fail('chain-broken'), index: i };
    const expectedPrev = i === 0 ? '' : (log[i - 1]?.hash ?? '');
    if (entry.seq !== i || entry.prevHash !== expectedPrev) return { ...fail('chain-broken'), index: i };
    let recomputed: string;
    try {
      recomputed = entryHash(entry.seq, entry.prevHash, entry.event, hash);
    } catch {
      return { ...fail('chain-broken'), index: i };
    }
    if (recomputed !== entry.hash) return { ...fail('chain-broken'), index: i };
  }
  if (head !== undefined) {
    if (log.length < head.count) return { ...fail('chain-broken'), index: log.length };
    if (log.length > head.count) return { ...fail('chain-broken'), index: head.count };
    if ((log.at(-1)?.hash ?? '') !== head.hash) return { ...fail('chain-broken'), index: Math.max(0, log.length - 1) };
  }
  return ok(true);
}
