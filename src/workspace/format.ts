// Small formatting helpers for the workspace (pure; unit-tested).
import type { Category } from '../core/taxonomy/categories.ts';
import { CATEGORY_TITLES } from '../core/history/diff.ts';

export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '—';
  return d.toISOString().replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC');
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

export const categoryTitle = (c: Category): string => CATEGORY_TITLES[c];

/** `yyyy-mm-dd` from a date input → the first (or last) millisecond of that UTC day; undefined when empty or invalid. */
export function dayBound(value: string, end: boolean): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const t = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(t)) return undefined;
  return end ? t + 86_400_000 - 1 : t;
}

export const shortId = (id: string): string => id.slice(0, 12);
