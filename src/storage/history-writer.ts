// History's one writer: the worker's connection (src/background/history.ts saves flows with it, and
// writes the workspace's imports and deletions, asked by message). Each write is one transaction over
// every store, head record included; once it commits, the writer tells the readers (history-db.ts) on
// a BroadcastChannel what it added, or that it deleted.
import type { ExportScreenshot } from '../core/history/export-json.ts';
import type { Snapshot } from '../core/history/snapshot.ts';
import { type SnapshotSummary, summarize } from '../core/history/summary.ts';
import {
  type Change,
  changesChannel,
  decodeHead,
  EMPTY_HEAD,
  encodeHead,
  HEAD,
  type Head,
  HISTORY_DB_NAME,
  headWith,
  META,
  openHistoryStore,
  req,
  SCREENSHOTS,
  type ScreenshotRecord,
  SNAPSHOTS,
  SUMMARY_CHUNKS,
  type SummaryChunk,
} from './history-layout.ts';
import { decodeSummaries, encodeSummaries, packSummaries } from './summary-codec.ts';

/** Summaries per chunk record. */
const CHUNK_SIZE = 1000;

/** Turns a storage error into words for people. */
function storageErrorMessage(e: unknown): string {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left for history. Delete old snapshots or free disk space.';
  if (name === 'DataCloneError') return 'A record could not be stored (it holds data that cannot be saved). Nothing was changed.';
  return `History storage failed: ${e instanceof Error ? e.message : String(e)}`;
}

export type HistoryDbWriter = Awaited<ReturnType<typeof openHistoryWriter>>;

/** History's one writer: the worker's connection. */
export async function openHistoryWriter(factory: IDBFactory = globalThis.indexedDB, name = HISTORY_DB_NAME, chunkSize = CHUNK_SIZE) {
  const db = await openHistoryStore(factory, name);
  const channel = changesChannel(name);

  /** Runs `write` in one read-write transaction over every store, with the head record it then
   * stores; once the transaction commits, tells the readers the change. */
  async function writeTx(write: (tx: IDBTransaction, head: Head) => Promise<{ head: Head; change: Change; result: number }>): Promise<number> {
    const tx = db.transaction([SNAPSHOTS, SUMMARY_CHUNKS, SCREENSHOTS, META], 'readwrite');
    const finished = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('The history transaction was aborted.'));
      tx.onerror = () => reject(tx.error ?? new Error('The history transaction failed.'));
    });
    let out: Awaited<ReturnType<typeof write>>;
    try {
      const meta = tx.objectStore(META);
      out = await write(tx, decodeHead(await req(meta.get(HEAD))) ?? EMPTY_HEAD);
      meta.put(encodeHead(out.head), HEAD);
      await finished;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await finished.catch(() => undefined);
      throw new Error(storageErrorMessage(e));
    }
    channel?.postMessage(out.change);
    return out.result;
  }

  const putChunk = (tx: IDBTransaction, chunk: number, items: readonly SnapshotSummary[]): Promise<unknown> => {
    const store = tx.objectStore(SUMMARY_CHUNKS);
    return items.length ? req(store.put({ chunk, json: encodeSummaries(items) } satisfies SummaryChunk)) : req(store.delete(chunk));
  };

  return {
    /** Adds snapshots and screenshots in one transaction: all or nothing. A snapshot's id is the hash
     * of its content, so one already stored is left as it is. Returns how many snapshots were new. */
    add(snapshots: readonly Snapshot[], screenshots: readonly ExportScreenshot[] = []): Promise<number> {
      return writeTx(async (tx, head) => {
        const store = tx.objectStore(SNAPSHOTS);
        const shots = tx.objectStore(SCREENSHOTS);
        const present = await Promise.all(snapshots.map((s) => req(store.getKey(s.id))));
        const writes: Promise<unknown>[] = screenshots.map((s) => req(shots.put({ id: s.id, dataUrl: s.dataUrl, bytes: s.dataUrl.length } satisfies ScreenshotRecord)));
        const added: SnapshotSummary[] = [];
        const seen = new Set<string>();
        snapshots.forEach((s, i) => {
          if (present[i] !== undefined || seen.has(s.id)) return;
          seen.add(s.id);
          writes.push(req(store.add(s)));
          added.push(summarize(s));
        });
        if (added.length) {
          // Append the summaries to the last chunk, starting new chunks as each fills.
          const chunks = tx.objectStore(SUMMARY_CHUNKS);
          const keys = (await req(chunks.getAllKeys())) as number[];
          let chunk = keys.length ? Math.max(...keys) : 0;
          const last = keys.length ? ((await req(chunks.get(chunk))) as SummaryChunk | undefined) : undefined;
          let items = last ? decodeSummaries(last.json) : [];
          for (const summary of added) {
            if (items.length >= chunkSize) {
              writes.push(putChunk(tx, chunk++, items));
              items = [];
            }
            items.push(summary);
          }
          writes.push(putChunk(tx, chunk, items));
        }
        await Promise.all(writes);
        return { head: headWith(head, added), change: { added: packSummaries(added) }, result: added.length };
      });
    },

    /** Deletes one provider's snapshots (and the screenshots no other snapshot uses), or with no key
     * everything; returns how many snapshots went. */
    remove(providerKey?: string): Promise<number> {
      return writeTx(async (tx, head) => {
        const change = { removed: true } as const;
        if (providerKey === undefined) {
          await Promise.all([SNAPSHOTS, SUMMARY_CHUNKS, SCREENSHOTS].map((store) => req(tx.objectStore(store).clear())));
          return { head: EMPTY_HEAD, change, result: head.total };
        }
        // Only the chunks that held the provider's summaries are written again.
        const chunks = (await req(tx.objectStore(SUMMARY_CHUNKS).getAll())) as SummaryChunk[];
        const removed: SnapshotSummary[] = [];
        const kept: SnapshotSummary[] = [];
        const writes: Promise<unknown>[] = [];
        for (const c of chunks) {
          const items = decodeSummaries(c.json);
          const stay = items.filter((s) => s.providerKey !== providerKey);
          kept.push(...stay);
          if (stay.length === items.length) continue;
          removed.push(...items.filter((s) => s.providerKey === providerKey));
          writes.push(putChunk(tx, c.chunk, stay));
        }
        const stillUsed = new Set(kept.map((s) => s.screenshotId));
        for (const s of removed) {
          writes.push(req(tx.objectStore(SNAPSHOTS).delete(s.id)));
          if (s.screenshotId && !stillUsed.has(s.screenshotId)) writes.push(req(tx.objectStore(SCREENSHOTS).delete(s.screenshotId)));
        }
        await Promise.all(writes);
        return { head: removed.length ? headWith(EMPTY_HEAD, kept) : head, change, result: removed.length };
      });
    },

    close() {
      channel?.close();
      db.close();
    },
  };
}
