// Launches Debian Firefox ESR (puppeteer-core over WebDriver BiDi) with the Firefox build installed
// as a temporary add-on, and the fixture server answering for real provider hostnames.
//
// How a test sees the extension's side in Firefox: WebDriver BiDi hides extension contexts
// (moz-extension:// pages and the background page; Firefox bug 1755014) and refuses to navigate a
// tab to a moz-extension:// URL, so the popup cannot be driven the way it is in Chromium. Instead
// Firefox is started with --remote-allow-system-access, which lets BiDi evaluate script in the
// browser's own (parent-process) window, and the harness reads the extension's storage.session from
// Firefox's implementation of that API (ExtensionStorage.sys.mjs). That is the very data the
// background wrote after validating the content script's message, read without changing or
// instrumenting the extension, and without exposing anything to web pages. The popup's rendering
// is tested in Chromium and in unit tests.
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { findFirefox } from './browsers.ts';
import { type FixtureServer, type HostFolders, startFixtureServer } from './fixture-server.ts';
import { assertBuilt, DIST_FIREFOX } from './paths.ts';

export interface FirefoxLaunchOptions {
  /** Provider hostname → fixture folder. Firefox maps names without a port, so the server takes 443. */
  hosts: HostFolders;
  /** The extension folder to install (default dist/firefox). */
  dist?: string;
  headless?: boolean;
}

export interface FirefoxExtensionSession {
  browser: Browser;
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  server: FixtureServer;
  url(host: string, path?: string): string;
  newPage(): Promise<Page>;
  /** Evaluates an expression in the browser's parent-process window (privileged); the result must be JSON. */
  chromeEval<T>(expression: string): Promise<T>;
  /** The extension's storage.session, read from Firefox's own implementation of the API. */
  sessionStorage(): Promise<Record<string, unknown>>;
  /** The extension's tab id of a page (the page is brought to the front first). */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Parent-process helper that finds the installed extension object; used inside chromeEval expressions. */
const EXTENSION_JS = (id: string) => `(() => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.extensionMap.get(${JSON.stringify(id)});
  if (!extension) throw new Error('Extension ${id} is not running in this Firefox.');
  return extension;
})()`;

export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions): Promise<FirefoxExtensionSession> {
  const dist = options.dist ?? DIST_FIREFOX;
  assertBuilt(dist);
  const executablePath = findFirefox();
  const server = await startFixtureServer({ hosts: options.hosts, port: 443 });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Resolve the provider hostnames to 127.0.0.1 (the fixture server listens on 443).
        'network.dns.localDomains': server.hosts.join(','),
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'extensions.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
  } catch (error) {
    await server.close();
    throw error;
  }

  let extensionId: string;
  try {
    extensionId = await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }

  // The BiDi connection is not part of puppeteer's typed API; the raw commands used here are
  // standard BiDi plus Firefox's documented "moz:scope" extension to browsingContext.getTree.
  type Connection = { send(method: string, params: object): Promise<{ result: unknown }> };
  const connection = (browser as unknown as { connection?: Connection }).connection;
  if (!connection) throw new Error('puppeteer-core did not expose its BiDi connection (browser.connection).');

  const chromeEval = async <T>(expression: string): Promise<T> => {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml') ?? tree.contexts[0];
    if (!window) throw new Error('No privileged browser window found (is Firefox started with --remote-allow-system-access?).');
    const reply = (
      await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`,
        target: { context: window.context },
        awaitPromise: true,
      })
    ).result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (reply.type !== 'success') throw new Error(`Privileged evaluation failed: ${reply.exceptionDetails?.text ?? JSON.stringify(reply)}`);
    const json = reply.result?.value;
    return (json === undefined ? undefined : JSON.parse(json)) as T;
  };

  const sessionStorage = () =>
    chromeEval<Record<string, unknown>>(`(() => {
      const { extensionStorageSession } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorage.sys.mjs');
      const items = extensionStorageSession.get(${EXTENSION_JS(extensionId)}, null);
      const out = {};
      for (const [key, value] of Object.entries(items)) {
        out[key] = value && typeof value.deserialize === 'function' ? value.deserialize(globalThis, true) : value; // keep the data: the extension reads it too
      }
      return out;
    })()`);

  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    const found = await chromeEval<{ id: number; url: string }>(`(() => {
      const tab = window.gBrowser.selectedTab;
      return { id: ${EXTENSION_JS(extensionId)}.tabManager.getWrapper(tab).id, url: tab.linkedBrowser.currentURI.spec };
    })()`);
    if (found.url !== page.url()) throw new Error(`The selected tab shows ${found.url}, not ${page.url()}.`);
    return found.id;
  };

  return {
    browser,
    extensionId,
    server,
    url: server.url,
    newPage: () => browser.newPage(),
    chromeEval,
    sessionStorage,
    tabIdOf,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
