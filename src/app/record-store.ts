// The decrypted record of the open vault, in memory: built once at unlock, kept in step
// with every save, and dropped on lock. Screens read from here, never from IndexedDB.
import { randomBytes } from '../crypto/index';
import {
  buildSearchIndex, ENTRY_KINDS, idFromBytes, isoDateTimeFromMs, search, timeline,
  type Child, type ChildId, type Entry, type EntryId, type SearchIndex, type TimelineFilters,
} from '../domain/index';
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
  #index: SearchIndex | undefined;
  #listeners = new Set<Listener>();
  /** Bumps on every change: cheap memo key for screens. */
  version = 0;

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
    this.#index = undefined;
    for (const l of this.#listeners) l();
  }

  /** Decrypts everything once; records that fail to open are counted, not fatal. */
  async load(): Promise<AppResult<void>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
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
  /** Search over all decrypted text; the index is rebuilt lazily after a change. */
  search(query: string, extraText?: (e: Entry) => string[]): Entry[] {
    this.#index ??= buildSearchIndex(this.allEntries(), extraText ? { extraText } : {});
    return search(this.#index, query).map((id) => this.#entries.get(id)!).filter(Boolean);
  }

  async saveChild(child: StoredChild): Promise<AppResult<StoredChild>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const saved = await vault.put(child);
    if (!saved.ok) return saved;
    this.#children.set(child.id, child);
    this.#changed();
    return { ok: true, value: child };
  }

  /** Saves a new or edited entry; updatedAt is set here. Nothing changes in memory if the write fails. */
  async save<T extends Entry>(entry: T, now = Date.now()): Promise<AppResult<T>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const stamped = { ...entry, updatedAt: isoDateTimeFromMs(now) };
    const saved = await vault.put(stamped);
    if (!saved.ok) return saved;
    this.#entries.set(stamped.id, stamped);
    this.#changed();
    return { ok: true, value: stamped };
  }

  /** Deletes an entry and returns it, so the caller can offer "undo" for a short time. */
  async remove(id: EntryId | string): Promise<AppResult<Entry>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const entry = this.#entries.get(id);
    if (!entry) return { ok: false, error: 'not-found' };
    const deleted = await vault.delete(id);
    if (!deleted.ok) return deleted;
    this.#entries.delete(id);
    this.#changed();
    return { ok: true, value: entry };
  }

  /** Puts a just-deleted entry back exactly as it was. */
  async restore(entry: Entry): Promise<AppResult<Entry>> {
    const vault = session.vault;
    if (!vault) return { ok: false, error: 'locked' };
    const saved = await vault.put(entry);
    if (!saved.ok) return saved;
    this.#entries.set(entry.id, entry);
    this.#changed();
    return { ok: true, value: entry };
  }
}

const KINDS: ReadonlySet<string> = new Set(ENTRY_KINDS);
function isEntry(r: { kind: string }): r is Entry {
  return KINDS.has(r.kind);
}

export const recordStore = new RecordStore();
