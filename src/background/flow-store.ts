// Per-tab flows in storage.session, written through ONE queue: every change is a read-modify-write
// that runs after the previous one finished, so two messages of a tab never interleave, and since
// each change is written before its reply is sent, stopping the worker at any moment loses nothing
// that was acknowledged. Stored flows are validated when read: a damaged entry is dropped with a
// warning instead of breaking the tab.
import type { Storage } from 'webextension-polyfill';
import { type TabFlow, TabFlowSchema } from '../core/flow/model.ts';

const PREFIX = 'flow:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

export type FlowUpdate = (flow: TabFlow | null) => TabFlow | null | Promise<TabFlow | null>;

export function createFlowStore(area: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'>) {
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function read(tabId: number): Promise<TabFlow | null> {
    const got = await area.get(key(tabId));
    const raw = got[key(tabId)];
    if (raw === undefined) return null;
    const parsed = TabFlowSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    console.warn(`KYC Lens: dropped a damaged flow for tab ${tabId}: ${parsed.error.issues[0]?.message}`);
    return null;
  }

  return {
    /** The tab's flow as last written (waits for queued writes, so a reply never shows stale state). */
    get(tabId: number): Promise<TabFlow | null> {
      return serialize(() => read(tabId));
    },
    /** Applies `change` to the tab's flow and stores the result (null removes it). Returns it. */
    update(tabId: number, change: FlowUpdate): Promise<TabFlow | null> {
      return serialize(async () => {
        const next = await change(await read(tabId));
        if (next) await area.set({ [key(tabId)]: next });
        else await area.remove(key(tabId));
        return next;
      });
    },
    remove(tabId: number): Promise<void> {
      return serialize(() => area.remove(key(tabId)));
    },
  };
}
export type FlowStore = ReturnType<typeof createFlowStore>;
