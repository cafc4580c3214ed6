// History in IndexedDB: snapshots (one record each), their summaries (what lists and searches read)
// and screenshots (history-layout.ts: what is stored how, and upgrades). Summaries are packed as
// compact JSON strings (summary-codec.ts) in chunks of up to 1,000: reading ten thousand of them is
// ten strings to clone instead of ten thousand objects, which keeps a cold list of a big history
// fast. A page loads the chunks one by one and can answer a search from those it has (saying so)
// before the last arrives. The worker is the one writer (src/background/history.ts: saved flows,
// and the workspace's imports and deletions, asked by message); the workspace only reads
// (HistoryReader) and keeps the summaries in memory until a write makes them stale: after each
// committed write the writer says on a BroadcastChannel what it added (or that it deleted), and
// every other connection adds those summaries (or, after a deletion, reads them again) and tells
// its listeners. Extension pages and the worker share the extension origin's database; no
// permission is needed.
import { sha256Hex } from '../core/history/canonical.ts';
import type { ExportScreenshot } from '../core/history/export-json.ts';
import { type Snapshot, SnapshotSchema } from '../core/history/snapshot.ts';
import { compareSummaries, type HistoryPage, type HistoryQuery, queryHistory, type SnapshotSummary, summarize } from '../core/history/summary.ts';
import {
  decodeHead,
  EMPTY_HEAD,
  encodeHead,
  HEAD,
  type Head,
  HISTORY_DB_VERSION,
  headOf,
  headWith,
  META,
  type ProviderEntry,
  SCREENSHOTS,
  type ScreenshotRecord,
  SNAPSHOTS,
  SUMMARY_CHUNKS,
  type SummaryChunk,
  upgrade,
} from './history-layout.ts';
import { type PackedSummaries, packSummaries, unpackSummaries } from './summary-codec.ts';

export type { ProviderEntry } from './history-layout.ts';

export const HISTORY_DB_NAME = 'kyc-lens-history';
const CHUNK_SIZE = 1000;

export interface HistoryDb {
  /** Adds a snapshot; a snapshot with the same id (hash) is already there, so it returns false. */
  put(snapshot: Snapshot): Promise<boolean>;
  /** Adds snapshots and screenshots in one transaction: all or nothing. Returns how many were new. */
  putAll(snapshots: readonly Snapshot[], screenshots?: readonly ExportScreenshot[]): Promise<number>;
  /** The complete answer (waits for every summary on a newly opened page, except for a first page
   * the head record holds). */
  list(query: HistoryQuery): Promise<HistoryPage>;
  /** Answers at once from what is loaded so far; `complete` says whether every summary was searched.
   * A newly opened page starts loading; `onLoadProgress` tells when asking again gives more. */
  listNow(query: HistoryQuery): Promise<ListResult>;
  /** Called after each chunk of summaries a newly opened page loads; returns the unsubscribe function. */
  onLoadProgress(listener: (loaded: number, total: number) => void): () => void;
  /** Called after another connection (the worker) committed a write; the next query reads the new
   * state. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Drops the summaries read so far, so the next query reads them again. */
  refresh(): void;
  /** Resolves when every summary is loaded and current. */
  loaded(): Promise<void>;
  get(id: string): Promise<Snapshot | undefined>;
  getMany(ids: readonly string[]): Promise<Snapshot[]>;
  /** Every snapshot, oldest first (for export). Read in batches within one transaction, reporting
   * progress between them; an aborted signal stops reading and rejects with an AbortError. */
  all(options?: ReadAllOptions): Promise<Snapshot[]>;
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

/** What the workspace may do with history: read. The worker is history's one writer (src/background/history.ts). */
export type HistoryReader = Omit<HistoryDb, 'put' | 'putAll' | 'putScreenshot' | 'deleteAll' | 'deleteProvider'>;

export interface ListResult extends HistoryPage {
  /** True when every summary was searched; otherwise `searched` of `of` were. */
  complete: boolean;
  searched: number;
  of: number;
}

export interface ReadAllOptions {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
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

/** What a committed write tells the other connections: the summaries it added, or that it removed some. */
type Change = { added: PackedSummaries } | { removed: true };

/** The summaries in memory with these added (a list read after the write may hold them already). */
function withAdded(list: readonly SnapshotSummary[], added: readonly SnapshotSummary[]): SnapshotSummary[] {
  const have = new Set(list.map((s) => s.id));
  const fresh = added.filter((s) => !have.has(s.id));
  return fresh.length ? [...fresh, ...list].sort(compareSummaries) : [...list];
}

/** The channel on which a connection that wrote tells the others (closed with the connection). */
function changesChannel(name: string): BroadcastChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  const channel = new BroadcastChannel(`${name}:changes`);
  // In Node (tests, benches) an open channel would keep the process alive.
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

function openRaw(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, version);
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
}

export async function openHistoryDb(
  factory: IDBFactory = globalThis.indexedDB,
  name = HISTORY_DB_NAME,
  options: { chunkSize?: number } = {},
): Promise<HistoryDb> {
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  if (!factory) throw new Error('This browser offers no IndexedDB here, so history cannot be kept.');
  const db = await openRaw(factory, name, HISTORY_DB_VERSION);
  // Another context upgrading the schema asks us to let go.
  db.onversionchange = () => db.close();

  // In-memory summaries, newest first, read once and kept until a write makes them stale. A write
  // bumps `generation`: a load begun before it still answers whoever asked, but is not kept.
  let cache: SnapshotSummary[] | null = null;
  let generation = 0;
  // While the summaries load: what has arrived so far (and the head's newest summaries), so a search
  // need not wait for the last chunk.
  let partial: { items: SnapshotSummary[]; head: SnapshotSummary[]; total: number } | null = null;
  let loadError: unknown = null;
  const listeners = new Set<(loaded: number, total: number) => void>();
  const notify = (loaded: number, total: number) => {
    for (const listener of listeners) listener(loaded, total);
  };
  const changeListeners = new Set<() => void>();
  const forget = () => {
    cache = null;
    partial = null;
    generation++;
  };
  const channel = changesChannel(name);
  if (channel)
    channel.onmessage = ({ data }: MessageEvent<Change>) => {
      // Added snapshots join the summaries in memory (a saved flow costs no reload); anything else,
      // or news arriving while the summaries load, means reading them again.
      if (cache && 'added' in data) cache = withAdded(cache, unpackSummaries(data.added));
      else forget();
      for (const listener of changeListeners) listener();
    };

  // Concurrent callers (the views of a page) share one load.
  let loading: { generation: number; promise: Promise<SnapshotSummary[]> } | null = null;
  function summaries(): Promise<SnapshotSummary[]> {
    if (cache) return Promise.resolve(cache);
    if (loading?.generation === generation) return loading.promise;
    const mine = generation;
    const promise = loadSummaries(mine)
      .catch((e: unknown) => {
        if (mine === generation) {
          partial = null;
          loadError = e;
          notify(0, 0);
        }
        throw e;
      })
      .finally(() => {
        if (loading?.promise === promise) loading = null;
      });
    loading = { generation: mine, promise };
    return promise;
  }

  async function loadSummaries(mine: number): Promise<SnapshotSummary[]> {
    const tx = db.transaction([META, SUMMARY_CHUNKS], 'readonly');
    const store = tx.objectStore(SUMMARY_CHUNKS);
    const [rawHead, keys] = await Promise.all([req(tx.objectStore(META).get(HEAD)), req(store.getAllKeys()) as Promise<number[]>]);
    const head = decodeHead(rawHead) ?? EMPTY_HEAD;
    const arrived: SnapshotSummary[] = [];
    const current = () => mine === generation;
    if (current()) partial = { items: arrived, head: head.items, total: head.total };
    // Newest chunks first: they hold the latest writes, which most searches are after.
    await Promise.all(
      keys
        .sort((a, b) => b - a)
        .map(async (chunk) => {
          const record = (await req(store.get(chunk))) as SummaryChunk | undefined;
          if (record) arrived.push(...unpackSummaries(JSON.parse(record.json)));
          if (current()) notify(arrived.length, Math.max(head.total, arrived.length));
        }),
    );
    const all = [...arrived].sort(compareSummaries);
    if (current()) {
      cache = all;
      partial = null;
      notify(all.length, all.length);
    }
    return all;
  }

  // Views of a page that just opened ask for the head together: they share one read.
  let headReading: Promise<Head | undefined> | null = null;
  function readHead(): Promise<Head | undefined> {
    headReading ??= req(db.transaction(META, 'readonly').objectStore(META).get(HEAD))
      .then(decodeHead)
      .finally(() => {
        headReading = null;
      });
    return headReading;
  }

  /** The first pages of an unfiltered list, straight from the head record, when it holds them. */
  function fromHead(head: Head | undefined, query: HistoryQuery): HistoryPage | null {
    const unfiltered = Object.keys(query).every((k) => k === 'limit' || k === 'offset');
    if (!unfiltered || !head) return null;
    if (head.total !== head.items.length && query.offset + query.limit > head.items.length) return null;
    return { total: head.total, items: head.items.slice(query.offset, query.offset + query.limit) };
  }

  const startLoading = () => void summaries().catch(() => undefined);

  interface WriteContext {
    tx: IDBTransaction;
    head: Head;
    /** What the others are told once the write commits. */
    change: { added: SnapshotSummary[]; removed: boolean };
  }

  /** Runs `write` in one read-write transaction over every store; once it commits, tells the others. */
  async function writeTx<T>(write: (ctx: WriteContext) => Promise<T>): Promise<T> {
    const tx = db.transaction([SNAPSHOTS, SUMMARY_CHUNKS, SCREENSHOTS, META], 'readwrite');
    const finished = done(tx);
    let result: T;
    let ctx: WriteContext;
    try {
      const meta = tx.objectStore(META);
      ctx = { tx, head: decodeHead(await req(meta.get(HEAD))) ?? EMPTY_HEAD, change: { added: [], removed: false } };
      result = await write(ctx);
      meta.put(encodeHead(ctx.head), HEAD);
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
    forget();
    channel?.postMessage((ctx.change.removed ? { removed: true } : { added: packSummaries(ctx.change.added) }) satisfies Change);
    return result;
  }

  function writeChunk(ctx: WriteContext, chunk: number, items: readonly SnapshotSummary[]): Promise<unknown> {
    const store = ctx.tx.objectStore(SUMMARY_CHUNKS);
    if (items.length === 0) return req(store.delete(chunk));
    return req(store.put({ chunk, json: JSON.stringify(packSummaries(items)) } satisfies SummaryChunk));
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
    const chunks = ctx.tx.objectStore(SUMMARY_CHUNKS);
    const keys = (await req(chunks.getAllKeys())) as number[];
    let chunk = keys.length ? Math.max(...keys) : 0;
    const last = keys.length ? ((await req(chunks.get(chunk))) as SummaryChunk | undefined) : undefined;
    let items = last ? unpackSummaries(JSON.parse(last.json)) : [];
    for (const summary of added) {
      if (items.length >= chunkSize) {
        writes.push(writeChunk(ctx, chunk, items));
        chunk++;
        items = [];
      }
      items.push(summary);
    }
    writes.push(writeChunk(ctx, chunk, items));
    ctx.head = headWith(ctx.head, added);
    ctx.change.added.push(...added);
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
      const items = unpackSummaries(JSON.parse(c.json));
      const stay = items.filter((s) => !doomed(s));
      kept.push(...stay);
      if (stay.length === items.length) continue;
      removed.push(...items.filter(doomed));
      writes.push(writeChunk(ctx, c.chunk, stay));
    }
    if (removed.length) ctx.head = headOf(kept);
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
      if (cache === null) {
        // A page that just opened: answer its first pages from the head record, and load the rest.
        const page = fromHead(await readHead(), query);
        if (page) {
          startLoading();
          return page;
        }
      }
      return queryHistory(await summaries(), query);
    },

    async listNow(query) {
      if (cache === null) {
        const head = await readHead();
        const page = fromHead(head, query);
        startLoading();
        if (page) return { ...page, complete: true, searched: page.total, of: page.total };
        if (loadError) {
          const e = loadError;
          loadError = null;
          throw e;
        }
        if (cache === null) {
          // Still loading: search the newest summaries (head) and the chunks that have arrived.
          const seen = new Map<string, SnapshotSummary>();
          for (const s of head?.items ?? []) seen.set(s.id, s);
          for (const s of partial?.items ?? []) seen.set(s.id, s);
          const sorted = [...seen.values()].sort(compareSummaries);
          const of = Math.max(head?.total ?? 0, partial?.total ?? 0, sorted.length);
          if (sorted.length < of) return { ...queryHistory(sorted, query), complete: false, searched: sorted.length, of };
        }
      }
      const all = await summaries();
      return { ...queryHistory(all, query), complete: true, searched: all.length, of: all.length };
    },

    onLoadProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    refresh: forget,

    async loaded() {
      await summaries();
    },

    async get(id) {
      return (await req(db.transaction(SNAPSHOTS, 'readonly').objectStore(SNAPSHOTS).get(id))) as Snapshot | undefined;
    },

    async getMany(ids) {
      const store = db.transaction(SNAPSHOTS, 'readonly').objectStore(SNAPSHOTS);
      const found = await Promise.all(ids.map((id) => req(store.get(id)) as Promise<Snapshot | undefined>));
      return found.filter((s): s is Snapshot => s !== undefined);
    },

    async all(options = {}) {
      const { batchSize = 250, onProgress, signal } = options;
      signal?.throwIfAborted();
      // One read-only transaction (a consistent view even while the worker writes), read by key in
      // batches so no single step deserializes everything at once and progress can be shown.
      const tx = db.transaction([SNAPSHOTS], 'readonly');
      const store = tx.objectStore(SNAPSHOTS);
      const total = await req(store.count());
      const out: Snapshot[] = [];
      let after: IDBValidKey | undefined;
      onProgress?.(0, total);
      // Without key ranges (never in a browser) one read takes everything.
      const KeyRange = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
      const size = KeyRange ? batchSize : undefined;
      for (;;) {
        const range = after === undefined || !KeyRange ? undefined : KeyRange.lowerBound(after, true);
        const batch = (await req(store.getAll(range, size))) as Snapshot[];
        out.push(...batch);
        if (batch.length > 0) onProgress?.(out.length, total);
        if (size === undefined || batch.length < size) break;
        // Stopping here lets the transaction finish by itself.
        signal?.throwIfAborted();
        after = batch[batch.length - 1]!.id;
      }
      return out.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1));
    },

    async ids() {
      return new Set((await summaries()).map((s) => s.id));
    },

    async providers() {
      return (await readHead())?.providers ?? [];
    },

    async ofProvider(providerKey) {
      const ids = (await summaries()).filter((s) => s.providerKey === providerKey).map((s) => s.id);
      const found = await api.getMany(ids);
      return found.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1));
    },

    async deleteAll() {
      await writeTx(async (ctx) => {
        await Promise.all([SNAPSHOTS, SUMMARY_CHUNKS, SCREENSHOTS].map((name) => req(ctx.tx.objectStore(name).clear())));
        ctx.head = EMPTY_HEAD;
        ctx.change.removed = true;
      });
    },

    async deleteProvider(providerKey) {
      return writeTx(async (ctx) => {
        const { removed, kept } = await removeSummaries(ctx, (s) => s.providerKey === providerKey);
        ctx.change.removed = true;
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
      return (await readHead())?.total ?? 0;
    },

    async estimateBytes() {
      const snapshotsBytes = (await readHead())?.bytes ?? 0;
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
      channel?.close();
      db.close();
    },
  };
  return api;
}
