// History in IndexedDB: snapshots (one record each), their summaries (what lists and searches read),
// screenshots, and a revision counter. Summaries are packed as JSON in chunks of up to 1,000: reading
// ten thousand of them is ten values to clone instead of ten thousand, which is what keeps a cold
// list of a big history fast. Every write bumps the revision in the same transaction, so a page that
// keeps the summaries in memory notices writes made by the background worker with one cheap read and
// reloads only then. Extension pages and the worker share the extension origin's database; no
// permission is needed.
import { sha256Hex } from '../core/history/canonical.ts';
import type { ExportScreenshot } from '../core/history/export-json.ts';
import { type Snapshot, SnapshotSchema } from '../core/history/snapshot.ts';
import {
  compareSummaries,
  type HistoryPage,
  type HistoryQuery,
  queryHistory,
  type SnapshotSummary,
  summarize,
} from '../core/history/summary.ts';

export const HISTORY_DB_NAME = 'kyc-lens-history';
const DB_VERSION = 1;
const SNAPSHOTS = 'snapshots';
const SUMMARY_CHUNKS = 'summaryChunks';
const CHUNK_SIZE = 1000;
const SCREENSHOTS = 'screenshots';
const META = 'meta';
const REVISION = 'revision';
const CHUNK_REVS = 'chunkRevisions';
/** The newest summaries and the total, kept up to date by every write: a page that just opened shows
 * its first page from this one small record while the full list loads. */
const HEAD = 'head';
const HEAD_SIZE = 100;

export interface ProviderEntry {
  key: string;
  name: string;
  kind: string | null;
  count: number;
  latestId: string;
  latestAt: number;
}

export interface HistoryDb {
  /** Adds a snapshot; a snapshot with the same id (hash) is already there, so it returns false. */
  put(snapshot: Snapshot): Promise<boolean>;
  /** Adds snapshots and screenshots in one transaction: all or nothing. Returns how many were new. */
  putAll(snapshots: readonly Snapshot[], screenshots?: readonly ExportScreenshot[]): Promise<number>;
  list(query: HistoryQuery): Promise<HistoryPage>;
  get(id: string): Promise<Snapshot | undefined>;
  getMany(ids: readonly string[]): Promise<Snapshot[]>;
  /** Every snapshot, oldest first (for export). */
  all(): Promise<Snapshot[]>;
  ids(): Promise<Set<string>>;
  providers(): Promise<ProviderEntry[]>;
  /** Snapshots of one provider key, oldest first. */
  ofProvider(providerKey: string): Promise<Snapshot[]>;
  deleteAll(): Promise<void>;
  /** Deletes one provider's snapshots (and screenshots no other snapshot uses); returns how many. */
  deleteProvider(providerKey: string): Promise<number>;
  count(): Promise<number>;
  /** Characters stored for snapshots and screenshots (about bytes for this mostly-ASCII data). */
  estimateBytes(): Promise<number>;
  /** Stores a screenshot (a data URL) under its SHA-256 and returns that id. */
  putScreenshot(dataUrl: string): Promise<string>;
  getScreenshot(id: string): Promise<string | undefined>;
  /** The screenshots with these ids that are stored (for export). */
  getScreenshots(ids: readonly string[]): Promise<ExportScreenshot[]>;
  close(): void;
}

type ChunkRevs = Record<number, number>;

interface Head {
  total: number;
  items: SnapshotSummary[];
}

interface SummaryChunk {
  chunk: number;
  /** JSON of SnapshotSummary[] (one string clones far faster than a thousand objects). */
  json: string;
}

interface ScreenshotRecord {
  id: string;
  dataUrl: string;
  bytes: number;
}

function req<T>(r: IDBRequest<T>): Promise<T> {
  const p = new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  // When a transaction aborts, requests nobody awaits any more reject too; that is expected, not an
  // unhandled error (whoever awaits the promise still sees the rejection).
  p.catch(() => undefined);
  return p;
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('The history transaction was aborted.'));
    tx.onerror = () => reject(tx.error ?? new Error('The history transaction failed.'));
  });

/** Turns a storage error into words for people. */
export function storageErrorMessage(e: unknown): string {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left for history. Delete old snapshots or free disk space.';
  if (name === 'DataCloneError') return 'A record could not be stored (it holds data that cannot be saved). Nothing was changed.';
  return `History storage failed: ${e instanceof Error ? e.message : String(e)}`;
}

function openRaw(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, DB_VERSION);
    open.onupgradeneeded = () => {
      const db = open.result;
      // Version 1. A later version adds its changes under `if (event.oldVersion < 2)` and so on.
      db.createObjectStore(SNAPSHOTS, { keyPath: 'id' });
      db.createObjectStore(SUMMARY_CHUNKS, { keyPath: 'chunk' });
      const screenshots = db.createObjectStore(SCREENSHOTS, { keyPath: 'id' });
      screenshots.createIndex('bytes', 'bytes');
      db.createObjectStore(META);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('History is being upgraded in another tab; close other KYC Lens tabs and retry.'));
  });
}

export async function openHistoryDb(
  factory: IDBFactory = globalThis.indexedDB,
  name = HISTORY_DB_NAME,
  options: { chunkSize?: number } = {},
): Promise<HistoryDb> {
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  if (!factory) throw new Error('This browser offers no IndexedDB here, so history cannot be kept.');
  const db = await openRaw(factory, name);
  // Another context upgrading the schema asks us to let go.
  db.onversionchange = () => db.close();

  // In-memory summaries, newest first, valid for `cacheRevision`; and the chunks they came from, so
  // a write elsewhere costs a reload of the chunks it touched, not of everything.
  let cache: SnapshotSummary[] | null = null;
  let cacheRevision = -1;
  let chunkCache = new Map<number, { rev: number; items: SnapshotSummary[] }>();

  // Concurrent callers (the views of a page that just opened) share one load.
  let loading: Promise<SnapshotSummary[]> | null = null;
  function summaries(): Promise<SnapshotSummary[]> {
    loading ??= loadSummaries().finally(() => {
      loading = null;
    });
    return loading;
  }

  async function loadSummaries(): Promise<SnapshotSummary[]> {
    const tx = db.transaction([META, SUMMARY_CHUNKS], 'readonly');
    const meta = tx.objectStore(META);
    const [revision, revs] = await Promise.all([
      req(meta.get(REVISION)) as Promise<number | undefined>,
      req(meta.get(CHUNK_REVS)) as Promise<ChunkRevs | undefined>,
    ]);
    if (cache && (revision ?? 0) === cacheRevision) return cache;
    const store = tx.objectStore(SUMMARY_CHUNKS);
    const next = new Map<number, { rev: number; items: SnapshotSummary[] }>();
    await Promise.all(
      Object.entries(revs ?? {}).map(async ([key, rev]) => {
        const chunk = Number(key);
        const have = chunkCache.get(chunk);
        if (have && have.rev === rev) next.set(chunk, have);
        else {
          const record = (await req(store.get(chunk))) as SummaryChunk | undefined;
          next.set(chunk, { rev, items: record ? (JSON.parse(record.json) as SnapshotSummary[]) : [] });
        }
      }),
    );
    chunkCache = next;
    cache = [...next.values()].flatMap((c) => c.items).sort(compareSummaries);
    cacheRevision = revision ?? 0;
    return cache;
  }

  interface WriteContext {
    tx: IDBTransaction;
    /** Chunk → revision of its last write; written back at the end of the transaction. */
    revs: ChunkRevs;
    rev: number;
    head: Head;
  }

  /** Runs `write` in one read-write transaction over every store and bumps the revision. */
  async function writeTx<T>(write: (ctx: WriteContext) => Promise<T>): Promise<T> {
    const tx = db.transaction([SNAPSHOTS, SUMMARY_CHUNKS, SCREENSHOTS, META], 'readwrite');
    const finished = done(tx);
    let result: T;
    try {
      const meta = tx.objectStore(META);
      const [before, revs, head] = await Promise.all([
        req(meta.get(REVISION)) as Promise<number | undefined>,
        req(meta.get(CHUNK_REVS)) as Promise<ChunkRevs | undefined>,
        req(meta.get(HEAD)) as Promise<Head | undefined>,
      ]);
      const ctx: WriteContext = { tx, revs: { ...revs }, rev: (before ?? 0) + 1, head: head ?? { total: 0, items: [] } };
      result = await write(ctx);
      meta.put(ctx.rev, REVISION);
      meta.put(ctx.revs, CHUNK_REVS);
      meta.put(ctx.head, HEAD);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await finished.catch(() => undefined);
      throw new Error(storageErrorMessage(e));
    }
    try {
      await finished;
    } catch (e) {
      throw new Error(storageErrorMessage(e));
    }
    return result;
  }

  function writeChunk(ctx: WriteContext, chunk: number, items: readonly SnapshotSummary[]): Promise<unknown> {
    const store = ctx.tx.objectStore(SUMMARY_CHUNKS);
    if (items.length === 0) {
      delete ctx.revs[chunk];
      return req(store.delete(chunk));
    }
    ctx.revs[chunk] = ctx.rev;
    return req(store.put({ chunk, json: JSON.stringify(items) } satisfies SummaryChunk));
  }

  async function addAll(ctx: WriteContext, snapshots: readonly Snapshot[]): Promise<SnapshotSummary[]> {
    const store = ctx.tx.objectStore(SNAPSHOTS);
    const present = await Promise.all(snapshots.map((s) => req(store.getKey(s.id))));
    const added: SnapshotSummary[] = [];
    const seen = new Set<string>();
    const writes: Promise<unknown>[] = [];
    snapshots.forEach((s, i) => {
      if (present[i] !== undefined || seen.has(s.id)) return;
      seen.add(s.id);
      writes.push(req(store.add(s)));
      added.push(summarize(s));
    });
    if (added.length === 0) return added;
    // Append the summaries to the last chunk, starting new chunks as each fills.
    const keys = Object.keys(ctx.revs).map(Number);
    let chunk = keys.length ? Math.max(...keys) : 0;
    const last = keys.length ? ((await req(ctx.tx.objectStore(SUMMARY_CHUNKS).get(chunk))) as SummaryChunk | undefined) : undefined;
    let items = last ? (JSON.parse(last.json) as SnapshotSummary[]) : [];
    for (const summary of added) {
      if (items.length >= chunkSize) {
        writes.push(writeChunk(ctx, chunk, items));
        chunk++;
        items = [];
      }
      items.push(summary);
    }
    writes.push(writeChunk(ctx, chunk, items));
    ctx.head = { total: ctx.head.total + added.length, items: [...ctx.head.items, ...added].sort(compareSummaries).slice(0, HEAD_SIZE) };
    await Promise.all(writes);
    return added;
  }

  /** Removes the summaries `doomed` picks from every chunk (rewriting only chunks that change). */
  async function removeSummaries(
    ctx: WriteContext,
    doomed: (s: SnapshotSummary) => boolean,
  ): Promise<{ removed: SnapshotSummary[]; kept: SnapshotSummary[] }> {
    const chunks = (await req(ctx.tx.objectStore(SUMMARY_CHUNKS).getAll())) as SummaryChunk[];
    const removed: SnapshotSummary[] = [];
    const kept: SnapshotSummary[] = [];
    const writes: Promise<unknown>[] = [];
    for (const c of chunks) {
      const items = JSON.parse(c.json) as SnapshotSummary[];
      const stay = items.filter((s) => !doomed(s));
      kept.push(...stay);
      if (stay.length === items.length) continue;
      removed.push(...items.filter(doomed));
      writes.push(writeChunk(ctx, c.chunk, stay));
    }
    if (removed.length) ctx.head = { total: kept.length, items: [...kept].sort(compareSummaries).slice(0, HEAD_SIZE) };
    await Promise.all(writes);
    return { removed, kept };
  }

  const api: HistoryDb = {
    async put(snapshot) {
      const valid = SnapshotSchema.parse(snapshot);
      const added = await writeTx((ctx) => addAll(ctx, [valid]));
      return added.length === 1;
    },

    async putAll(snapshots, screenshots = []) {
      const added = await writeTx(async (ctx) => {
        const result = await addAll(ctx, snapshots);
        const shots = ctx.tx.objectStore(SCREENSHOTS);
        await Promise.all(screenshots.map((s) => req(shots.put({ id: s.id, dataUrl: s.dataUrl, bytes: s.dataUrl.length } satisfies ScreenshotRecord))));
        return result;
      });
      return added.length;
    },

    async list(query) {
      const unfiltered = Object.keys(query).every((k) => k === 'limit' || k === 'offset');
      if (unfiltered && cache === null) {
        // A page that just opened: answer its first pages from the head record, and load the rest.
        const head = (await req(db.transaction(META, 'readonly').objectStore(META).get(HEAD))) as Head | undefined;
        if (head && (head.total === head.items.length || query.offset + query.limit <= head.items.length)) {
          void summaries().catch(() => undefined);
          return { total: head.total, items: head.items.slice(query.offset, query.offset + query.limit) };
        }
      }
      return queryHistory(await summaries(), query);
    },

    async get(id) {
      return (await req(db.transaction(SNAPSHOTS, 'readonly').objectStore(SNAPSHOTS).get(id))) as Snapshot | undefined;
    },

    async getMany(ids) {
      const store = db.transaction(SNAPSHOTS, 'readonly').objectStore(SNAPSHOTS);
      const found = await Promise.all(ids.map((id) => req(store.get(id)) as Promise<Snapshot | undefined>));
      return found.filter((s): s is Snapshot => s !== undefined);
    },

    async all() {
      const all = (await req(db.transaction(SNAPSHOTS, 'readonly').objectStore(SNAPSHOTS).getAll())) as Snapshot[];
      return all.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1));
    },

    async ids() {
      return new Set((await summaries()).map((s) => s.id));
    },

    async providers() {
      const byKey = new Map<string, ProviderEntry>();
      for (const s of await summaries()) {
        const entry = byKey.get(s.providerKey);
        // Summaries are newest first: the first one seen is the latest.
        if (entry) entry.count++;
        else
          byKey.set(s.providerKey, { key: s.providerKey, name: s.providerName, kind: s.providerKind, count: 1, latestId: s.id, latestAt: s.savedAt });
      }
      return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    },

    async ofProvider(providerKey) {
      const ids = (await summaries()).filter((s) => s.providerKey === providerKey).map((s) => s.id);
      const found = await api.getMany(ids);
      return found.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1));
    },

    async deleteAll() {
      await writeTx(async (ctx) => {
        await Promise.all([SNAPSHOTS, SUMMARY_CHUNKS, SCREENSHOTS].map((name) => req(ctx.tx.objectStore(name).clear())));
        ctx.revs = {};
        ctx.head = { total: 0, items: [] };
      });
    },

    async deleteProvider(providerKey) {
      return writeTx(async (ctx) => {
        const { removed, kept } = await removeSummaries(ctx, (s) => s.providerKey === providerKey);
        const snapshots = ctx.tx.objectStore(SNAPSHOTS);
        const writes = removed.map((s) => req(snapshots.delete(s.id)));
        // Screenshots no remaining snapshot refers to go too.
        const stillUsed = new Set(kept.flatMap((s) => (s.screenshotId ? [s.screenshotId] : [])));
        for (const s of removed)
          if (s.screenshotId && !stillUsed.has(s.screenshotId)) writes.push(req(ctx.tx.objectStore(SCREENSHOTS).delete(s.screenshotId)));
        await Promise.all(writes);
        return removed.length;
      });
    },

    async count() {
      return (await summaries()).length;
    },

    async estimateBytes() {
      const snapshotsBytes = (await summaries()).reduce((sum, s) => sum + s.bytes, 0);
      const index = db.transaction(SCREENSHOTS, 'readonly').objectStore(SCREENSHOTS).index('bytes');
      // The index's keys are the sizes: a key cursor reads them without loading any image.
      const sizes = (await new Promise<number[]>((resolve, reject) => {
        const out: number[] = [];
        const cursor = index.openKeyCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return resolve(out);
          out.push(c.key as number);
          c.continue();
        };
        cursor.onerror = () => reject(cursor.error);
      })) as number[];
      return snapshotsBytes + sizes.reduce((a, b) => a + b, 0);
    },

    async putScreenshot(dataUrl) {
      if (!/^data:image\/(?:png|jpeg|webp);base64,/.test(dataUrl)) throw new Error('A screenshot must be a PNG, JPEG or WebP data URL.');
      const id = await sha256Hex(dataUrl);
      await writeTx(async (ctx) => {
        await req(ctx.tx.objectStore(SCREENSHOTS).put({ id, dataUrl, bytes: dataUrl.length } satisfies ScreenshotRecord));
      });
      return id;
    },

    async getScreenshot(id) {
      const rec = (await req(db.transaction(SCREENSHOTS, 'readonly').objectStore(SCREENSHOTS).get(id))) as ScreenshotRecord | undefined;
      return rec?.dataUrl;
    },

    async getScreenshots(ids) {
      const store = db.transaction(SCREENSHOTS, 'readonly').objectStore(SCREENSHOTS);
      const recs = await Promise.all(ids.map((id) => req(store.get(id)) as Promise<ScreenshotRecord | undefined>));
      return recs.filter((r): r is ScreenshotRecord => r !== undefined).map(({ id, dataUrl }) => ({ id, dataUrl }));
    },

    close() {
      db.close();
    },
  };
  return api;
}
