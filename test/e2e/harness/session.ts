// One small interface over both browsers, for the tests that prove the same thing in Chromium and in
// Firefox (describe.each over BROWSERS): open pages, click and type as a person does, and read what the
// extension's own pages read — a tab's flow (get-tab-flow, as the popup asks), storage, IndexedDB and
// the popup's content. Browser-specific proofs (CDP, NetLog, worker restarts) use the sessions of
// chromium.ts and firefox.ts directly, through `chromium` / `firefox` below.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import type { TabFlow } from '../../../src/core/flow/model.ts';
import { type PopupView, readPopupView } from '../../../src/test-probe/queries.ts';
import { type ChromiumExtensionSession, launchWithExtension } from './chromium.ts';
import { type FirefoxExtensionSession, launchFirefoxWithExtension } from './firefox.ts';
import type { FixtureServer, HostFolders } from './fixture-server.ts';
import { openAllPanels } from './popup.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Something a person can click and then type into (a field, or a component that takes the focus). */
export interface Typeable {
  click(): Promise<void>;
}

/** A visible element found by `TestPage.visible`, with the attributes that decide what a person types. */
export interface Visible {
  element: Typeable;
  maxLength: number | null;
  /** The `type` attribute (e.g. "email"), null when absent. */
  type: string | null;
}

export interface TestPage {
  goto(url: string): Promise<void>;
  url(): string;
  /** Clicks the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Types as a person does, into whatever has the focus. */
  type(text: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Every visible element matching `selector` in the page and all its frames, open shadow roots
   * included. Closed shadow roots are reached by clicking their host (a selector for the host).
   */
  visible(selector: string): Promise<Visible[]>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** The browser's own version string. */
  version: string;
  server: FixtureServer;
  url(host: string, path?: string): string;
  newPage(): Promise<TestPage>;
  tabIdOf(page: TestPage): Promise<number>;
  /** The tab's flow, asked as the popup asks (get-tab-flow). */
  flow(tabId: number): Promise<TabFlow | null>;
  /** The built manifest as the extension reads it (runtime.getManifest()). */
  manifest(): Promise<Record<string, unknown>>;
  storage(area: 'session' | 'local' | 'sync'): Promise<Record<string, unknown>>;
  indexedDbDump(): Promise<Record<string, Record<string, unknown[]>>>;
  /** The toolbar badge text of a tab (action.getBadgeText). */
  badgeText(tabId: number): Promise<string>;
  /** The real popup page for the page's tab, rendered (and with every panel opened when asked). */
  popup(page: TestPage, options?: { openPanels?: boolean }): Promise<PopupView>;
  /** The browser-specific session, for proofs only one browser can give. */
  chromium?: ChromiumExtensionSession;
  firefox?: FirefoxExtensionSession;
  close(): Promise<void>;
}

const raw = new WeakMap<TestPage, PlaywrightPage | PuppeteerPage>();

function playwrightPage(page: PlaywrightPage): TestPage {
  const wrapped: TestPage = {
    goto: async (url) => {
      await page.goto(url);
    },
    url: () => page.url(),
    click: (selector) => page.locator(selector).first().click(),
    type: (text) => page.keyboard.type(text, { delay: 2 }),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    visible: async (selector) => {
      const out: Visible[] = [];
      for (const frame of page.frames()) {
        // Playwright's CSS pierces open shadow roots.
        const found = frame.locator(selector);
        for (let i = 0; i < (await found.count()); i++) {
          const element = found.nth(i);
          if (!(await element.isVisible())) continue;
          const max = await element.getAttribute('maxlength');
          out.push({ element: { click: () => element.click() }, maxLength: max === null ? null : Number(max), type: await element.getAttribute('type') });
        }
      }
      return out;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  raw.set(wrapped, page);
  return wrapped;
}

function puppeteerPage(page: PuppeteerPage): TestPage {
  const wrapped: TestPage = {
    goto: async (url) => {
      await page.goto(url);
    },
    url: () => page.url(),
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text, { delay: 2 }),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as never) as never,
    visible: async (selector) => {
      const out: Visible[] = [];
      for (const frame of page.frames()) {
        const top = frame === page.mainFrame();
        // puppeteer's "pierce/" selectors reach into open shadow roots.
        for (const element of (await frame.$$(`pierce/${selector}`)) as ElementHandle<Element>[]) {
          const { shown, max, type } = await element.evaluate((e) => ({
            shown: e.checkVisibility({ visibilityProperty: true }),
            max: e.getAttribute('maxlength'),
            type: e.getAttribute('type'),
          }));
          if (!shown) continue;
          // In a child frame puppeteer cannot click on Firefox ESR 140 (its BiDi lacks the "context"
          // locator that finds the frame's element), so the field takes the focus by script there;
          // what is typed into it is still real keyboard input.
          const click = top ? () => element.click() : () => element.evaluate((e) => (e as HTMLElement).focus());
          out.push({ element: { click }, maxLength: max === null ? null : Number(max), type });
        }
      }
      return out;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  raw.set(wrapped, page);
  return wrapped;
}

/** The driver's own page object behind a TestPage (Playwright's in Chromium, puppeteer's in Firefox). */
export function driverPage<P extends PlaywrightPage | PuppeteerPage>(page: TestPage): P {
  const found = raw.get(page);
  if (!found) throw new Error('Not a page of an ExtensionSession.');
  return found as P;
}

export async function launchSession(name: BrowserName, options: { hosts: HostFolders }): Promise<ExtensionSession> {
  if (name === 'chromium') {
    const s = await launchWithExtension({ hosts: options.hosts });
    const version = s.context.browser()?.version() ?? 'unknown';
    return {
      name,
      version: `chromium/${version}`,
      server: s.server,
      url: s.url,
      newPage: async () => playwrightPage(await s.context.newPage()),
      tabIdOf: (page) => s.tabIdOf(driverPage<PlaywrightPage>(page)),
      flow: s.flow,
      manifest: () => s.evaluateInExtension(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest(), null),
      storage: s.storage,
      indexedDbDump: s.indexedDbDump,
      badgeText: (tabId) =>
        s.evaluateInExtension(
          (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
          tabId,
        ),
      popup: async (page, { openPanels = false } = {}) => {
        const popup = await s.popupFor(driverPage<PlaywrightPage>(page));
        try {
          if (openPanels) await openAllPanels(popup);
          return await popup.evaluate(readPopupView as () => PopupView);
        } finally {
          await popup.close();
        }
      },
      chromium: s,
      close: s.close,
    };
  }
  const s = await launchFirefoxWithExtension({ hosts: options.hosts });
  return {
    name,
    version: s.firefoxVersion,
    server: s.server,
    url: s.url,
    newPage: async () => puppeteerPage(await s.newPage()),
    tabIdOf: (page) => s.tabIdOf(driverPage<PuppeteerPage>(page)),
    flow: s.flow,
    manifest: () => s.probe({ kind: 'manifest' }),
    storage: s.storage,
    indexedDbDump: s.indexedDbDump,
    badgeText: (tabId) => s.probe({ kind: 'badge', tabId }),
    popup: (page, options) => s.popupFor(driverPage<PuppeteerPage>(page), options),
    firefox: s,
    close: s.close,
  };
}
