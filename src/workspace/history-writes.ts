// The workspace's changes to history, asked of the worker (history's one writer,
// src/background/history.ts): an import goes in parts of a few MB, since a message has a size
// limit, and the worker writes them in one transaction when the last arrives; deletions are one
// message each. A refusal becomes an Error with the worker's words.
import type { ExportScreenshot } from '../core/history/export-json.ts';
import type { Snapshot } from '../core/history/snapshot.ts';
import type { PageMessage, PageReplies } from '../shared/messages.ts';
import type { RequestReply } from '../shared/request.ts';

export interface HistoryWrites {
  /** Adds the snapshots (and their screenshots) all or none; returns how many were new. */
  importSnapshots(snapshots: readonly Snapshot[], screenshots: readonly ExportScreenshot[]): Promise<number>;
  /** Returns how many snapshots were deleted. */
  deleteAll(): Promise<number>;
  deleteProvider(providerKey: string): Promise<number>;
}

/** Characters of JSON per import message: well under the browsers' message limits (Chromium: 64 MiB). */
export const PART_CHARS = 8_000_000;

interface Part {
  snapshots: Snapshot[];
  screenshots: ExportScreenshot[];
}

/** Splits an import into parts of at most `maxChars` of JSON each (a record larger than that goes alone). */
export function importParts(snapshots: readonly Snapshot[], screenshots: readonly ExportScreenshot[], maxChars = PART_CHARS): Part[] {
  const parts: Part[] = [{ snapshots: [], screenshots: [] }];
  let size = 0;
  const add = (put: (p: Part) => void, chars: number) => {
    if (size > 0 && size + chars > maxChars) {
      parts.push({ snapshots: [], screenshots: [] });
      size = 0;
    }
    put(parts.at(-1)!);
    size += chars;
  };
  for (const s of snapshots) add((p) => p.snapshots.push(s), JSON.stringify(s).length);
  for (const s of screenshots) add((p) => p.screenshots.push(s), s.dataUrl.length + 200);
  return parts;
}

/** shared/request.ts's `request` in the extension; a fake in tests. */
export type Send = <M extends PageMessage>(message: M) => Promise<RequestReply<PageReplies[M['type']]>>;

function data<T>(reply: RequestReply<T>): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}

export function workerWrites(send: Send, newId: () => string = () => crypto.randomUUID()): HistoryWrites {
  return {
    async importSnapshots(snapshots, screenshots) {
      const parts = importParts(snapshots, screenshots);
      const importId = newId();
      let added = 0;
      for (const [i, p] of parts.entries()) {
        added = data(await send({ type: 'import-history', importId, part: i, parts: parts.length, ...p })).added;
      }
      return added;
    },
    deleteAll: async () => data(await send({ type: 'delete-history' })).deleted,
    deleteProvider: async (providerKey) => data(await send({ type: 'delete-history', providerKey })).deleted,
  };
}
