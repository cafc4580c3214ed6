// The background worker. Listeners are registered synchronously on the first tick (an MV3 worker
// restarted by an event must find them there); all state lives in storage, none in variables.
import browser, { type Runtime } from 'webextension-polyfill';
import { providerForUrl } from '../core/catalog/index.ts';
import { classifyPage } from '../core/classify/index.ts';
import { fail, ok } from '../shared/messages.ts';
import { createRouter } from './router.ts';
import { createTabReports } from './tab-reports.ts';

/** When this worker instance started: tests use it to prove a restart happened. */
const startedAt = Date.now();
const reports = createTabReports(browser.storage.session);

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  async onContent(message, tabId) {
    const analysis = classifyPage(message.features, { providerId: providerForUrl(message.features.url) });
    await reports.put({ tabId, updatedAt: Date.now(), analysis });
    return ok({ stored: true });
  },
  async onPage(message) {
    switch (message.type) {
      case 'get-tab-report':
        return ok(await reports.get(message.tabId));
      case 'get-worker-info':
        return ok({ startedAt });
      default:
        return fail('internal', `"${message.type}" is not available yet.`);
    }
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.tabs.onRemoved.addListener((tabId) => {
  void reports.remove(tabId);
});
