// One provider's snapshots over time: each with the number of KYC categories it asked for and what
// changed since the one before. Also the geometry of the "categories over time" chart, kept here so
// it can be tested without a DOM.
import { IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import { describeDiff, diffSnapshots, type SnapshotDiff } from './diff.ts';
import { categoryStatuses, type Snapshot } from './snapshot.ts';

export interface TimelineEntry {
  snapshot: Snapshot;
  /** Identity categories observed (credentials and "other" are not KYC data). */
  categoryCount: number;
  requiredCategoryCount: number;
  /** Difference from the previous entry; null for the first. */
  diff: SnapshotDiff | null;
  changes: string[];
}

export function kycCategoryCounts(s: Pick<Snapshot, 'fields' | 'vendors'>): { observed: number; required: number } {
  const statuses = categoryStatuses(s);
  let observed = 0;
  let required = 0;
  for (const c of IDENTITY_CATEGORIES) {
    const st = statuses.get(c);
    if (st) observed++;
    if (st === 'required') required++;
  }
  return { observed, required };
}

/** Oldest first. */
export function buildTimeline(snapshots: readonly Snapshot[]): TimelineEntry[] {
  const sorted = [...snapshots].sort((a, b) => a.savedAt - b.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((snapshot, i) => {
    const counts = kycCategoryCounts(snapshot);
    const prev = i > 0 ? sorted[i - 1]! : null;
    const diff = prev ? diffSnapshots(prev, snapshot) : null;
    return { snapshot, categoryCount: counts.observed, requiredCategoryCount: counts.required, diff, changes: diff ? describeDiff(diff) : [] };
  });
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  time: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  observed: ChartPoint[];
  required: ChartPoint[];
  /** Step-line paths (a count holds until the next snapshot). */
  observedPath: string;
  requiredPath: string;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; time: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

function stepPath(points: readonly ChartPoint[]): string {
  if (points.length === 0) return '';
  let d = `M${points[0]!.x},${points[0]!.y}`;
  for (let i = 1; i < points.length; i++) d += ` H${points[i]!.x} V${points[i]!.y}`;
  return d;
}

export function chartGeometry(entries: readonly TimelineEntry[], width = 640, height = 220): ChartGeometry {
  const plot = { left: 36, top: 12, right: width - 16, bottom: height - 28 };
  const maxValue = IDENTITY_CATEGORIES.length;
  const times = entries.map((e) => e.snapshot.savedAt);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const span = t1 - t0;
  const xOf = (t: number) =>
    round(span === 0 ? (plot.left + plot.right) / 2 : plot.left + ((t - t0) / span) * (plot.right - plot.left));
  const yOf = (v: number) => round(plot.bottom - (v / maxValue) * (plot.bottom - plot.top));
  const observed = entries.map((e) => ({ x: xOf(e.snapshot.savedAt), y: yOf(e.categoryCount), value: e.categoryCount, time: e.snapshot.savedAt }));
  const required = entries.map((e) => ({
    x: xOf(e.snapshot.savedAt),
    y: yOf(e.requiredCategoryCount),
    value: e.requiredCategoryCount,
    time: e.snapshot.savedAt,
  }));
  const yTicks = [0, 3, 6, 9, maxValue].map((value) => ({ value, y: yOf(value) }));
  const tickCount = entries.length === 0 ? 0 : span === 0 ? 1 : Math.min(5, entries.length);
  const xTicks = Array.from({ length: tickCount }, (_, i) => {
    const time = tickCount === 1 ? t0 : t0 + (span * i) / (tickCount - 1);
    return { time, x: xOf(time) };
  });
  return { width, height, plot, observed, required, observedPath: stepPath(observed), requiredPath: stepPath(required), yTicks, xTicks };
}
