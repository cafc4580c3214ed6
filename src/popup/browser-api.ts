// The popup's browser side: runtime messages to the worker, tabs, clipboard.
import browser from 'webextension-polyfill';
import { request as send } from '../shared/request.ts';
import { type PopupApi, tabParam } from './api.ts';

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
    async getInitialFlow() {
      const id = tabParam(location.search);
      if (id === null) return send({ type: 'get-active-tab-flow' });
      const reply = await send({ type: 'get-tab-flow', tabId: id });
      return reply.ok ? { ok: true, data: { tabId: id, flow: reply.data } } : reply;
    },
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
