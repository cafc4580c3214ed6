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
import { createHistoryWriter } from './history.ts';
import { serveContentPort } from './content-port.ts';
import { injectContentScript } from './inject.ts';
import { createRouter } from './router.ts';

/** When this worker instance started: tests use it to prove a restart happened. */
const startedAt = Date.now();

const history = createHistoryWriter(browser.runtime.getManifest().version);
const noHistory = () => fail('internal', 'History is not available in this browser profile.');

const flows = createFlowService({
  store: createFlowStore(browser.storage.session),
  classify: (features, providerId) => classifyPage(features, { providerId }),
  providerForUrl,
  vendorForOrigin,
  setBadge: createBadgeSetter(browser.action),
  history,
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
    const summary = await flows.onPageFeatures(tabId, redactFeatureUrls(message.features), message.reason);
    // A page that is no step of a signup leaves nothing behind.
    return ok({ stored: summary.recorded, steps: summary.steps, fields: summary.fields });
  },
  onPage: {
    'get-tab-flow': async ({ tabId }) => ok(await flows.getFlow(tabId)),
    async 'get-active-tab-flow'() {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      const id = tab?.id ?? null;
      return ok({ tabId: id, flow: id === null ? null : await flows.getFlow(id) });
    },
    async 'reset-tab-flow'({ tabId }) {
      await flows.reset(tabId);
      return ok({ reset: true });
    },
    async 'save-snapshot'({ tabId, screenshot }) {
      const snapshotId = await flows.save(tabId, screenshot);
      return snapshotId ? ok({ snapshotId }) : fail('not-found', 'This tab has no signup flow to save yet.');
    },
    async 'analyze-tab'({ tabId }) {
      const result = await injectContentScript(browser.scripting, browser.runtime.getManifest(), tabId);
      return result.injected ? ok({ injected: true }) : fail('not-allowed', result.reason);
    },
    'get-worker-info': async () => ok({ startedAt }),
    async 'import-history'(part) {
      return history ? ok({ added: await history.importPart(part) }) : noHistory();
    },
    async 'delete-history'({ providerKey }) {
      return history ? ok({ deleted: await history.delete(providerKey) }) : noHistory();
    },
  },
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));
browser.runtime.onConnect.addListener((port) => serveContentPort(port, route));
browser.tabs.onRemoved.addListener((tabId) => {
  void flows.onTabClosed(tabId);
});
browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
  // tab.url is only visible on hosts the extension may access (the providers', or an activeTab grant):
  // a load without it means the tab left the provider.
  if (change.status === 'loading') void flows.onTabLoading(tabId, tab.url);
});
