// Saving flows to the workspace's history (IndexedDB in the extension's origin, shared with the
// workspace page). The record is built by snapshotFromFlow (sanitized, content-hashed); the
// screenshot, when the user's save came with one, is stored beside it under its own hash.
// History is append-only: a flow saved again after it went on is a new snapshot (the workspace's
// timeline shows both).
import { currentCatalog } from '../core/catalog/index.ts';
import { snapshotFromFlow } from '../core/history/snapshot.ts';
import { type HistoryDb, openHistoryDb } from '../storage/history-db.ts';
import type { HistorySink } from './flows.ts';

export function createHistorySink(extensionVersion: string, open: () => Promise<HistoryDb> = () => openHistoryDb()): HistorySink | null {
  if (typeof indexedDB === 'undefined') return null;
  // Opened on first use, not at start-up: a worker woken for a page message should not pay for it.
  let db: Promise<HistoryDb> | null = null;
  const history = () => {
    db ??= open().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  return {
    async save(flow, options) {
      const store = await history();
      const meta: Parameters<typeof snapshotFromFlow>[1] = {
        url: options.url,
        savedAt: options.savedAt,
        extensionVersion,
        catalogVersion: currentCatalog().version,
        reason: options.reason,
      };
      if (options.screenshot) meta.screenshotId = await store.putScreenshot(options.screenshot);
      const snapshot = await snapshotFromFlow(flow, meta);
      await store.put(snapshot);
      return snapshot.id;
    },
  };
}
