// Rendered captures: each page is loaded in headless Chromium (Debian's chromium through
// playwright-core) under its original address, its resources served from the archive and nothing
// else — every request goes through route interception, what the archive does not hold is blocked
// and counted, and Chromium resolves no host at all, so the live web is never reached. Once the
// page's scripts have built its forms (waited for, within a bound), the extension's own extractor
// runs in the page and the features are classified with the same core as every other path.
// A browser context is reused for a few captures (a new one per capture cost about half the CPU of
// a render); between captures its page goes blank and its cookies and storage are cleared.
import { accessSync, constants } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page, Route } from 'playwright-core';
import { providerForUrl, vendorForOrigin } from '../../core/catalog/index.ts';
import { classifyPage } from '../../core/classify/index.ts';
import type { PageFeatures } from '../../core/features.ts';
import { mergeVendorHits, vendorHitsFromOrigins } from '../../core/flow/vendors.ts';
import type { PageResult } from '../pool/task.ts';
import { taskYear } from '../pool/year.ts';
import { extractorBundle } from './extractor-bundle.ts';
import type { RenderStats, RenderTask } from './types.ts';

export interface RendererOptions {
  executablePath?: string;
  /** How long to wait for a form field to appear after the page loads (default 5 s). */
  formWaitMs?: number;
  /** Longest page load (default 60 s: resources come from the archive at the polite rate). */
  loadTimeoutMs?: number;
  /** Longest whole render; a page that holds its thread longer is abandoned (default 120 s). */
  renderTimeoutMs?: number;
}

export interface Renderer {
  render(task: RenderTask): Promise<PageResult>;
  readonly stats: RenderStats;
  close(): Promise<void>;
}

/** Debian's chromium (CHROME_PATH overrides); never a downloaded browser. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.CHROME_PATH ? [env.CHROME_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // next
    }
  }
  throw new Error(`--render needs Chromium: none at ${candidates.join(' or ')} (install Debian's "chromium" or set CHROME_PATH)`);
}

const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // No host resolves: a request that escaped interception would fail, not reach the internet.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

const withoutFragment = (url: string) => url.split('#', 1)[0]!;
const FIELD_SELECTOR = 'input:not([type=hidden]), select, textarea';

/** A context with its page, reused for several captures; its route serves whichever task it holds. */
interface Slot {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  task: RenderTask | null;
  uses: number;
}

/** Captures a context renders before it is closed and replaced, so nothing a page leaves behind accumulates. */
const SLOT_USES = 25;

export async function createRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath ?? findChromium(), headless: true, args: ARGS });
  const code = await extractorBundle();
  const stats: RenderStats = { served: 0, blocked: 0 };
  const idle: Slot[] = [];

  async function openSlot(): Promise<Slot> {
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block', acceptDownloads: false });
    const slot = { context, task: null as RenderTask | null, uses: 0 } as Slot;
    await context.route('**/*', async (route: Route) => {
      const task = slot.task;
      const url = withoutFragment(route.request().url());
      if (task && url === withoutFragment(task.url) && route.request().isNavigationRequest()) {
        stats.served++;
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: task.html }).catch(() => {});
        return;
      }
      const found = task && /^https?:/i.test(url) ? await task.resources(url).catch(() => null) : null;
      if (!found) {
        stats.blocked++;
        await route.abort('blockedbyclient').catch(() => {});
        return;
      }
      stats.served++;
      const headers: Record<string, string> = { 'access-control-allow-origin': '*' };
      if (found.contentType) headers['content-type'] = found.contentType;
      await route.fulfill({ status: found.status, headers, body: Buffer.from(found.body) }).catch(() => {});
    });
    await context.routeWebSocket(/.*/, (ws) => {
      stats.blocked++;
      void ws.close();
    });
    slot.page = await context.newPage();
    slot.cdp = await context.newCDPSession(slot.page);
    return slot;
  }

  /** Between captures: leave the page and forget what it stored, so one capture cannot change the next. */
  async function reset(slot: Slot, origin: string): Promise<boolean> {
    try {
      await slot.page.goto('about:blank');
      await slot.context.clearCookies();
      if (origin !== 'null') await slot.cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      return true;
    } catch {
      return false;
    }
  }

  async function render(task: RenderTask): Promise<PageResult> {
    const slot = idle.pop() ?? (await openSlot());
    slot.task = task;
    slot.uses++;
    let reusable = false;
    // A page stuck in a loop never answers evaluate(): closing its context ends every pending call.
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      void slot.context.close().catch(() => {});
    }, options.renderTimeoutMs ?? 120_000);
    try {
      const page = slot.page;
      try {
        await page.goto(task.url, { waitUntil: 'domcontentloaded', timeout: options.loadTimeoutMs ?? 60_000 });
      } catch {
        // A page whose load never finishes is still read as far as it got.
      }
      await page.waitForSelector(FIELD_SELECTOR, { state: 'attached', timeout: options.formWaitMs ?? 5000 }).catch(() => {});
      const features = (await page.evaluate(`${code}\n;globalThis.__kycLensExtract()`)) as PageFeatures;
      const classified = classifyPage(features, { providerId: providerForUrl(task.url), year: taskYear(task.capturedAt) });
      const vendors = mergeVendorHits(classified.vendors, vendorHitsFromOrigins(features, vendorForOrigin));
      reusable = slot.uses < SLOT_USES && !expired;
      return { analysis: { ...classified, vendors }, headings: [...features.headings] };
    } catch (e) {
      throw expired ? new Error(`the page did not finish within ${Math.round((options.renderTimeoutMs ?? 120_000) / 1000)} s`) : e;
    } finally {
      clearTimeout(timer);
      slot.task = null;
      if (reusable && (await reset(slot, new URL(task.url).origin))) idle.push(slot);
      else await slot.context.close().catch(() => {});
    }
  }

  return {
    render,
    stats,
    async close() {
      for (const slot of idle.splice(0)) await slot.context.close().catch(() => {});
      await browser.close().catch(() => {});
    },
  };
}
