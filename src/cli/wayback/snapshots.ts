// One snapshot per archived capture, made with the workspace's own flow aggregation and snapshot code
// (so `timeline`, `compare` and the workspace import read it like any other), carrying where it came
// from: archive, capture URL, capture time and payload digest.
import { currentCatalog } from '../../core/catalog/index.ts';
import { mergePageIntoFlow } from '../../core/flow/aggregate.ts';
import { type Snapshot, type SnapshotProvenance, snapshotFromFlow } from '../../core/history/snapshot.ts';
import type { PageResult } from '../pool/task.ts';

export interface CaptureResult {
  url: string;
  capturedAt: number;
  providerId: string | null;
  result: PageResult;
  provenance: SnapshotProvenance;
}

/** The capture's snapshot, or null when it holds no field and no vendor (nothing to compare). */
export async function snapshotOfCapture(c: CaptureResult, version: string): Promise<Snapshot | null> {
  const { analysis, headings } = c.result;
  const providerId = c.providerId ?? analysis.providerId;
  const flow = mergePageIntoFlow(null, { ...analysis, url: c.url, providerId }, { at: c.capturedAt, tabId: 0, providerId, headings });
  if (flow.steps.length === 0) return null;
  const { tabId: _tab, ...plain } = flow;
  return snapshotFromFlow(plain, {
    url: c.url,
    savedAt: c.capturedAt,
    extensionVersion: version,
    catalogVersion: currentCatalog().version,
    reason: 'cli',
    provenance: c.provenance,
  });
}
