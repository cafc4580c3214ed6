// The Firefox test build's probe page (dist/firefox-test only; never in a release build). WebDriver
// BiDi will not open an extension page in Firefox, but a web page may navigate itself to a
// web-accessible one: the e2e harness opens https://probe.kyc-lens.test/, which replaces itself with
// this page, and then asks it what the extension's own pages can read: storage, IndexedDB, tab ids,
// the worker's read-only answers, and the real popup rendered for a tab. It answers only the queries
// in queries.ts, and none of them writes.
import type { Browser } from 'webextension-polyfill';
import { PROBE_READ_MESSAGES, type PopupView, type ProbeQuery, readPopupView } from './queries.ts';

// Firefox's own promise-based `browser`, not the polyfill: the probe then shares no module with the
// extension, so the test build's other files are the release build's, byte for byte (a test checks).
const browser = (globalThis as unknown as { browser: Browser }).browser;

const POPUP_PAGE = 'src/popup/index.html';
const POPUP_RENDER_TIMEOUT_MS = 15_000;

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });

async function indexedDbDump(): Promise<Record<string, Record<string, unknown[]>>> {
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await request(indexedDB.open(info.name));
    const stores: Record<string, unknown[]> = {};
    for (const store of db.objectStoreNames) stores[store] = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
    out[info.name] = stores;
    db.close();
  }
  return out;
}

/** Resolves when `ready()` holds, re-checking after every DOM change in `doc` (no fixed wait). */
function until(doc: Document, ready: () => boolean, what: string, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    if (ready()) return done();
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      done();
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
}

/** The real popup page for `tabId`, in a frame of this page, read once it rendered (the same test as the Chromium harness's popupFor). */
async function popupView(tabId: number, openPanels: boolean): Promise<PopupView> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:400px;height:600px;border:0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = browser.runtime.getURL(`${POPUP_PAGE}?tab=${tabId}`);
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    const rendered = () => {
      const text = (doc.getElementById('app') ?? doc.body)?.textContent?.trim() ?? '';
      return text.length > 0 && !/^loading/i.test(text);
    };
    await until(doc, rendered, `the popup of tab ${tabId} to render`, POPUP_RENDER_TIMEOUT_MS);
    if (openPanels) {
      // As a click on each summary does; the panels build their content on opening.
      const closed = () => [...doc.querySelectorAll<HTMLElement>('details:not([open]) > summary')];
      for (const summary of closed()) summary.click();
      await until(doc, () => closed().length === 0, 'every popup panel to open', POPUP_RENDER_TIMEOUT_MS);
      await new Promise((r) => frame.contentWindow!.requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return readPopupView(doc);
  } finally {
    frame.remove();
  }
}

async function answer(query: ProbeQuery): Promise<unknown> {
  switch (query.kind) {
    case 'hello':
      return {
        userAgent: navigator.userAgent,
        extension: browser.runtime.getManifest().version,
        // Which extension APIs this frame has (an embedded extension page may lack some a tab has).
        apis: Object.keys(browser).filter((k) => typeof (browser as unknown as Record<string, unknown>)[k] === 'object'),
      };
    case 'manifest':
      return browser.runtime.getManifest();
    case 'storage':
      return browser.storage[query.area].get(null);
    case 'indexeddb':
      return indexedDbDump();
    case 'tab-id': {
      const tabs = (await browser.tabs.query({})).filter((t) => t.url === query.url);
      return tabs.length === 1 ? (tabs[0]!.id ?? null) : null;
    }
    case 'active-tab-id':
      return (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
    case 'message':
      if (!(PROBE_READ_MESSAGES as readonly string[]).includes(query.message.type)) {
        throw new Error(`The probe only forwards read-only messages (${PROBE_READ_MESSAGES.join(', ')}), not "${query.message.type}".`);
      }
      return browser.runtime.sendMessage(query.message);
    case 'popup':
      return popupView(query.tabId, query.openPanels === true);
    case 'control-fetch': {
      if (!new URL(query.url).pathname.startsWith('/__control/')) throw new Error('The probe fetches only /__control/ paths.');
      const response = await fetch(query.url, { cache: 'no-store' });
      return response.status;
    }
    case 'badge':
      return browser.action.getBadgeText({ tabId: query.tabId });
    default:
      throw new Error(`Unknown probe query ${JSON.stringify(query)}`);
  }
}

// The harness evaluates `kycLensProbe(query)` in this page through WebDriver BiDi: the answer is a
// promise of JSON-safe data. Nothing else is exposed.
(window as unknown as { kycLensProbe(query: ProbeQuery): Promise<unknown> }).kycLensProbe = answer;
