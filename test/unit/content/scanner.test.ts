import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScanner, type Extract } from '../../../src/content/scanner.ts';
import type { PageFeatures } from '../../../src/core/features.ts';
import type { ContentMessage } from '../../../src/shared/messages.ts';

// A page and a window around linkedom's document: the scanner only needs these members.
const PAGE = '<html><body><form><input name="email"></form></body></html>';

function setup(
  reply: (m: ContentMessage) => Promise<unknown> = async () => ({ ok: true, data: {} }),
  html = PAGE,
  truncated = false,
  paths: { isSignupPage?: (url: string) => boolean; requested?: boolean } = {},
) {
  const { document, MutationObserver } = parseHTML(html);
  const listeners = new Map<string, ((e: Event) => void)[]>();
  const win = {
    location: { href: 'https://portal.aws.amazon.com/billing/signup#/start' },
    performance: { now: () => Date.now() },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (h: unknown) => clearInterval(h as NodeJS.Timeout),
    addEventListener: (type: string, fn: (e: Event) => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    removeEventListener: (type: string, fn: (e: Event) => void) => listeners.set(type, (listeners.get(type) ?? []).filter((f) => f !== fn)),
    MutationObserver,
  };
  const fire = (type: string, event: object = {}) => {
    for (const fn of listeners.get(type) ?? []) fn(event as Event);
  };
  let headings = ['Sign up'];
  const extract: Extract = async (_doc, url, options) => {
    await options.yieldToPage();
    const page: PageFeatures = { url, title: '', lang: 'en', headings, forms: [], frameOrigins: ['https://js.stripe.com'], scriptOrigins: [], truncated };
    return page;
  };
  const sent: ContentMessage[] = [];
  const scanner = createScanner({
    doc: document as unknown as Document,
    win: win as never,
    extract,
    send: async (m) => {
      sent.push(m);
      return reply(m);
    },
    makeShadowRootGetter: () => () => null,
    ...paths,
  });
  return { scanner, sent, win, fire, document, setHeadings: (h: string[]) => (headings = h), listeners };
}

describe('content scanner', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1000, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds the frames and scripts a walk stopped at the field cap did not reach, and only then', async () => {
    const html = `<html><body><form><input name="email"></form>
      <iframe src="https://js.stripe.com/v3/elements"></iframe><iframe src="https://verify.onfido.com/x?token=secret"></iframe>
      <script src="https://www.google.com/recaptcha/api.js"></script><script src="/own.js"></script></body></html>`;
    const full = setup(undefined, html, true);
    full.scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(full.sent[0]?.features.frameOrigins).toEqual(['https://js.stripe.com', 'https://verify.onfido.com']);
    expect(full.sent[0]?.features.scriptOrigins).toEqual(['https://www.google.com']);
    const complete = setup(undefined, html, false);
    complete.scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(complete.sent[0]?.features.frameOrigins).toEqual(['https://js.stripe.com']);
    expect(complete.sent[0]?.features.scriptOrigins).toEqual([]);
  });

  it('scans at start and sends again only when the structure changed', async () => {
    const { scanner, sent, setHeadings, document } = setup();
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(sent.map((m) => [m.reason, m.features.headings[0]])).toEqual([['initial', 'Sign up']]);
    scanner.rescan('on-request'); // "Analyze this page" always reports
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(2);
    expect(scanner.stats.skipped).toBe(0);
    // A DOM change that leaves the report as it was is scanned but not sent ...
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(scanner.stats.scans).toBe(3);
    expect(scanner.stats.skipped).toBe(1);
    expect(sent).toHaveLength(2);
    // ... a changed one does.
    setHeadings(['Contact information']);
    scanner.rescan('mutation');
    await vi.advanceTimersByTimeAsync(50);
    expect(sent.at(-1)?.features.headings).toEqual(['Contact information']);
    scanner.stop();
  });

  it('reads and sends nothing once a single-page app leaves the signup paths, unless the person asked', async () => {
    const isSignupPage = (url: string) => url.startsWith('https://portal.aws.amazon.com/billing/signup');
    const { scanner, sent, win, fire } = setup(undefined, PAGE, false, { isSignupPage });
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(1);
    win.location.href = 'https://portal.aws.amazon.com/console/instances?project=mine';
    fire('popstate');
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1); // the console view was not even read
    scanner.rescan('on-request'); // "Analyze this page"
    await vi.advanceTimersByTimeAsync(50);
    expect(sent.map((m) => [m.reason, m.features.url])).toEqual([
      ['initial', 'https://portal.aws.amazon.com/billing/signup'],
      ['on-request', 'https://portal.aws.amazon.com/console/instances?project='],
    ]);
    scanner.stop();
  });

  it('a script injected on request reads the page wherever it is', async () => {
    const { scanner, sent, win } = setup(undefined, PAGE, false, { isSignupPage: () => false, requested: true });
    win.location.href = 'https://reseller.example/?email=someone%40example.com';
    scanner.start('on-request');
    await vi.advanceTimersByTimeAsync(50);
    expect(sent.map((m) => [m.reason, m.features.url])).toEqual([['on-request', 'https://reseller.example/?email=']]);
    scanner.stop();
  });

  it('follows single-page navigations (hash change, popstate) with a navigation scan', async () => {
    const { scanner, sent, win, fire, setHeadings } = setup();
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    win.location.href = 'https://portal.aws.amazon.com/billing/signup#/account';
    setHeadings(['Contact information']);
    fire('hashchange');
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.map((m) => m.reason)).toEqual(['initial', 'navigation']);
    // The new view is told by its headings: the address goes out without its fragment.
    expect(sent[1]?.features.headings).toEqual(['Contact information']);
    expect(sent[1]?.features.url).toBe('https://portal.aws.amazon.com/billing/signup');
    // pushState without any event: the poll (no Navigation API here) notices the URL.
    win.location.href = 'https://portal.aws.amazon.com/billing/signup#/payment';
    setHeadings(['Billing']);
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.map((m) => m.reason)).toEqual(['initial', 'navigation', 'navigation']);
    scanner.stop();
  });

  it('sends again after a back/forward-cache restore', async () => {
    const { scanner, sent, fire } = setup();
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    fire('pageshow', { persisted: false });
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    fire('pageshow', { persisted: true });
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(2);
    scanner.stop();
  });

  it('re-sends a report the worker did not acknowledge (it was restarting), but not a refused one', async () => {
    let calls = 0;
    const { scanner, sent } = setup(async () => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: {} };
    });
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent).toHaveLength(2);
    expect(scanner.stats.sends).toBe(1);
    scanner.stop();

    const refused = setup(async () => ({ ok: false, error: { code: 'bad-payload', message: 'x' } }));
    refused.scanner.start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refused.sent).toHaveLength(1);
    refused.scanner.stop();
  });

  it('listens to no input, key or change event, and stop() removes what it added', async () => {
    const { scanner, listeners } = setup();
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect([...listeners.keys()].sort()).toEqual(['hashchange', 'pageshow', 'popstate']);
    scanner.stop();
    expect([...listeners.values()].flat()).toEqual([]);
  });
  it('looks again while custom elements are undefined, and rescans only once one was upgraded', async () => {
    const { scanner, document } = setup();
    // linkedom knows no :defined: two custom elements stand in, defined when the test says so.
    const defined = new Set<string>();
    const elements = ['kyc-field', 'cfc-app-bar'].map((tag) => ({ tag, matches: (s: string): boolean => s === ':defined' && defined.has(tag) }));
    const query = document.querySelectorAll.bind(document);
    (document as { querySelectorAll: unknown }).querySelectorAll = (s: string) => (s === ':not(:defined)' ? elements.filter((e) => !defined.has(e.tag)) : query(s));
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    expect(scanner.stats.scans).toBe(1);
    // Checks at 300 ms and 1 s after: nothing was upgraded, so nothing is read again.
    await vi.advanceTimersByTimeAsync(1400);
    expect(scanner.stats.scans).toBe(1);
    // The component library registers kyc-field: the next check (3 s later) rescans.
    defined.add('kyc-field');
    await vi.advanceTimersByTimeAsync(3000);
    expect(scanner.stats.scans).toBe(2);
    // cfc-app-bar is never defined: the last check (8 s) rescans nothing, and then the checks stop.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(scanner.stats.scans).toBe(2);
    scanner.stop();
  });

  it('schedules no checks when every element is defined', async () => {
    const { scanner, document, win } = setup();
    const query = document.querySelectorAll.bind(document);
    (document as { querySelectorAll: unknown }).querySelectorAll = (s: string) => (s === ':not(:defined)' ? [] : query(s));
    const timers = vi.spyOn(win, 'setTimeout');
    scanner.start();
    await vi.advanceTimersByTimeAsync(50);
    const after = timers.mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(scanner.stats.scans).toBe(1);
    expect(timers.mock.calls.length).toBe(after);
    scanner.stop();
  });
});
