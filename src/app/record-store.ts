// The decrypted record of the open vault, in memory: built once at unlock, kept in step
// with every save, and dropped on lock. Screens read from here, never from IndexedDB.
import { randomBytes } from '../crypto/index';
import {
  ENTRY_KINDS, idFromBytes, isoDateTimeFromMs, timeline,
  type Child, type ChildId, type Entry, type EntryId, type TimelineFilters,
} from '../domain/index';
import type { VaultRecord } from '../vault/index';
import { blobIdsOf, holdBlobs, releaseBlobs, SWEEP_GRACE_MS, sweepOrphanBlobs } from './orphan-blobs';
import type { AppResult } from './result';
import { session } from './session';

export type StoredChild = Child & { kind: 'child' };
type Listener = () => void;

export function newId(): string {
  return idFromBytes(randomBytes(12));
}

class RecordStore {
  #children = new Map<string, StoredChild>();
  #entries = new Map<string, Entry>();
  #damaged = 0;
  #loaded = false;
  #listeners = new Set<Listener>();
  /** Bumps on every change: cheap memo key for screens. */
  version = 0;
  /** The orphan-blob sweep started by the last load (see orphan-blobs.ts); ids deleted. */
  orphanSweep: Promise<AppResult<string[]>> = Promise.resolve({ ok: true, value: [] });

  constructor() {
    session.onLock(() => this.clear());
  }

  get loaded(): boolean {
    return this.#loaded;
  }
  get damagedCount(): number {
    return this.#damaged;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    this.version++;
    for (const l of this.#listeners) l();
  }

  /**
   * Decrypts everything once; records that fail to open are counted, not fatal. Then blobs
   * that no record names are swept in the background (before any edit of this unlock could
   * have made one).
   */
  async load(sweepGraceMs = SWEEP_GRACE_MS): Promise<AppResult<void>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    // Listed before the read, so no blob is judged against records older than itself.
    const blobs = await vault.listBlobIds();
    const read = await vault.allWithDamage<{ id: string; kind: string }>();
    if (!read.ok) return read;
    this.#children.clear();
    this.#entries.clear();
    for (const r of read.value.records) {
      if (r.kind === 'child') this.#children.set(r.id, r as StoredChild);
      else if (isEntry(r)) this.#entries.set(r.id, r);
    }
    this.#damaged = read.value.damaged.length;
    this.#loaded = true;
    this.#changed();
    if (blobs.ok && blobs.value.length > 0) {
      this.orphanSweep = sweepOrphanBlobs(vault, blobs.value, read.value, { graceMs: sweepGraceMs });
    }
    return { ok: true, value: undefined };
  }

  async ensureLoaded(): Promise<AppResult<void>> {
    return this.#loaded ? { ok: true, value: undefined } : this.load();
  }

  clear(): void {
    this.#children.clear();
    this.#entries.clear();
    this.#damaged = 0;
    this.#loaded = false;
    this.#changed();
  }

  children(): StoredChild[] {
    return [...this.#children.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
  child(id: ChildId | string): StoredChild | undefined {
    return this.#children.get(id);
  }
  entry<T extends Entry = Entry>(id: EntryId | string): T | undefined {
    return this.#entries.get(id) as T | undefined;
  }
  /** Entries of one kind (and child), in no particular order. */
  entries<K extends Entry['kind']>(kind: K, childId?: ChildId): Extract<Entry, { kind: K }>[] {
    const out: Extract<Entry, { kind: K }>[] = [];
    for (const e of this.#entries.values()) {
      if (e.kind === kind && (childId === undefined || e.childId === childId)) out.push(e as Extract<Entry, { kind: K }>);
    }
    return out;
  }
  allEntries(): Entry[] {
    return [...this.#entries.values()];
  }
  timeline(filters: TimelineFilters = {}): Entry[] {
    return timeline(this.allEntries(), filters);
  }

  /** Writes one record, then keeps it in memory with `keep`; nothing changes in memory if the write fails. */
  async #write<T extends VaultRecord>(record: T, keep: (r: T) => void): Promise<AppResult<T>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const saved = await vault.put(record);
    if (!saved.ok) return saved;
    keep(record);
    this.#changed();
    return { ok: true, value: record };
  }

  async saveChild(child: StoredChild): Promise<AppResult<StoredChild>> {
    return this.#write(child, (c) => this.#children.set(c.id, c));
  }

  /** Saves a new or edited entry; updatedAt is set here. Nothing changes in memory if the write fails. */
  async save<T extends Entry>(entry: T, now = Date.now()): Promise<AppResult<T>> {
    return this.#write({ ...entry, updatedAt: isoDateTimeFromMs(now) }, (e) => this.#entries.set(e.id, e));
  }

  /**
   * Saves entries and other records (an inbox line, say) in one transaction: after a failure
   * none is stored and memory is as it was. Entries keep the updatedAt they were given.
   */
  async saveTogether(entries: readonly Entry[], others: readonly VaultRecord[]): Promise<AppResult<void>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const saved = await vault.putMany([...entries, ...others]);
    if (!saved.ok) return saved;
    for (const e of entries) this.#entries.set(e.id, e);
    if (entries.length > 0) this.#changed();
    return { ok: true, value: undefined };
  }

  /**
   * Deletes an entry and returns it, so the caller can offer "undo" for a short time. Its
   * blobs are held (spared by any sweep) until the caller forgets them or the vault locks.
   */
  async remove(id: EntryId | string): Promise<AppResult<Entry>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const entry = this.#entries.get(id);
    if (!entry) return { ok: false, error: 'not-found' };
    const deleted = await vault.delete(id);
    if (!deleted.ok) return deleted;
    this.#entries.delete(id);
    holdBlobs(blobIdsOf(entry));
    this.#changed();
    return { ok: true, value: entry };
  }

  /** Puts a just-deleted entry back exactly as it was. */
  async restore(entry: Entry): Promise<AppResult<Entry>> {
    return this.#write(entry, (e) => {
      this.#entries.set(e.id, e);
      releaseBlobs(blobIdsOf(e));
    });
  }
}

const KINDS: ReadonlySet<string> = new Set(ENTRY_KINDS);
function isEntry(r: { kind: string }): r is Entry {
  return KINDS.has(r.kind);
}

export const recordStore = new RecordStore();
