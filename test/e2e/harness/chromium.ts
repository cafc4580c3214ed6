// Launches Debian Chromium (playwright-core) with the built extension and a fixture server that
// answers for real provider hostnames. One launch per test file; see harness/README.md for the API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser, Runtime } from 'webextension-polyfill';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import { findChromium } from './browsers.ts';
import { type FixtureServer, type HostFolders, startFixtureServer } from './fixture-server.ts';
import { assertBuilt, DIST_CHROME } from './paths.ts';
import { flowFromReply } from './wait.ts';

export type StorageAreaName = 'session' | 'local' | 'sync';

export interface ChromiumLaunchOptions {
  /** Provider hostname → fixture folder; each hostname is mapped to the local fixture server. */
  hosts: HostFolders;
  /** The unpacked extension to load (default dist/chrome). */
  dist?: string;
  /** Default true. `npm start` runs headed when a display is available. */
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
}

export interface WorkerMessageRecorder {
  /** Every message the worker's runtime.onMessage / port listeners received since recording began. */
  messages(): Promise<unknown[]>;
}

export interface ChromiumExtensionSession {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** The real URL (https://<host><path>); the host resolver sends it to the fixture server. */
  url(host: string, path?: string): string;
  /** chrome-extension://<id><path> */
  extensionUrl(path: string): string;
  /** The running service worker, waking it (with a message from an extension page) if it was stopped. */
  worker(): Promise<Worker>;
  /** Asks the worker when it started (message `get-worker-info`); a new value proves a restart. */
  workerStartedAt(): Promise<number>;
  /**
   * Runs a function in an extension page (an extension-origin document with the `chrome.*` APIs an
   * extension page has), e.g. `chrome.action.getBadgeText({ tabId })`. The function is serialized.
   */
  evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Sends a runtime message from an extension page, as the popup would, and returns the reply. */
  sendMessage(message: unknown): Promise<unknown>;
  /** The tab's flow, asked as the popup asks (get-tab-flow). */
  flow(tabId: number): Promise<TabFlow | null>;
  /** The extension's tab id of a page (matched by URL, else by making the page the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup page for the tab of `page` (src/popup/index.html?tab=<id>) and waits until it rendered. */
  popupFor(page: Page, options?: { width?: number; height?: number }): Promise<Page>;
  /** Everything in a storage area, read from an extension page (does not wake the worker). */
  storage(area: StorageAreaName): Promise<Record<string, unknown>>;
  /** Everything in the extension's IndexedDB databases: { db: { store: records[] } }. */
  indexedDbDump(): Promise<Record<string, Record<string, unknown[]>>>;
  /** Starts recording what the current worker instance receives (lost when the worker stops). */
  recordWorkerMessages(): Promise<WorkerMessageRecorder>;
  /** Stops the service worker through CDP (ServiceWorker.stopWorker) and waits until it is stopped. */
  stopWorker(): Promise<void>;
  /**
   * What a person's click on the extension's toolbar button does, for `page`'s tab: CDP
   * Extensions.triggerAction on the tab target (needs --enable-unsafe-extension-debugging and the
   * pipe Playwright uses). Headless Chromium shows no popup, but the click grants activeTab, which
   * is what "Analyze this page" needs on a site outside the catalog.
   */
  clickToolbarButton(page: Page): Promise<void>;
  close(): Promise<void>;
}

export const POPUP_PATH = '/src/popup/index.html';

/** Extension pages and the worker see `chrome`; code passed to evaluate() reaches it through this type. */
type WithChrome = { chrome: Browser };

/** The Chromium flags of design.md: the extension only, no background traffic, hosts mapped to the server. */
export function chromiumArgs(dist: string, hosts: string[], port: number): string[] {
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'];
  return [
    '--no-sandbox',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Every other hostname fails to resolve: nothing a test does can reach the internet.
    `--host-resolver-rules=${rules.join(', ')}`,
    '--ignore-certificate-errors',
    // Lets CDP run the extension's toolbar action (Extensions.triggerAction): the user's click in tests.
    '--enable-unsafe-extension-debugging',
  ];
}

const withTimeout = <T>(work: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`Timed out after ${ms} ms: ${what}`)), ms).unref()),
  ]);

export async function launchWithExtension(options: ChromiumLaunchOptions): Promise<ChromiumExtensionSession> {
  const dist = options.dist ?? DIST_CHROME;
  assertBuilt(dist);
  const executablePath = findChromium();
  const server = await startFixtureServer({ hosts: options.hosts });
  const profile = await mkdtemp(join(tmpdir(), 'kyc-lens-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: options.headless ?? true,
      args: [...chromiumArgs(dist, server.hosts, server.port), ...(options.args ?? [])],
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  const isOurWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const firstWorker =
    context.serviceWorkers().find(isOurWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 20_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}${path.startsWith('/') ? path : `/${path}`}`;

  // An extension page the harness keeps open to talk to the extension as its own pages do
  // (runtime messages, storage, tabs.query) and to hold the CDP session that stops the worker.
  // It is the packaged manifest.json: an extension-origin document that runs no extension code.
  let controlPage: Page | null = null;
  const control = async (): Promise<Page> => {
    if (controlPage && !controlPage.isClosed()) return controlPage;
    controlPage = await context.newPage();
    await controlPage.goto(extensionUrl('/manifest.json'));
    return controlPage;
  };

  // Opened now, before any test page, so it never takes the front from a page a test is driving
  // (headless Chromium throttles animation frames in background tabs, which slows clicks).
  await control();

  const evaluateInExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await control()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>;

  const sendMessage = async (message: unknown) =>
    (await control()).evaluate((m) => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage(m), message as Record<string, unknown>);

  const flow = async (tabId: number): Promise<TabFlow | null> => flowFromReply(await sendMessage({ type: 'get-tab-flow', tabId }));

  const workerStartedAt = async (): Promise<number> => {
    const reply = (await sendMessage({ type: 'get-worker-info' })) as { ok: boolean; data?: { startedAt?: unknown } };
    if (!reply?.ok || typeof reply.data?.startedAt !== 'number') {
      throw new Error(`get-worker-info did not answer { ok: true, data: { startedAt } }: ${JSON.stringify(reply)}`);
    }
    return reply.data.startedAt;
  };

  const isAlive = async (w: Worker) => {
    try {
      return (await withTimeout(w.evaluate(() => 1), 2_000, 'worker ping')) === 1;
    } catch {
      return false;
    }
  };

  const worker = async (): Promise<Worker> => {
    for (const w of context.serviceWorkers().filter(isOurWorker).reverse()) if (await isAlive(w)) return w;
    // Stopped: any extension event starts it again; Playwright reports the new instance.
    const next = context.waitForEvent('serviceworker', { predicate: isOurWorker, timeout: 20_000 });
    // Not awaited when the worker turns out to be alive after all: keep its timeout from surfacing as an unhandled rejection.
    next.catch(() => undefined);
    await workerStartedAt();
    for (const w of context.serviceWorkers().filter(isOurWorker).reverse()) if (await isAlive(w)) return w;
    return next;
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const ctl = await control();
    const url = page.url();
    const tabs = await ctl.evaluate(() => (globalThis as unknown as WithChrome).chrome.tabs.query({}));
    const byUrl = tabs.filter((t) => t.url === url);
    if (byUrl.length === 1 && byUrl[0]!.id !== undefined) return byUrl[0]!.id;
    // The URL is not visible (no host permission) or not unique: make the page the active tab.
    await page.bringToFront();
    const [active] = await ctl.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.tabs.query({ active: true, lastFocusedWindow: true }),
    );
    if (active?.id === undefined) throw new Error(`No tab id found for ${url}.`);
    return active.id;
  };

  const popupFor = async (page: Page, size: { width?: number; height?: number } = {}): Promise<Page> => {
    const tabId = await tabIdOf(page);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: size.width ?? 400, height: size.height ?? 600 });
    await popup.goto(extensionUrl(`${POPUP_PATH}?tab=${tabId}`));
    // Rendered = the app root has content that is not a loading placeholder.
    await popup.waitForFunction(() => {
      const root = document.getElementById('app') ?? document.body;
      const text = root?.textContent?.trim() ?? '';
      return text.length > 0 && !/^loading/i.test(text);
    });
    return popup;
  };

  const storage = async (area: StorageAreaName) =>
    (await control()).evaluate((name) => (globalThis as unknown as WithChrome).chrome.storage[name].get(null), area) as Promise<Record<string, unknown>>;

  const indexedDbDump = async () =>
    (await control()).evaluate(async () => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((ok, fail) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
      const out: Record<string, Record<string, unknown[]>> = {};
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await request(indexedDB.open(info.name));
        out[info.name] = {};
        for (const store of db.objectStoreNames) {
          out[info.name]![store] = await request(db.transaction(store).objectStore(store).getAll());
        }
        db.close();
      }
      return out;
    });

  const recordWorkerMessages = async (): Promise<WorkerMessageRecorder> => {
    const w = await worker();
    await w.evaluate(() => {
      const g = globalThis as unknown as { __kycRecorded?: unknown[] };
      if (g.__kycRecorded) return;
      const recorded: unknown[] = [];
      g.__kycRecorded = recorded;
      const { chrome } = globalThis as unknown as WithChrome;
      // Listeners that only watch: they return nothing, so the extension's own listener still answers.
      chrome.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
        recorded.push({ message, senderUrl: sender.url ?? null });
      });
      chrome.runtime.onConnect.addListener((port) => {
        port.onMessage.addListener((message) => {
          recorded.push({ message, port: port.name });
        });
      });
    });
    return {
      messages: () => w.evaluate(() => (globalThis as unknown as { __kycRecorded?: unknown[] }).__kycRecorded ?? []),
    };
  };

  const stopWorker = async (): Promise<void> => {
    const ctl = await control();
    const cdp = await context.newCDPSession(ctl);
    try {
      type Version = { versionId: string; scriptURL: string; runningStatus: string };
      let versions: Version[] = [];
      let notify: () => void = () => undefined;
      cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
        for (const v of event.versions) {
          versions = [...versions.filter((o) => o.versionId !== v.versionId), v];
        }
        notify();
      });
      const until = (predicate: () => boolean, what: string, ms = 10_000) =>
        withTimeout(
          new Promise<void>((done) => {
            notify = () => {
              if (predicate()) done();
            };
            notify();
          }),
          ms,
          what,
        );
      const ours = (v: Version) => v.scriptURL.startsWith(extensionUrl('/'));
      await cdp.send('ServiceWorker.enable');
      await until(() => versions.some(ours), "the extension's service worker version");
      // Give a starting worker a moment to report "running"; a stopped one has nothing to stop.
      await until(() => versions.some((v) => ours(v) && v.runningStatus === 'running'), 'a running worker', 2_000).catch(
        () => undefined,
      );
      const running = versions.find((v) => ours(v) && v.runningStatus === 'running');
      if (!running) return;
      await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
      await until(
        () => versions.some((v) => v.versionId === running.versionId && v.runningStatus === 'stopped'),
        'the worker to stop',
      );
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };

  const clickToolbarButton = async (page: Page): Promise<void> => {
    const browser = context.browser();
    if (!browser) throw new Error('clickToolbarButton needs the browser-level CDP session');
    const cdp = await browser.newBrowserCDPSession();
    try {
      // The action runs on a tab target (the parent of the page target), found by its URL.
      type TargetInfo = { targetId: string; type: string; url: string };
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: TargetInfo[] };
      const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
      if (tabs.length !== 1) throw new Error(`clickToolbarButton: ${tabs.length} tabs show ${page.url()}; it needs exactly one`);
      await cdp.send('Extensions.triggerAction' as 'Target.getTargets', { id: extensionId, targetId: tabs[0]!.targetId } as never);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };

  const close = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };

  return {
    context,
    extensionId,
    server,
    url: server.url,
    extensionUrl,
    worker,
    workerStartedAt,
    evaluateInExtension,
    sendMessage,
    flow,
    tabIdOf,
    popupFor,
    storage,
    indexedDbDump,
    recordWorkerMessages,
    stopWorker,
    clickToolbarButton,
    close,
  };
}
