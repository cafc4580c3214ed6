// From page results to the workspace's snapshots, with the workspace's own flow aggregation and
// snapshot code, so a snapshot made by the CLI is the same record the extension would make from the
// same pages (sanitized, content-hashed, importable).
//
// A capture's analysis is kept once per distinct payload (by cache key); the groups only hold
// (time, key) pairs. Captures of one provider on one UTC date form one visit: they are merged in
// capture order into one flow, as the extension merges the steps of a tab.
//   byUrl:      one snapshot per provider, signup URL and date (timeline, export);
//   byProvider: one snapshot per provider and date, every URL as a step (the comparison matrix).
import { currentCatalog } from '../../core/catalog/index.ts';
import { mergePageIntoFlow, urlKey } from '../../core/flow/aggregate.ts';
import type { TabFlow } from '../../core/flow/model.ts';
import { type Snapshot, snapshotFromFlow } from '../../core/history/snapshot.ts';
import { hostOf } from '../../core/history/sanitize.ts';
import type { PageOutcome } from '../pool/pipeline.ts';
import type { PageResult } from '../pool/task.ts';

export interface SnapshotMetaBase {
  /** Version of the CLI that made the snapshots. */
  version: string;
}

interface Sighting {
  at: number;
  order: number;
  key: string;
  url: string;
}

const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class SnapshotBuilder {
  private readonly results = new Map<string, PageResult>();
  private readonly sightings: Sighting[] = [];
  private order = 0;

  /** Takes a page outcome; pages that failed or have no result are not part of any snapshot. */
  add(o: PageOutcome): void {
    if (!o.result || !o.key) return;
    const hasContent = o.result.analysis.forms.some((f) => f.fields.length > 0) || o.result.analysis.vendors.length > 0;
    if (!hasContent) return;
    if (!this.results.has(o.key)) this.results.set(o.key, o.result);
    this.sightings.push({ at: o.capturedAt ?? 0, order: this.order++, key: o.key, url: o.url });
  }

  get size(): number {
    return this.sightings.length;
  }

  private providerOf(s: Sighting): { id: string | null; group: string } {
    const id = this.results.get(s.key)!.analysis.providerId;
    return { id, group: id ?? `site:${hostOf(s.url) || s.url}` };
  }

  private async build(groupOf: (s: Sighting) => string, meta: SnapshotMetaBase): Promise<Snapshot[]> {
    const groups = new Map<string, Sighting[]>();
    for (const s of this.sightings) {
      const g = `${groupOf(s)}\u0000${utcDate(s.at)}`;
      const list = groups.get(g);
      if (list) list.push(s);
      else groups.set(g, [s]);
    }
    const out: Snapshot[] = [];
    const catalogVersion = currentCatalog().version;
    for (const list of groups.values()) {
      list.sort((a, b) => a.at - b.at || a.order - b.order);
      let flow: TabFlow | null = null;
      for (const s of list) {
        const { analysis, headings } = this.results.get(s.key)!;
        // One date's captures are one visit: never let the idle rule split them.
        if (flow) flow = { ...flow, updatedAt: Math.max(flow.updatedAt, s.at) };
        flow = mergePageIntoFlow(flow, { ...analysis, url: s.url }, { at: s.at, tabId: 0, providerId: analysis.providerId, headings });
      }
      if (!flow || flow.steps.length === 0) continue;
      const last = list[list.length - 1]!;
      const { tabId: _tab, ...plain } = flow;
      out.push(
        await snapshotFromFlow(plain, {
          url: last.url,
          savedAt: last.at,
          extensionVersion: meta.version,
          catalogVersion,
          reason: 'cli',
        }),
      );
    }
    return out.sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** One snapshot per provider, signup URL (origin, path and route) and capture date. */
  byUrl(meta: SnapshotMetaBase): Promise<Snapshot[]> {
    return this.build((s) => `${this.providerOf(s).group}\u0000${urlKey(s.url)}`, meta);
  }

  /** One snapshot per provider and capture date, with every URL of that date as a step. */
  byProvider(meta: SnapshotMetaBase): Promise<Snapshot[]> {
    return this.build((s) => this.providerOf(s).group, meta);
  }
}
