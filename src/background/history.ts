// Saving flows to the workspace's history (IndexedDB in the worker's origin).
// TODO(LIVE→WORKSPACE): wire to src/storage/history-db.ts (`openHistoryDb()`) once it exists: build
// the record with snapshotFromFlow(flow, meta) from src/core/history/snapshot.ts, put it, delete
// `replaces`, and store the screenshot beside it. Until then finished flows stay in storage.session
// only and "save-snapshot" answers with a clear error.
import type { HistorySink } from './flows.ts';

export function createHistorySink(_extensionVersion: string): HistorySink | null {
  return null;
}
