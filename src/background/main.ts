// The background worker. Listeners are registered synchronously on the first tick (an MV3 worker
// restarted by an event must find them there); all state lives in storage, none in variables.
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { isSignupPage, providerForUrl, vendorForOrigin } from '../core/catalog/index.ts';
import { classifyPage } from '../core/classify/index.ts';
import { AUTO_SAVE_KEY, autoSaveFrom } from '../core/settings.ts';
import { redactFeatureUrls } from '../core/url-redact.ts';
import { fail, ok } from '../shared/messages.ts';
import { createBadgeSetter } from './badge.ts';
import { createFlowStore } from './flow-store.ts';
import { createFlowService } from './flows.ts';
import { createHistorySink } from './history.ts';
import { injectContentScript } from './inject.ts';
import { createRouter } from './router.ts';
import { createTabReports } from './tab-reports.ts';

/** When this worker instance started: tests use it to prove a restart happened. */
const startedAt = Date.now();
const reports = createTabReports(browser.storage.session);

const flows = createFlowService({
  store: createFlowStore(browser.storage.session),
  classify: (features, providerId) => classifyPage(features, { providerId }),
  providerForUrl,
  vendorForOrigin,
  setBadge: createBadgeSetter(browser.action),
  history: createHistorySink(browser.runtime.getManifest().version),
  isSignupPage,
  autoSave: async () => autoSaveFrom((await browser.storage.local.get(AUTO_SAVE_KEY))[AUTO_SAVE_KEY]),
  now: Date.now,
});

const route = createRouter({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  async onContent(message, tabId, frameId) {
    // The manifest and "Analyze this page" run the script in top frames only; same-origin frames are
    // read from the top. Anything else is not ours to record.
    if (frameId !== 0) return fail('not-allowed', 'Only the top frame reports a page.');
    // URLs lose their query values and fragments here, before anything stores or shows them.
    const features = redactFeatureUrls(message.features);
    const analysis = classifyPage(features, { providerId: providerForUrl(features.url) });
    const summary = await flows.onPageFeatures(tabId, features, message.reason);
    // A page that is no step of a signup leaves nothing behind, not even as the tab's last report.
    if (summary.recorded) await reports.put({ tabId, updatedAt: Date.now(), analysis });
    return ok({ stored: summary.recorded, ...summary });
  },
  async onPage(message) {
    switch (message.type) {
      case 'get-tab-report':
        return ok(await reports.get(message.tabId));
      case 'get-tab-flow':
        return ok(await flows.getFlow(message.tabId));
      case 'get-active-tab-flow': {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        const id = tab?.id ?? null;
        return ok({ tabId: id, flow: id === null ? null : await flows.getFlow(id) });
      }
      case 'reset-tab-flow':
        await flows.reset(message.tabId);
        return ok({ reset: true });
      case 'save-snapshot': {
        const snapshotId = await flows.save(message.tabId, message.screenshot);
        return snapshotId ? ok({ snapshotId }) : fail('not-found', 'This tab has no signup flow to save yet.');
      }
      case 'analyze-tab': {
        const result = await injectContentScript(browser.scripting, browser.runtime.getManifest(), message.tabId);
        return result.injected ? ok({ injected: true }) : fail('not-allowed', result.reason);
      }
      case 'get-worker-info':
        return ok({ startedAt });
      default:
        return fail('internal', `"${(message as { type: string }).type}" is not available yet.`);
    }
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.tabs.onRemoved.addListener((tabId) => {
  void reports.remove(tabId);
  void flows.onTabClosed(tabId);
});
browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  // tab.url is only visible on hosts the extension may access (the providers', or an activeTab grant):
  // a load without it means the tab left the provider.
  if (change.status === 'loading') void flows.onTabLoading(tabId, tab.url);
});
