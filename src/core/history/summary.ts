// The small record history lists and searches: enough to show a row and filter on it, so a list of
// ten thousand snapshots never has to load their fields. Kept beside each snapshot in the store.
import { CATEGORIES, type Category } from '../taxonomy/categories.ts';
import { canonicalJson } from './canonical.ts';
import { categoryStatuses, providerKey, type Snapshot } from './snapshot.ts';

export interface SnapshotSummary {
  id: string;
  providerKey: string;
  providerId: string | null;
  providerName: string;
  providerKind: string | null;
  url: string;
  savedAt: number;
  reason: Snapshot['reason'];
  stepCount: number;
  fieldCount: number;
  categories: Category[];
  requiredCategories: Category[];
  vendorIds: string[];
  screenshotId: string | null;
  /** Approximate size of the snapshot (characters of its JSON). */
  bytes: number;
  /** Lower-cased text the search box matches: provider, URL, labels, field types, categories, vendors, id. */
  search: string;
}

export function summarize(s: Snapshot): SnapshotSummary {
  const statuses = categoryStatuses(s);
  const categories = CATEGORIES.filter((c) => statuses.has(c));
  const vendorIds = [...new Set(s.vendors.map((v) => v.vendorId))];
  const search = [
    s.provider.name,
    s.provider.id ?? '',
    s.provider.kind ?? '',
    s.url,
    s.id,
    ...categories,
    ...vendorIds,
    ...new Set(s.fields.flatMap((f) => [f.label, f.fieldType])),
  ]
    .join('\n')
    .toLowerCase();
  return {
    id: s.id,
    providerKey: providerKey(s),
    providerId: s.provider.id,
    providerName: s.provider.name,
    providerKind: s.provider.kind,
    url: s.url,
    savedAt: s.savedAt,
    reason: s.reason,
    stepCount: s.steps.length,
    fieldCount: s.fields.length,
    categories,
    requiredCategories: categories.filter((c) => statuses.get(c) === 'required'),
    vendorIds,
    screenshotId: s.screenshotId ?? null,
    bytes: canonicalJson(s).length,
    search,
  };
}

export interface HistoryQuery {
  /** A provider key (catalog id, or `site:<host>`). */
  provider?: string;
  /** Words that must all occur (case-insensitive) in the provider, URL, labels, types, categories or vendors. */
  text?: string;
  /** savedAt bounds in ms, inclusive. */
  from?: number;
  to?: number;
  /** Provider kind ('unknown' for sites outside the catalog). */
  kind?: string;
  category?: Category;
  limit: number;
  offset: number;
}

export interface HistoryPage {
  total: number;
  items: SnapshotSummary[];
}

/** Filters summaries already sorted newest first; returns one page and the number of matches. */
export function queryHistory(sorted: readonly SnapshotSummary[], q: HistoryQuery): HistoryPage {
  const terms = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const items: SnapshotSummary[] = [];
  let total = 0;
  const end = q.offset + q.limit;
  for (const s of sorted) {
    if (q.provider !== undefined && s.providerKey !== q.provider) continue;
    if (q.kind !== undefined && (s.providerKind ?? 'unknown') !== q.kind) continue;
    if (q.from !== undefined && s.savedAt < q.from) continue;
    if (q.to !== undefined && s.savedAt > q.to) continue;
    if (q.category !== undefined && !s.categories.includes(q.category)) continue;
    if (terms.length && !terms.every((t) => s.search.includes(t))) continue;
    if (total >= q.offset && total < end) items.push(s);
    total++;
  }
  return { total, items };
}

/** Newest first, ties by id, so pages are stable. */
export function compareSummaries(a: SnapshotSummary, b: SnapshotSummary): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
