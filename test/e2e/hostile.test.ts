// Hostile pages on a provider host, in real Chromium and in Firefox ESR: 20,000 inputs, nesting 200
// deep, shadow roots 50 deep (open and closed), a 1 MB label, label text that is markup, controls named
// after DOM properties, and (Chromium only) a storm of 1,000 mutations/s for 10 s. Each leaves the
// extension working (a normal flow is still followed afterwards), the report bounded (caps,
// `truncated`), markup inert as text in the page and in the popup, and the page responsive. The storm
// compares the page's frame gaps and script time with the same page in the same Chromium without the
// extension through CDP's Performance metrics, which Firefox does not offer; the size of the worker's
// messages is read in Chromium only for the same reason (exact costs: bench/page.bench.ts).
// (Run under `flock /tmp/firefox.lock`: the Firefox half binds port 443.)
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FLOW_FIELDS } from '../../src/core/flow/aggregate.ts';
import type { TabFlow } from '../../src/core/flow/model.ts';
import { MAX_FIELDS } from '../../src/content/clamp.ts';
import { fromWire } from '../../src/shared/content-wire.ts';
import { expectedFlow, FLOWS_DIR, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { sentMessages, settledFlow, waitForStep } from './flows-support.ts';
import {
  BROWSERS,
  type ChromiumExtensionSession,
  chromiumArgs,
  type ExtensionSession,
  eventually,
  findChromium,
  launchSession,
  startFixtureServer,
  type TestPage,
  type WorkerMessageRecorder,
} from './harness/index.ts';

const HOST = 'portal.aws.amazon.com';
const hosts = layOutFlowSites(['aws']);
// The hostile pages live next to the AWS fixture, under the real host and its signup path, so the manifest's match fires.
cpSync(join(FLOWS_DIR, '_hostile'), join(hosts[HOST]!, 'billing/signup/hostile'), { recursive: true });
const url = (name: string) => `https://${HOST}/billing/signup/hostile/${name}.html`;
// The same pages on a host outside the catalog, where the extension does not run: the baseline.
const PLAIN_HOST = 'www.example.org';
hosts[PLAIN_HOST] = mkdtempSync(join(tmpdir(), 'kyc-plain-host-'));
cpSync(join(FLOWS_DIR, '_hostile'), join(hosts[PLAIN_HOST], 'billing/signup/hostile'), { recursive: true });

/** Long tasks and the longest gap between animation frames, recorded by the page's own world. */
const RESPONSIVENESS_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)); })
    .observe({ type: 'longtask', buffered: true });
  window.__maxFrameGap = 0;
  let last = performance.now();
  const frame = (t) => { window.__maxFrameGap = Math.max(window.__maxFrameGap, t - last); last = t; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
`;

describe.each(BROWSERS)('hostile pages in %s', (browser) => {
  let s: ExtensionSession;
  let recorder: WorkerMessageRecorder | null = null;

  async function flowOf(page: TestPage, least = 1): Promise<TabFlow> {
    const tabId = await s.tabIdOf(page);
    return eventually(async () => {
      const flow = await s.flow(tabId);
      return flow && flow.fields.length >= least ? flow : null;
    }, `the flow of ${page.url()}`, { timeoutMs: 20_000 });
  }

  async function open(name: string): Promise<TestPage> {
    const page = await s.newPage();
    await page.goto(url(name));
    return page;
  }

  beforeAll(async () => {
    s = await launchSession(browser, { hosts });
    recorder = (await s.chromium?.recordWorkerMessages()) ?? null;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('20,000 inputs: a bounded, truncated report and a page that stays responsive', async () => {
    const page = await open('inputs-20000');
    const flow = await flowOf(page);
    expect(flow.truncated).toBe(true);
    expect(flow.fields.length).toBeLessThanOrEqual(Math.min(MAX_FIELDS, MAX_FLOW_FIELDS));
    expect(flow.fields.length).toBeGreaterThan(100);
    if (recorder) expect(JSON.stringify(await recorder.messages()).length).toBeLessThan(8_000_000);
    // A click still lands promptly after the scan started: within 5 s of what the same click takes on
    // the same page where the extension does not run. (Chromium clicks in well under 5 s either way;
    // puppeteer's click on Firefox ESR takes seconds on this page even without the extension.)
    const clickMs = async (p: TestPage) => {
      const t0 = Date.now();
      await p.click('input[name=f19999]');
      return Date.now() - t0;
    };
    const withExtension = await clickMs(page);
    const plain = await s.newPage();
    await plain.goto(`https://${PLAIN_HOST}/billing/signup/hostile/inputs-20000.html`);
    const without = await clickMs(plain);
    console.log(`${browser}: click on the 20,000-input page ${withExtension} ms with the extension, ${without} ms without`);
    expect(withExtension).toBeLessThan(without + 5_000);
    if (browser === 'chromium') expect(withExtension).toBeLessThan(5_000);
    await Promise.all([page.close(), plain.close()]);
  });

  it('nesting 200 deep: the deep field is reported, or the report says it was truncated', async () => {
    const page = await open('nesting-200');
    const flow = await flowOf(page, 0);
    expect(flow.fields.length > 0 || flow.truncated === true).toBe(true);
    for (const f of flow.fields) expect(f.selector.length).toBeLessThanOrEqual(4000);
    expect(flow.fields.some((f) => f.category === 'email') || flow.truncated === true).toBe(true);
    await page.close();
  });

  it('shadow roots 50 deep, open and closed: a bounded report; fields 20 roots deep are found, closed ones too', async () => {
    const page = await open('shadow-50');
    const flow = await flowOf(page, 2);
    const labels = flow.fields.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Email address', 'City'])); // 'City' sits inside 20 closed roots
    // The 50-deep fields may lie past the extractor's depth limit; the report stays small either way.
    expect(flow.fields.length).toBeLessThanOrEqual(4);
    await page.close();
  });

  it('a 1 MB label: stored texts are capped', async () => {
    const page = await open('label-1mb');
    const flow = await flowOf(page);
    const stored = JSON.stringify(await s.storage('session'));
    expect(stored.length).toBeLessThan(2_000_000);
    for (const f of flow.fields) expect(f.label.length).toBeLessThanOrEqual(240);
    expect(flow.fields[0]?.label.startsWith('Full name') || flow.fields[0]?.label.startsWith('A')).toBe(true);
    await page.close();
  });

  it('label text that is markup stays text: nothing runs in the page or in the popup', async () => {
    const page = await open('markup-label');
    const flow = await flowOf(page);
    expect(flow.fields.map((f) => f.label).join(' ')).toContain('<img src=x onerror=');
    // The real popup for this tab, every panel opened (their content is built on opening).
    const popup = await s.popup(page, { openPanels: true });
    expect(popup.pwned).toBeNull();
    expect(popup.images).not.toContain('x');
    expect(popup.text).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null, null)).toBeNull();
    await page.close();
  });

  it('a form whose controls are named after DOM properties (getAttribute, localName, parentNode…): every field is still read', async () => {
    const page = await open('clobbered-form');
    const flow = await flowOf(page, 9);
    const types = Object.fromEntries(flow.fields.map((f) => [f.label, f.fieldType]));
    expect(types).toEqual({
      'Email address': 'email',
      'First name': 'given-name',
      'Last name': 'family-name',
      'Phone number': 'tel',
      Company: 'organization',
      'Street address': 'street-address',
      City: 'address-level2',
      'Postal code': 'postal-code',
      Country: 'country',
    });
    // Each stored selector names its own field in the live page.
    for (const f of flow.fields) {
      expect(await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.id), f.selector)).toHaveLength(1);
    }
    expect(flow.fields.every((f) => f.formKind === 'signup')).toBe(true);
    await page.close();
  });

  if (browser === 'chromium') {
    it('a storm of 1,000 mutations/s for 10 s: few, bounded rescans and a page as responsive as without the extension', async () => {
      const cs = s.chromium!;
      const withExt = await stormRun(cs.context, cs);
      // Reports travel as JSON text (src/shared/content-wire.ts).
      const sends = sentMessages(await recorder!.messages()).filter(
        (m) => m.type === 'page-features' && (fromWire(m.features) as { url?: string } | null)?.url === url('storm'),
      ).length;
      // One report per changed scan at most every ~1.5 s (the debounce ceiling), not one per mutation.
      expect(sends).toBeGreaterThanOrEqual(2);
      expect(sends).toBeLessThanOrEqual(14);
      const flow = withExt.flow!;
      expect(flow.steps).toHaveLength(1);
      expect(flow.fields.length).toBeLessThan(10);

      const without = await withoutExtension((context) => stormRun(context));
      const summary = (r: StormResult) => ({ mutations: r.mutations, scriptMs: Math.round(r.scriptMs), maxFrameGap: Math.round(r.maxFrameGap), longTasks: r.longTasks });
      console.log('storm with extension', summary(withExt), 'without', summary(without), 'reports sent', sends);
      // The page stays responsive: no frame gap or long task much beyond what the page causes itself.
      expect(withExt.maxFrameGap).toBeLessThan(Math.max(without.maxFrameGap, 100) + 250);
      expect(Math.max(0, ...withExt.longTasks)).toBeLessThan(Math.max(50, ...without.longTasks) + 300);
      expect(withExt.scriptMs - without.scriptMs).toBeLessThan(1500);
    }, 120_000);
  }

  it('after all that, the extension still follows a normal signup flow', async () => {
    const expected = expectedFlow('aws');
    const page = await s.newPage();
    await page.goto(expected.start);
    await waitForStep(s, await s.tabIdOf(page), 0, expected.steps[0]!);
    await page.close();
  });
});

interface StormResult {
  /** The extension's flow for the storm page (read before the tab closes and the flow is saved away). */
  flow?: TabFlow | null;
  mutations: number;
  maxFrameGap: number;
  longTasks: number[];
  scriptMs: number;
}

/** The storm page in `context`; with the extension's session `ext`, also its flow once the last debounced scan reached the worker. */
async function stormRun(context: BrowserContext, ext?: ChromiumExtensionSession): Promise<StormResult> {
  const page = await context.newPage();
  await page.addInitScript(RESPONSIVENESS_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url('storm'));
  // With the extension: its initial scan has reached the worker before the storm starts.
  const tabId = ext ? await ext.tabIdOf(page) : null;
  if (ext && tabId !== null) await settledFlow(ext, tabId);
  const scriptTime = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  await page.evaluate(() => {
    (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
    (window as unknown as { __maxFrameGap: number }).__maxFrameGap = 0;
  });
  const before = await scriptTime();
  const mutations = await page.evaluate(() => (window as unknown as { startStorm(s: number): Promise<number> }).startStorm(10));
  // With the extension: the last debounced scan has reached the worker (the flow stopped changing).
  const flow = ext && tabId !== null ? await settledFlow(ext, tabId, 2_000) : undefined;
  const scriptMs = (await scriptTime()) - before;
  const probe = await page.evaluate(() => ({
    maxFrameGap: (window as unknown as { __maxFrameGap: number }).__maxFrameGap,
    longTasks: (window as unknown as { __longTasks: number[] }).__longTasks,
  }));
  expect(mutations).toBeGreaterThanOrEqual(9_000);
  const result: StormResult = { mutations, scriptMs, ...probe };
  if (flow) result.flow = flow;
  await cdp.detach();
  await page.close();
  return result;
}

/** The same pages in the same Chromium build without the extension. */
async function withoutExtension<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const server = await startFixtureServer({ hosts });
  const profile = mkdtempSync(join(tmpdir(), 'kyc-plain-'));
  const args = chromiumArgs('/nonexistent', server.hosts, server.port).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), headless: true, args, viewport: { width: 1280, height: 900 } });
  try {
    return await run(context);
  } finally {
    await context.close();
    await server.close();
  }
}
