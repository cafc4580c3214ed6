// The extension makes no network request, proven over all ten fixture flows in Chromium and in Firefox
// ESR, with monitors each shown to see the kind of request it guards against. In Chromium, two:
// - Chromium's NetLog (--log-net-log) records every URL request of every process — pages, frames,
//   the extension's service worker. Control: a fetch made inside the worker appears in it.
//   Check: every http(s) request in it went to a fixture host and was made by a page.
// - CDP Network on each page records each request with its initiator (the script stack that made
//   it), content-script worlds included. Control: a fetch run in the content script's isolated world
//   shows up with that world's script as initiator. Check: no request has an extension initiator.
// In Firefox (no NetLog or request initiators over WebDriver BiDi), two as well:
// - A logging proxy that every request of every Firefox context goes through (harness/connect-proxy.ts).
//   Control: a fetch made by an extension page (the test probe) appears in it. Check: every
//   destination is a fixture host, or one of Firefox's own services (FIREFOX_SERVICES).
// - The fixture server's log. Control: the extension page's request arrives with no page as referrer.
//   Check: every request it got was a navigation the test made or carries a fixture page as referrer.
//   (A content script's request would carry its page's referrer in Firefox; the Chromium half covers
//   the content script with the initiator check above, and it is the same script file.)
// (Run under `flock /tmp/firefox.lock`: the Firefox half binds port 443.)
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFlow, flowProviders, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { settledFlow, walkFlow } from './flows-support.ts';
import {
  type ChromiumExtensionSession,
  eventually,
  type FirefoxExtensionSession,
  launchFirefoxWithExtension,
  launchWithExtension,
  type LoggedRequest,
} from './harness/index.ts';

let s: ChromiumExtensionSession;
let netLogFile: string;
const hosts = layOutFlowSites();
type Sent = { url: string; initiatorUrls: string[]; page: string };
const pageRequests: Sent[] = [];

type Initiator = { url?: string; stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] } };
function initiatorUrls(initiator: Initiator): string[] {
  const out: string[] = [];
  if (initiator.url) out.push(initiator.url);
  for (let stack = initiator.stack; stack; stack = stack.parent) for (const f of stack.callFrames) out.push(f.url);
  return out;
}

async function watchPage(page: Page, name: string): Promise<CDPSession> {
  const cdp = await s.context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: Initiator }) => {
    pageRequests.push({ url: e.request.url, initiatorUrls: initiatorUrls(e.initiator), page: name });
  });
  await cdp.send('Network.enable');
  return cdp;
}

/**
 * The URL requests in a NetLog file with the origin that initiated each (the browser's own traffic,
 * such as update checks, says "not an origin"). Read line by line: the file is still being written.
 */
function netLogRequests(file: string): { url: string; initiator: string }[] {
  const out: { url: string; initiator: string }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.includes('"initiator"') || !line.includes('"url"')) continue;
    try {
      const event = JSON.parse(line.replace(/,\s*$/, '')) as { params?: { url?: string; initiator?: string } };
      if (event.params?.url && event.params.initiator) out.push({ url: event.params.url, initiator: event.params.initiator });
    } catch {
      // an unfinished last line
    }
  }
  return out;
}
const netLogUrls = (file: string) => netLogRequests(file).map((r) => r.url);

const extensionInitiated = (r: Sent) => r.initiatorUrls.some((u) => u.startsWith('chrome-extension://'));

beforeAll(async () => {
  netLogFile = join(await mkdtemp(join(tmpdir(), 'kyc-netlog-')), 'netlog.json');
  s = await launchWithExtension({ hosts, args: [`--log-net-log=${netLogFile}`, '--net-log-capture-mode=Default'] });
});

afterAll(async () => {
  await s?.close();
});

describe('the extension makes no network request', () => {
  it('control: the worker monitor (NetLog) sees a request made inside the service worker', async () => {
    const worker = await s.worker();
    await worker.evaluate(() => fetch('https://portal.aws.amazon.com/__control/worker').catch(() => undefined));
    await eventually(async () => netLogUrls(netLogFile).includes('https://portal.aws.amazon.com/__control/worker') || null, 'the worker fetch in the NetLog');
    expect(s.server.requests.some((r) => r.path === '/__control/worker')).toBe(true);
    // ... tagged with the extension's origin as initiator: the mark the check below looks for.
    const probe = netLogRequests(netLogFile).find((r) => r.url.endsWith('/__control/worker'));
    expect(probe?.initiator).toBe(s.extensionUrl('/').replace(/\/$/, ''));
  });

  it('control: the page monitor sees a request made in the content script world, with that world as initiator', async () => {
    const page = await s.context.newPage();
    const cdp = await watchPage(page, 'control');
    type Context = { id: number; origin: string; auxData?: { type?: string } };
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(expectedFlow('aws').start);
    const origin = s.extensionUrl('/').replace(/\/$/, '');
    const world = await eventually(async () => contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated'), 'the content script world');
    await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `fetch('/__control/content-world').catch(() => 0)\n//# sourceURL=${origin}/control-probe.js`,
    });
    const seen = await eventually(async () => pageRequests.find((r) => r.url.endsWith('/__control/content-world')), 'the control request');
    expect(extensionInitiated(seen)).toBe(true);
    await cdp.detach();
    await page.close();
  });

  it('clicking through all ten flows, neither monitor sees a request by the extension', async () => {
    const before = pageRequests.length;
    for (const provider of flowProviders()) {
      const expected = expectedFlow(provider);
      const page = await s.context.newPage();
      const cdp = await watchPage(page, provider);
      await walkFlow(s, page, expected);
      // Whatever the last step caused has reached the worker before the page closes.
      await settledFlow(s, await s.tabIdOf(page));
      await cdp.detach();
      await page.close();
    }
    const during = pageRequests.slice(before);
    expect(during.length).toBeGreaterThan(20); // the pages' own loads were seen
    expect(during.filter(extensionInitiated)).toEqual([]);

    // In the NetLog (every process): no request was initiated by the extension (the worker's and the
    // popup's requests carry its origin), and every request a fixture page initiated is one the page
    // monitor saw. What remains is Chromium's own background traffic ("not an origin"), which the
    // harness's host rules send nowhere.
    const extensionOrigin = s.extensionUrl('/').replace(/\/$/, '');
    const controls = (u: string) => u.includes('/__control/');
    const logged = netLogRequests(netLogFile).filter((r) => !controls(r.url) && /^https?:/.test(r.url));
    expect(logged.filter((r) => r.initiator === extensionOrigin)).toEqual([]);
    const fixtureOrigins = new Set(Object.keys(hosts).map((h) => `https://${h}`));
    const byPages = new Set(pageRequests.map((r) => r.url.split('#')[0]));
    const fromPages = logged.filter((r) => fixtureOrigins.has(r.initiator));
    expect(fromPages.length).toBeGreaterThan(10);
    expect(fromPages.filter((r) => !byPages.has(r.url.split('#')[0]!))).toEqual([]);
    expect(logged.filter((r) => !fixtureOrigins.has(r.initiator) && r.initiator !== 'not an origin')).toEqual([]);
  });
});

/** Firefox's own background services, which it contacts with or without any extension. */
const FIREFOX_SERVICES = new Set(['firefox.settings.services.mozilla.com', 'detectportal.firefox.com']);

describe('the extension makes no network request, in Firefox ESR', () => {
  let f: FirefoxExtensionSession;
  const CONTROL = 'https://portal.aws.amazon.com/__control/extension-page';
  /** A navigation the test made (typed into the address bar, as it were) or a request a fixture page made. */
  const byPageOrTest = (r: LoggedRequest) => {
    const referer = String(r.headers.referer ?? '');
    const navigation = r.headers['sec-fetch-site'] === 'none' && r.headers['sec-fetch-dest'] === 'document';
    return navigation || Object.keys(hosts).some((h) => referer.startsWith(`https://${h}/`));
  };

  beforeAll(async () => {
    f = await launchFirefoxWithExtension({ hosts, proxy: true });
  });

  afterAll(async () => {
    await f?.close();
  });

  it('control: both monitors see a request made by an extension page, and the server log shows it was made by no page', async () => {
    const before = f.proxy!.requests.filter((r) => r.host === 'portal.aws.amazon.com').length;
    await f.probe({ kind: 'control-fetch', url: CONTROL });
    expect(f.proxy!.requests.filter((r) => r.host === 'portal.aws.amazon.com').length).toBeGreaterThan(before);
    const logged = f.server.requests.find((r) => r.path === new URL(CONTROL).pathname);
    expect(logged).toBeDefined();
    expect(byPageOrTest(logged!)).toBe(false);
  });

  it('clicking through all ten flows, every destination is a fixture host or Firefox\'s own service, and every request was made by a page', async () => {
    const proxiedBefore = f.proxy!.requests.length;
    const servedBefore = f.server.requests.length;
    for (const provider of flowProviders()) {
      const expected = expectedFlow(provider);
      const page = await f.newPage();
      await walkFlow(f, page, expected);
      await settledFlow(f, await f.tabIdOf(page));
      await page.close();
    }
    const proxied = f.proxy!.requests.slice(proxiedBefore);
    const served = f.server.requests.slice(servedBefore);
    expect(served.length).toBeGreaterThan(20); // the pages' own loads were seen
    expect(proxied.filter((r) => r.allowed).length).toBeGreaterThan(5);
    expect(proxied.filter((r) => !r.allowed && !FIREFOX_SERVICES.has(r.host))).toEqual([]);
    expect(served.filter((r) => !byPageOrTest(r)).map((r) => `${r.method} ${r.host}${r.path}`)).toEqual([]);
  });
});
