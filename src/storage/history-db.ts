// History in IndexedDB: snapshots, their summaries (what lists and searches read), screenshots, and
// a revision counter. Every write bumps the revision in the same transaction, so a page that keeps
// the summaries in memory (fast lists and searches over thousands of snapshots) notices writes made
// by the background worker with one cheap read, and reloads only then. Extension pages and the
// worker share the extension origin's database; no permission is needed.
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
const SUMMARIES = 'summaries';
const SCREENSHOTS = 'screenshots';
const META = 'meta';
const REVISION = 'revision';

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
      const summaries = db.createObjectStore(SUMMARIES, { keyPath: 'id' });
      summaries.createIndex('providerKey', 'providerKey');
      summaries.createIndex('screenshotId', 'screenshotId');
      const screenshots = db.createObjectStore(SCREENSHOTS, { keyPath: 'id' });
      screenshots.createIndex('bytes', 'bytes');
      db.createObjectStore(META);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('History is being upgraded in another tab; close other KYC Lens tabs and retry.'));
  });
}

export async function openHistoryDb(factory: IDBFactory = globalThis.indexedDB, name = HISTORY_DB_NAME): Promise<HistoryDb> {
  if (!factory) throw new Error('This browser offers no IndexedDB here, so history cannot be kept.');
  const db = await openRaw(factory, name);
  // Another context upgrading the schema asks us to let go.
  db.onversionchange = () => db.close();

  // In-memory summaries, newest first, valid for `cacheRevision`.
  let cache: SnapshotSummary[] | null = null;
  let cacheRevision = -1;

  async function summaries(): Promise<SnapshotSummary[]> {
    const tx = db.transaction([META, SUMMARIES], 'readonly');
    const revision = ((await req(tx.objectStore(META).get(REVISION))) as number | undefined) ?? 0;
    if (cache && revision === cacheRevision) return cache;
    const all = (await req(tx.objectStore(SUMMARIES).getAll())) as SnapshotSummary[];
    all.sort(compareSummaries);
    cache = all;
    cacheRevision = revision;
    return all;
  }

  /** Runs `write` in one read-write transaction over every store and bumps the revision. */
  async function writeTx<T>(write: (tx: IDBTransaction) => Promise<T>, applyToCache?: (c: SnapshotSummary[], result: T) => void): Promise<T> {
    const tx = db.transaction([SNAPSHOTS, SUMMARIES, SCREENSHOTS, META], 'readwrite');
    const finished = done(tx);
    let result: T;
    let before = 0;
    try {
      const meta = tx.objectStore(META);
      before = ((await req(meta.get(REVISION))) as number | undefined) ?? 0;
      result = await write(tx);
      meta.put(before + 1, REVISION);
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
    // Keep the cache when it was current before this write; otherwise reload on the next read.
    if (cache && cacheRevision === before && applyToCache) {
      applyToCache(cache, result);
      cacheRevision = before + 1;
    } else cache = null;
    return result;
  }

  async function addAll(tx: IDBTransaction, snapshots: readonly Snapshot[]): Promise<SnapshotSummary[]> {
    const store = tx.objectStore(SNAPSHOTS);
    const sums = tx.objectStore(SUMMARIES);
    const present = await Promise.all(snapshots.map((s) => req(store.getKey(s.id))));
    const added: SnapshotSummary[] = [];
    const seen = new Set<string>();
    const writes: Promise<unknown>[] = [];
    snapshots.forEach((s, i) => {
      if (present[i] !== undefined || seen.has(s.id)) return;
      seen.add(s.id);
      const summary = summarize(s);
      writes.push(req(store.add(s)), req(sums.add(summary)));
      added.push(summary);
    });
    await Promise.all(writes);
    return added;
  }

  const mergeIntoCache = (c: SnapshotSummary[], added: SnapshotSummary[]) => {
    if (added.length === 0) return;
    c.push(...added);
    c.sort(compareSummaries);
  };

  const api: HistoryDb = {
    async put(snapshot) {
      const valid = SnapshotSchema.parse(snapshot);
      const added = await writeTx((tx) => addAll(tx, [valid]), mergeIntoCache);
      return added.length === 1;
    },

    async putAll(snapshots, screenshots = []) {
      const added = await writeTx(async (tx) => {
        const result = await addAll(tx, snapshots);
        const shots = tx.objectStore(SCREENSHOTS);
        await Promise.all(screenshots.map((s) => req(shots.put({ id: s.id, dataUrl: s.dataUrl, bytes: s.dataUrl.length } satisfies ScreenshotRecord))));
        return result;
      }, mergeIntoCache);
      return added.length;
    },

    async list(query) {
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
      await writeTx(
        async (tx) => {
          await Promise.all([SNAPSHOTS, SUMMARIES, SCREENSHOTS].map((name) => req(tx.objectStore(name).clear())));
        },
        (c) => c.splice(0),
      );
    },

    async deleteProvider(providerKey) {
      const removed = await writeTx(
        async (tx) => {
          const sums = tx.objectStore(SUMMARIES);
          const doomed = (await req(sums.index('providerKey').getAll(providerKey))) as SnapshotSummary[];
          await Promise.all(doomed.flatMap((s) => [req(tx.objectStore(SNAPSHOTS).delete(s.id)), req(sums.delete(s.id))]));
          const shots = new Set(doomed.flatMap((s) => (s.screenshotId ? [s.screenshotId] : [])));
          for (const id of shots) {
            const stillUsed = await req(sums.index('screenshotId').count(id));
            if (stillUsed === 0) await req(tx.objectStore(SCREENSHOTS).delete(id));
          }
          return new Set(doomed.map((s) => s.id));
        },
        (c, ids) => {
          const kept = c.filter((s) => !ids.has(s.id));
          c.splice(0, c.length, ...kept);
        },
      );
      return removed.size;
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
      await writeTx(async (tx) => {
        await req(tx.objectStore(SCREENSHOTS).put({ id, dataUrl, bytes: dataUrl.length } satisfies ScreenshotRecord));
      }, () => undefined);
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
