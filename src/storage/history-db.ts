// History as the workspace reads it (history-layout.ts: what is stored how; history-writer.ts: the
// worker, history's one writer). A reader keeps the summaries (what lists and searches read) in memory
// until a write makes them stale: it hears each committed write on a BroadcastChannel and adds the
// summaries the writer added (or, after a deletion, reads them again) and tells its listeners.
// Summaries are stored as compact JSON strings (summary-codec.ts) in chunks of up to 1,000: reading
// ten thousand of them is ten strings to clone instead of ten thousand objects, and a page that just
// opened answers a search from the chunks that have arrived (saying so) before the last one, and its
// first list, counts and provider menus from the head record.
import type { ExportScreenshot } from '../core/history/export-json.ts';
import type { Snapshot } from '../core/history/snapshot.ts';
import { compareSummaries, type HistoryPage, type HistoryQuery, queryHistory, type SnapshotSummary } from '../core/history/summary.ts';
import {
  type Change,
  changesChannel,
  decodeHead,
  EMPTY_HEAD,
  HEAD,
  type Head,
  HISTORY_DB_NAME,
  META,
  openHistoryStore,
  req,
  SCREENSHOTS,
  type ScreenshotRecord,
  SNAPSHOTS,
  SUMMARY_CHUNKS,
  type SummaryChunk,
} from './history-layout.ts';
import { decodeSummaries, unpackSummaries } from './summary-codec.ts';

export type { ProviderEntry } from './history-layout.ts';

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

/** The summaries in memory with these added (a list read after the write may hold them already). */
function withAdded(list: readonly SnapshotSummary[], added: readonly SnapshotSummary[]): SnapshotSummary[] {
  const have = new Set(list.map((s) => s.id));
  const fresh = added.filter((s) => !have.has(s.id));
  return fresh.length ? [...fresh, ...list].sort(compareSummaries) : [...list];
}

const byAge = (a: Snapshot, b: Snapshot) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : 1);

export type HistoryReader = Awaited<ReturnType<typeof openHistoryDb>>;

/** A reader's connection (the workspace's). */
export async function openHistoryDb(factory: IDBFactory = globalThis.indexedDB, name = HISTORY_DB_NAME) {
  const db = await openHistoryStore(factory, name);
  const store = (storeName: string) => db.transaction(storeName, 'readonly').objectStore(storeName);

  // In-memory summaries, newest first, read once and kept until a write makes them stale. News of a
  // write bumps `generation`: a load begun before it still answers whoever asked, but is not kept.
  let cache: SnapshotSummary[] | null = null;
  let generation = 0;
  // While the summaries load: what has arrived so far, so a search need not wait for the last chunk.
  let partial: SnapshotSummary[] | null = null;
  let loadError: unknown = null;
  const progressListeners = new Set<(loaded: number, total: number) => void>();
  const notify = (loaded: number, total: number) => {
    for (const listener of progressListeners) listener(loaded, total);
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
    const chunks = tx.objectStore(SUMMARY_CHUNKS);
    const [rawHead, keys] = await Promise.all([req(tx.objectStore(META).get(HEAD)), req(chunks.getAllKeys()) as Promise<number[]>]);
    const total = (decodeHead(rawHead) ?? EMPTY_HEAD).total;
    const arrived: SnapshotSummary[] = [];
    const current = () => mine === generation;
    if (current()) partial = arrived;
    // Newest chunks first: they hold the latest writes, which most searches are after.
    await Promise.all(
      keys
        .sort((a, b) => b - a)
        .map(async (chunk) => {
          const record = (await req(chunks.get(chunk))) as SummaryChunk | undefined;
          if (record) arrived.push(...decodeSummaries(record.json));
          if (current()) notify(arrived.length, Math.max(total, arrived.length));
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
  let headReading: Promise<Head> | null = null;
  function readHead(): Promise<Head> {
    headReading ??= req(store(META).get(HEAD))
      .then((raw) => decodeHead(raw) ?? EMPTY_HEAD)
      .finally(() => {
        headReading = null;
      });
    return headReading;
  }

  /** The first pages of an unfiltered list, straight from the head record, when it holds them. */
  function fromHead(head: Head, query: HistoryQuery): HistoryPage | null {
    const unfiltered = Object.keys(query).every((k) => k === 'limit' || k === 'offset');
    if (!unfiltered || (head.total !== head.items.length && query.offset + query.limit > head.items.length)) return null;
    return { total: head.total, items: head.items.slice(query.offset, query.offset + query.limit) };
  }

  const startLoading = () => void summaries().catch(() => undefined);

  const api = {
    /** The complete answer (waits for every summary on a newly opened page, except for a first page
     * the head record holds). */
    async list(query: HistoryQuery): Promise<HistoryPage> {
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

    /** Answers at once from what is loaded so far; `complete` says whether every summary was searched.
     * A newly opened page starts loading; `onLoadProgress` tells when asking again gives more. */
    async listNow(query: HistoryQuery): Promise<ListResult> {
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
          // Still loading: search the newest summaries (the head's) and the chunks that have arrived.
          const seen = new Map<string, SnapshotSummary>();
          for (const s of [...head.items, ...(partial ?? [])]) seen.set(s.id, s);
          const sorted = [...seen.values()].sort(compareSummaries);
          const of = Math.max(head.total, sorted.length);
          if (sorted.length < of) return { ...queryHistory(sorted, query), complete: false, searched: sorted.length, of };
        }
      }
      const all = await summaries();
      return { ...queryHistory(all, query), complete: true, searched: all.length, of: all.length };
    },

    /** Called after each chunk of summaries a newly opened page loads; returns the unsubscribe function. */
    onLoadProgress(listener: (loaded: number, total: number) => void): () => void {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },

    /** Called after the writer committed a write; the next query reads the new state. Returns the
     * unsubscribe function. */
    onChange(listener: () => void): () => void {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },

    /** Drops the summaries read so far, so the next query reads them again (after this page's own
     * write, without waiting to hear of it). */
    refresh: forget,

    /** Resolves when every summary is loaded and current. */
    async loaded(): Promise<void> {
      await summaries();
    },

    async get(id: string): Promise<Snapshot | undefined> {
      return (await api.getMany([id]))[0];
    },

    async getMany(ids: readonly string[]): Promise<Snapshot[]> {
      const snapshots = store(SNAPSHOTS);
      const found = await Promise.all(ids.map((id) => req(snapshots.get(id)) as Promise<Snapshot | undefined>));
      return found.filter((s) => s !== undefined);
    },

    /** Every snapshot, oldest first (for export). Read in batches within one transaction, reporting
     * progress between them; an aborted signal stops reading and rejects with an AbortError. */
    async all(options: ReadAllOptions = {}): Promise<Snapshot[]> {
      const { batchSize = 250, onProgress, signal } = options;
      signal?.throwIfAborted();
      // One read-only transaction (a consistent view even while the worker writes), read by key in
      // batches so no single step deserializes everything at once and progress can be shown.
      const snapshots = store(SNAPSHOTS);
      const total = await req(snapshots.count());
      const out: Snapshot[] = [];
      let after: IDBValidKey | undefined;
      onProgress?.(0, total);
      // Without key ranges (never in a browser) one read takes everything.
      const KeyRange = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
      const size = KeyRange ? batchSize : undefined;
      for (;;) {
        const range = after === undefined || !KeyRange ? undefined : KeyRange.lowerBound(after, true);
        const batch = (await req(snapshots.getAll(range, size))) as Snapshot[];
        out.push(...batch);
        if (batch.length > 0) onProgress?.(out.length, total);
        if (size === undefined || batch.length < size) break;
        // Stopping here lets the transaction finish by itself.
        signal?.throwIfAborted();
        after = batch[batch.length - 1]!.id;
      }
      return out.sort(byAge);
    },

    async ids(): Promise<Set<string>> {
      return new Set((await summaries()).map((s) => s.id));
    },

    async providers() {
      return (await readHead()).providers;
    },

    /** Snapshots of one provider key, oldest first. */
    async ofProvider(providerKey: string): Promise<Snapshot[]> {
      const ids = (await summaries()).filter((s) => s.providerKey === providerKey).map((s) => s.id);
      return (await api.getMany(ids)).sort(byAge);
    },

    async count(): Promise<number> {
      return (await readHead()).total;
    },

    /** Characters stored for snapshots and screenshots (about bytes for this mostly-ASCII data). */
    async estimateBytes(): Promise<number> {
      const snapshotsBytes = (await readHead()).bytes;
      // The index's keys are the sizes: a key cursor reads them without loading any image.
      const screenshotsBytes = await new Promise<number>((resolve, reject) => {
        let sum = 0;
        const cursor = store(SCREENSHOTS).index('bytes').openKeyCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return resolve(sum);
          sum += c.key as number;
          c.continue();
        };
        cursor.onerror = () => reject(cursor.error);
      });
      return snapshotsBytes + screenshotsBytes;
    },

    async getScreenshot(id: string): Promise<string | undefined> {
      return (await api.getScreenshots([id]))[0]?.dataUrl;
    },

    /** The screenshots with these ids that are stored (for export). */
    async getScreenshots(ids: readonly string[]): Promise<ExportScreenshot[]> {
      const shots = store(SCREENSHOTS);
      const records = await Promise.all(ids.map((id) => req(shots.get(id)) as Promise<ScreenshotRecord | undefined>));
      return records.filter((r) => r !== undefined).map(({ id, dataUrl }) => ({ id, dataUrl }));
    },

    close() {
      channel?.close();
      db.close();
    },
  };
  return api;
}
