// What history stores in IndexedDB and how: the stores, the records' shapes and encodings (the
// summaries in compact JSON chunks, the head record), the upgrades from earlier layouts, and what the
// writer (history-writer.ts, the worker's) tells the readers (history-db.ts, the workspace's) after
// each write. Extension pages and the worker share the extension origin's database; no permission
// is needed.
import type { Snapshot } from '../core/history/snapshot.ts';
import { compareSummaries, type SnapshotSummary, summarize } from '../core/history/summary.ts';
import { decodeSummaries, encodeSummaries, type PackedSummaries, packSummaries, unpackSummaries } from './summary-codec.ts';

/** 1: summaries as JSON arrays, head as an object. 2: summaries and head in the compact codec, head with
 * totals and the provider list. 3: the same layout, every summary made again from its snapshot, since
 * a summary's categories now include those vendor frames ask for (core/flow/categories-asked.ts). */
export const HISTORY_DB_VERSION = 3;
export const SNAPSHOTS = 'snapshots';
export const SUMMARY_CHUNKS = 'summaryChunks';
export const SCREENSHOTS = 'screenshots';
export const META = 'meta';
// Databases written before the worker was the one writer also hold 'revision' and 'chunkRevisions'
// in META; nothing reads them any more.
/** The newest summaries, the totals and the provider list, kept up to date by every write: a page
 * that just opened shows its first page, its provider list and its counts from this one small record
 * while the full list loads. Stored as a JSON string (cheap to clone). */
export const HEAD = 'head';
export const HEAD_SIZE = 100;

export interface ProviderEntry {
  key: string;
  name: string;
  kind: string | null;
  count: number;
  latestId: string;
  latestAt: number;
}

export interface Head {
  total: number;
  /** Sum of the summaries' `bytes`. */
  bytes: number;
  providers: ProviderEntry[];
  items: SnapshotSummary[];
}
type StoredHead = Omit<Head, 'items'> & { items: PackedSummaries };

export const EMPTY_HEAD: Head = { total: 0, bytes: 0, providers: [], items: [] };

export interface SummaryChunk {
  chunk: number;
  /** Compact JSON of SnapshotSummary[] (one string clones far faster than a thousand objects). */
  json: string;
}

export const encodeHead = (head: Head): string => JSON.stringify({ ...head, items: packSummaries(head.items) } satisfies StoredHead);

export function decodeHead(value: unknown): Head | undefined {
  if (typeof value !== 'string') return undefined;
  const stored = JSON.parse(value) as StoredHead;
  return { ...stored, items: unpackSummaries(stored.items) };
}

/** The head record after these summaries were added (to EMPTY_HEAD: the head of a whole list). */
export function headWith(head: Head, added: readonly SnapshotSummary[]): Head {
  const providers = new Map(head.providers.map((p) => [p.key, { ...p }]));
  for (const s of added) {
    const entry = providers.get(s.providerKey);
    if (!entry)
      providers.set(s.providerKey, { key: s.providerKey, name: s.providerName, kind: s.providerKind, count: 1, latestId: s.id, latestAt: s.savedAt });
    else {
      entry.count++;
      if (compareSummaries(s, { savedAt: entry.latestAt, id: entry.latestId } as SnapshotSummary) < 0)
        Object.assign(entry, { name: s.providerName, kind: s.providerKind, latestId: s.id, latestAt: s.savedAt });
    }
  }
  return {
    total: head.total + added.length,
    bytes: head.bytes + added.reduce((n, s) => n + s.bytes, 0),
    providers: [...providers.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : 1)),
    items: [...head.items, ...added].sort(compareSummaries).slice(0, HEAD_SIZE),
  };
}

export interface ScreenshotRecord {
  id: string;
  dataUrl: string;
  bytes: number;
}

/**
 * Brings the stores to HISTORY_DB_VERSION inside the upgrade transaction, step by step from
 * `oldVersion` (0 for a new database). Each step only reads what the previous layout wrote.
 */
export function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(SNAPSHOTS, { keyPath: 'id' });
    db.createObjectStore(SUMMARY_CHUNKS, { keyPath: 'chunk' });
    const screenshots = db.createObjectStore(SCREENSHOTS, { keyPath: 'id' });
    screenshots.createIndex('bytes', 'bytes');
    db.createObjectStore(META);
  }
  if (oldVersion === 1 || oldVersion === 2) {
    // 1 or 2 → 3: each chunk keeps its snapshots, their summaries made again from the snapshots (in
    // the compact codec, which 1 did not have yet); the head (newest summaries, totals, the provider
    // list) rebuilt from them as a JSON string.
    const all: SnapshotSummary[] = [];
    const snapshots = tx.objectStore(SNAPSHOTS);
    const cursor = tx.objectStore(SUMMARY_CHUNKS).openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) {
        tx.objectStore(META).put(encodeHead(headWith(EMPTY_HEAD, all)), HEAD);
        return;
      }
      const record = c.value as SummaryChunk;
      const items = decodeSummaries(record.json);
      const fresh: SnapshotSummary[] = new Array(items.length);
      let waiting = items.length;
      const write = () => {
        all.push(...fresh);
        c.update({ chunk: record.chunk, json: encodeSummaries(fresh) } satisfies SummaryChunk);
        c.continue();
      };
      if (waiting === 0) return write();
      items.forEach((item, i) => {
        const get = snapshots.get(item.id);
        get.onsuccess = () => {
          // A snapshot that is missing keeps the summary it had.
          fresh[i] = get.result ? summarize(get.result as Snapshot) : item;
          if (--waiting === 0) write();
        };
      });
    };
  }
}

export const HISTORY_DB_NAME = 'kyc-lens-history';

/** Opens (creating or upgrading) the history database. */
export async function openHistoryStore(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  if (!factory) throw new Error('This browser offers no IndexedDB here, so history cannot be kept.');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(name, HISTORY_DB_VERSION);
    open.onupgradeneeded = (event) => {
      try {
        upgrade(open.result, open.transaction!, event.oldVersion);
      } catch (e) {
        open.transaction?.abort();
        reject(e);
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('History is being upgraded in another tab; close other KYC Lens tabs and retry.'));
  });
  // Another context upgrading the schema asks us to let go.
  db.onversionchange = () => db.close();
  return db;
}

/** An IndexedDB request as a promise. */
export function req<T>(r: IDBRequest<T>): Promise<T> {
  const p = new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  // When a transaction aborts, requests nobody awaits any more reject too; that is expected, not an
  // unhandled error (whoever awaits the promise still sees the rejection).
  p.catch(() => undefined);
  return p;
}

/** What a committed write tells the readers: the summaries it added, or that it removed some. */
export type Change = { added: PackedSummaries } | { removed: true };

/** The channel on which the writer tells the readers (closed with the connection). */
export function changesChannel(name: string): BroadcastChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(`${name}:changes`);
  // In Node (tests, benches) an open channel would keep the process alive.
  (channel as { unref?: () => void }).unref?.();
  return channel;
}
