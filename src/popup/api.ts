// Everything the popup asks of the browser, behind one small interface: the components stay plain
// Preact over data, and tests can render them with a fake.
import browser from 'webextension-polyfill';
import type { TabFlow } from '../core/flow/model.ts';
import type { ErrorCode, PageMessage, Reply } from '../shared/messages.ts';

export interface TargetTab {
  id: number;
  /** Only known on hosts the extension may read (the providers', or after an activeTab grant). */
  url?: string;
  windowId?: number;
}

/** Errors the popup shows; 'unreachable' is added for a worker that did not answer at all. */
export type PopupErrorCode = ErrorCode | 'unreachable';
export type PopupReply<T> = { ok: true; data: T } | { ok: false; error: { code: PopupErrorCode; message: string } };

export interface PopupApi {
  targetTab(): Promise<TargetTab | null>;
  getFlow(tabId: number): Promise<PopupReply<TabFlow | null>>;
  analyze(tabId: number): Promise<PopupReply<{ injected: boolean }>>;
  saveSnapshot(tabId: number, screenshot?: string): Promise<PopupReply<{ snapshotId: string }>>;
  reset(tabId: number): Promise<PopupReply<unknown>>;
  /** A PNG data URL of the tab's window as it is now. Throws when the browser refuses. */
  captureVisibleTab(windowId: number | undefined): Promise<string>;
  copyText(text: string): Promise<void>;
  openWorkspace(): Promise<void>;
}

async function send<T>(message: PageMessage): Promise<PopupReply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      return { ok: false, error: { code: 'unreachable', message: 'No answer from the background worker.' } };
    }
    return reply;
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Tests and the workspace open the popup in a tab with ?tab=<id>; the toolbar popup describes the active tab. */
export function tabParam(search: string): number | null {
  const param = new URLSearchParams(search).get('tab');
  return param && /^\d{1,10}$/.test(param) ? Number(param) : null;
}

export function browserApi(): PopupApi {
  return {
    async targetTab() {
      const id = tabParam(location.search);
      const tab =
        id !== null
          ? await browser.tabs.get(id).catch(() => null)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab || tab.id === undefined) return id !== null ? { id } : null;
      return { id: tab.id, ...(tab.url ? { url: tab.url } : {}), ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}) };
    },
    getFlow: (tabId) => send({ type: 'get-tab-flow', tabId }),
    analyze: (tabId) => send({ type: 'analyze-tab', tabId }),
    saveSnapshot: (tabId, screenshot) => send({ type: 'save-snapshot', tabId, ...(screenshot ? { screenshot } : {}) }),
    reset: (tabId) => send({ type: 'reset-tab-flow', tabId }),
    captureVisibleTab: (windowId) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }),
    copyText: (text) => navigator.clipboard.writeText(text),
    async openWorkspace() {
      await browser.tabs.create({ url: browser.runtime.getURL('src/workspace/index.html') });
    },
  };
}
