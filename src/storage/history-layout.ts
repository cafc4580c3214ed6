// What history stores in IndexedDB and how: the stores, the records' shapes and encodings (the
// summaries in compact JSON chunks, the head record), and the upgrades from earlier layouts.
// history-db.ts reads and writes through these.
import type { Snapshot } from '../core/history/snapshot.ts';
import { compareSummaries, type SnapshotSummary, summarize } from '../core/history/summary.ts';
import { type PackedSummaries, packSummaries, unpackSummaries } from './summary-codec.ts';

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

/** The provider list of these summaries (any order), each with its newest snapshot. */
export function providersOf(summaries: Iterable<SnapshotSummary>, into = new Map<string, ProviderEntry>()): Map<string, ProviderEntry> {
  for (const s of summaries) {
    const entry = into.get(s.providerKey);
    if (!entry)
      into.set(s.providerKey, { key: s.providerKey, name: s.providerName, kind: s.providerKind, count: 1, latestId: s.id, latestAt: s.savedAt });
    else {
      entry.count++;
      if (compareSummaries(s, { savedAt: entry.latestAt, id: entry.latestId } as SnapshotSummary) < 0)
        Object.assign(entry, { name: s.providerName, kind: s.providerKind, latestId: s.id, latestAt: s.savedAt });
    }
  }
  return into;
}

export const sortProviders = (m: Map<string, ProviderEntry>) => [...m.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : 1));

/** The head record after these summaries were added. */
export function headWith(head: Head, added: readonly SnapshotSummary[]): Head {
  return {
    total: head.total + added.length,
    bytes: head.bytes + added.reduce((n, s) => n + s.bytes, 0),
    providers: sortProviders(providersOf(added, new Map(head.providers.map((p) => [p.key, { ...p }])))),
    items: [...head.items, ...added].sort(compareSummaries).slice(0, HEAD_SIZE),
  };
}

/** The head record of a whole list of summaries. */
export function headOf(all: readonly SnapshotSummary[]): Head {
  return {
    total: all.length,
    bytes: all.reduce((n, s) => n + s.bytes, 0),
    providers: sortProviders(providersOf(all)),
    items: [...all].sort(compareSummaries).slice(0, HEAD_SIZE),
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
        tx.objectStore(META).put(encodeHead(headOf(all)), HEAD);
        return;
      }
      const record = c.value as SummaryChunk;
      const items = unpackSummaries(JSON.parse(record.json));
      const fresh: SnapshotSummary[] = new Array(items.length);
      let waiting = items.length;
      const write = () => {
        all.push(...fresh);
        c.update({ chunk: record.chunk, json: JSON.stringify(packSummaries(fresh)) } satisfies SummaryChunk);
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
