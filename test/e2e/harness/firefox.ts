// Launches Debian Firefox ESR (puppeteer-core over WebDriver BiDi) with the Firefox *test* build
// (dist/firefox-test) installed as a temporary add-on, and the fixture server answering for real
// provider hostnames.
//
// How a test sees the extension's side in Firefox, on every supported version: WebDriver BiDi hides
// extension contexts (moz-extension:// pages and the background page; Firefox bug 1755014) and will
// not navigate a tab to a moz-extension:// URL, and privileged ("chrome") evaluation is not available
// on every Firefox (ESR 140 returns only about:blank for moz:scope chrome). So the test build adds one
// read-only probe page (src/test-probe/), web-accessible to one test-only host. The harness opens
// https://probe.kyc-lens.test/ (test/e2e/harness/probe-host/), which embeds the probe at the add-on's
// pinned UUID (pref extensions.webextensions.uuids) and relays questions to it by postMessage. The
// probe reads what the extension's own pages read — storage, IndexedDB, tab ids, the worker's answers
// to the popup's read-only messages, and the real popup page rendered for a tab — and writes nothing.
// Release builds contain neither the probe nor any web-accessible resource (manifest.test.ts).
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { GECKO_ID, TEST_PROBE_HOST, TEST_PROBE_PAGE } from '../../../manifest.config.ts';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import type { PopupView, ProbeQuery } from '../../../src/test-probe/queries.ts';
import { findFirefox } from './browsers.ts';
import { type ConnectProxy, startConnectProxy } from './connect-proxy.ts';
import { type FixtureServer, type HostFolders, startFixtureServer } from './fixture-server.ts';
import { assertBuilt, DIST_FIREFOX_TEST } from './paths.ts';
import { eventually, flowFromReply } from './wait.ts';

export interface FirefoxLaunchOptions {
  /** Provider hostname → fixture folder. Firefox maps names without a port, so the server takes 443. */
  hosts: HostFolders;
  /** The extension folder to install (default dist/firefox-test: the release build plus the probe). */
  dist?: string;
  headless?: boolean;
  /** Send every request of the browser through a logging proxy (session.proxy): the network tests' monitor. */
  proxy?: boolean;
}

export interface FirefoxExtensionSession {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** Firefox's own version string (browser.version()), e.g. "firefox/140.12.0". */
  firefoxVersion: string;
  server: FixtureServer;
  /** With the `proxy` option: every destination the browser asked for. */
  proxy: ConnectProxy | null;
  url(host: string, path?: string): string;
  newPage(): Promise<Page>;
  /** Asks the probe page one read-only question (src/test-probe/queries.ts). */
  probe<T>(query: ProbeQuery): Promise<T>;
  /** Everything in a storage area of the extension. */
  storage(area: 'session' | 'local' | 'sync'): Promise<Record<string, unknown>>;
  /** Everything in the extension's IndexedDB databases: { db: { store: records[] } }. */
  indexedDbDump(): Promise<Record<string, Record<string, unknown[]>>>;
  /** The extension's tab id of a page (matched by URL, else by making the page the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /** A read-only runtime message to the worker from an extension page, exactly as the popup sends it. */
  sendMessage(message: { type: 'get-tab-flow' | 'get-active-tab-flow' | 'get-worker-info' } & Record<string, unknown>): Promise<unknown>;
  /** The tab's flow, asked as the popup asks (get-tab-flow). */
  flow(tabId: number): Promise<TabFlow | null>;
  /** The real popup page for the tab of `page`, rendered (src/popup/index.html?tab=<id>). */
  popupFor(page: Page, options?: { openPanels?: boolean }): Promise<PopupView>;
  close(): Promise<void>;
}

const PROBE_TIMEOUT_MS = 20_000;

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<FirefoxExtensionSession> {
  const dist = options.dist ?? DIST_FIREFOX_TEST;
  assertBuilt(dist, 'npm run build:firefox-test');
  const executablePath = findFirefox();
  const hosts: HostFolders = { ...options.hosts, [TEST_PROBE_HOST]: join(import.meta.dirname, 'probe-host') };
  const server = await startFixtureServer({ hosts, port: 443 });
  const proxy = options.proxy ? await startConnectProxy({ hosts: server.hosts, fixturePort: server.port }) : null;
  const proxyPrefs = proxy
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      }
    : {};
  // The add-on's moz-extension:// host, pinned so the probe host page knows where the probe is.
  const uuid = randomUUID();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      extraPrefsFirefox: {
        // Resolve the provider hostnames to 127.0.0.1 (the fixture server listens on 443).
        'network.dns.localDomains': server.hosts.join(','),
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'extensions.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        ...proxyPrefs,
      },
    });
  } catch (error) {
    await proxy?.close();
    await server.close();
    throw error;
  }
  const closeAll = async () => {
    await browser.close().catch(() => undefined);
    await proxy?.close();
    await server.close();
  };

  let extensionId: string;
  let firefoxVersion = 'unknown Firefox';
  try {
    firefoxVersion = await browser.version();
    extensionId = await browser.installExtension(dist);
  } catch (error) {
    await closeAll();
    throw error;
  }

  // Self-test of the route: the probe page opens and answers from inside the add-on with the APIs an
  // extension page has. When a Firefox does not allow this, the run stops here and names that Firefox.
  const probeUrl = `moz-extension://${uuid}/${TEST_PROBE_PAGE}`;
  let probePage: Page;
  const probe = async <T>(query: ProbeQuery): Promise<T> =>
    probePage.evaluate((q) => (window as unknown as { kycLensProbe(q: unknown): Promise<unknown> }).kycLensProbe(q), query as never) as Promise<T>;
  try {
    // Opened first, so it never takes the front from a page a test drives.
    probePage = await browser.newPage();
    // The host page replaces itself with the probe page, which aborts the navigation BiDi waits for.
    await probePage.goto(server.url(TEST_PROBE_HOST, `/#${encodeURIComponent(probeUrl)}`)).catch(() => undefined);
    // Polled from here: the page's realm is replaced on the way, which ends an in-page wait.
    const page = probePage;
    await eventually(
      async () => {
        const seen = await page.evaluate(() => ({ href: location.href, probe: typeof (window as unknown as { kycLensProbe?: unknown }).kycLensProbe }));
        if (seen.href !== probeUrl || seen.probe !== 'function') throw new Error(`the tab shows ${seen.href} (probe: ${seen.probe})`);
        return true;
      },
      'the probe page',
      { timeoutMs: PROBE_TIMEOUT_MS },
    );
    const hello = await probe<{ userAgent: string; apis: string[] }>({ kind: 'hello' });
    const missing = ['runtime', 'storage', 'tabs', 'action'].filter((api) => !hello.apis.includes(api));
    if (!hello.userAgent.includes('Firefox/') || missing.length) {
      throw new Error(`the probe runs in ${hello.userAgent} without the extension APIs ${missing.join(', ')}`);
    }
  } catch (error) {
    await closeAll();
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The Firefox test route does not work on ${firefoxVersion}: the probe page of ${dist} (${probeUrl}, ` +
        `opened from https://${TEST_PROBE_HOST}/) did not answer (${why}). See test/e2e/harness/README.md, "Firefox ESR".`,
    );
  }

  const sendMessage: FirefoxExtensionSession['sendMessage'] = (message) => probe({ kind: 'message', message });

  const tabIdOf = async (page: Page): Promise<number> => {
    const byUrl = await probe<number | null>({ kind: 'tab-id', url: page.url() });
    if (byUrl !== null) return byUrl;
    // The URL is hidden from the extension (no host permission) or not unique: make the page the active tab.
    await page.bringToFront();
    const active = await probe<number | null>({ kind: 'active-tab-id' });
    if (active === null) throw new Error(`No tab id found for ${page.url()}.`);
    return active;
  };

  return {
    browser,
    extensionId,
    firefoxVersion,
    server,
    proxy,
    url: server.url,
    newPage: () => browser.newPage(),
    probe,
    storage: (area) => probe({ kind: 'storage', area }),
    indexedDbDump: () => probe({ kind: 'indexeddb' }),
    tabIdOf,
    sendMessage,
    flow: async (tabId) => flowFromReply(await sendMessage({ type: 'get-tab-flow', tabId })),
    popupFor: async (page, { openPanels = false } = {}) => probe({ kind: 'popup', tabId: await tabIdOf(page), openPanels }),
    close: closeAll,
  };
}
