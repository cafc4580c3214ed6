// History's one writer: the worker saves flows to the workspace's history (IndexedDB in the
// extension's origin, which the workspace page reads), and writes the workspace's imports and
// deletions, which the workspace asks for by message. The record is built by snapshotFromFlow
// (sanitized, content-hashed); the screenshot, when the user's save came with one, is stored beside
// it under its own hash. History is append-only: a flow saved again after it went on is a new
// snapshot (the workspace's timeline shows both).
import { currentCatalog } from '../core/catalog/index.ts';
import { sha256Hex } from '../core/history/canonical.ts';
import type { ExportScreenshot } from '../core/history/export-json.ts';
import { type Snapshot, snapshotFromFlow } from '../core/history/snapshot.ts';
import { type HistoryDbWriter, openHistoryWriter } from '../storage/history-writer.ts';
import type { HistorySink } from './flows.ts';

export interface ImportPart {
  importId: string;
  part: number;
  parts: number;
  snapshots: readonly Snapshot[];
  screenshots: readonly ExportScreenshot[];
}

export interface HistoryWriter extends HistorySink {
  /**
   * Keeps an import's parts until the last one, then writes them all in one transaction (all or
   * nothing). Returns the snapshots added (0 for the parts before the last). Throws when parts are
   * missing (a worker restarted mid-import lost them): nothing is written then.
   */
  importPart(part: ImportPart): Promise<number>;
  /** Deletes all history, or one provider's; returns how many snapshots went. */
  delete(providerKey?: string): Promise<number>;
}

/** A screenshot as stored: its data URL under its SHA-256. */
async function screenshotRecord(dataUrl: string): Promise<ExportScreenshot> {
  if (!/^data:image\/(?:png|jpeg|webp);base64,/.test(dataUrl)) throw new Error('A screenshot must be a PNG, JPEG or WebP data URL.');
  return { id: await sha256Hex(dataUrl), dataUrl };
}

export function createHistoryWriter(extensionVersion: string, open: () => Promise<HistoryDbWriter> = () => openHistoryWriter()): HistoryWriter | null {
  if (typeof indexedDB === 'undefined') return null;
  // Opened on first use, not at start-up: a worker woken for a page message should not pay for it.
  let db: Promise<HistoryDbWriter> | null = null;
  const history = () => {
    db ??= open().catch((error: unknown) => {
      db = null;
      throw error;
    });
    return db;
  };
  // Imports in progress: parts received so far, by import id. Only the latest import is kept: a new
  // one drops an abandoned one.
  let pending: { importId: string; parts: ImportPart[] } | null = null;
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
      const shot = options.screenshot ? await screenshotRecord(options.screenshot) : null;
      if (shot) meta.screenshotId = shot.id;
      // snapshotFromFlow checks the record against the snapshot schema.
      const snapshot = await snapshotFromFlow(flow, meta);
      await store.add([snapshot], shot ? [shot] : []);
      return snapshot.id;
    },
    async importPart(part) {
      if (part.part === 0) pending = { importId: part.importId, parts: [] };
      if (!pending || pending.importId !== part.importId || pending.parts.length !== part.part) {
        pending = null;
        throw new Error('The import was interrupted (parts are missing); nothing was imported. Try again.');
      }
      pending.parts.push(part);
      if (pending.parts.length < part.parts) return 0;
      const parts = pending.parts;
      pending = null;
      const store = await history();
      return store.add(
        parts.flatMap((p) => p.snapshots),
        parts.flatMap((p) => p.screenshots),
      );
    },
    async delete(providerKey) {
      return (await history()).remove(providerKey);
    },
  };
}
