// Per-tab reports live in storage.session: the MV3 worker can be stopped at any moment, so no truth
// is kept in module variables. Writes go through one queue so they never interleave.
import type { Storage } from 'webextension-polyfill';
import type { PageAnalysis } from '../core/report.ts';

export interface TabReport {
  tabId: number;
  updatedAt: number;
  analysis: PageAnalysis;
}

const key = (tabId: number) => `tab:${tabId}`;

export function createTabReports(area: Storage.StorageArea) {
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    async get(tabId: number): Promise<TabReport | null> {
      const got = await area.get(key(tabId));
      return (got[key(tabId)] as TabReport | undefined) ?? null;
    },
    put(report: TabReport): Promise<void> {
      return serialize(() => area.set({ [key(report.tabId)]: report }));
    },
    remove(tabId: number): Promise<void> {
      return serialize(() => area.remove(key(tabId)));
    },
  };
}
export type TabReports = ReturnType<typeof createTabReports>;
