// Follows one page: scans it when ready, then after structural changes (mutations in the document
// and in every shadow root found), single-page navigations (history API, hash changes, back/forward,
// bfcache restores) and custom-element upgrades, and sends the page's structure to the worker only
// when it changed. It reads attributes and text, never a field's value, and listens to no input, key
// or change event. Browser specifics (messaging, shadow-root API) are passed in by main.ts.
import type { PageFeatures } from '../core/features.ts';
import type { ContentMessage } from '../shared/messages.ts';
import { clampFeatures, MAX_FIELDS } from './clamp.ts';
import { redactUrl } from '../core/url-redact.ts';
import { samePage } from './same-page.ts';
import { anyStructural, OBSERVE_OPTIONS } from './mutations.ts';
import { collectOrigins } from './origins.ts';
import { createScanSchedule, type ScanReason } from './schedule.ts';

export interface ExtractOptions {
  getShadowRoot(el: Element): ShadowRoot | null;
  maxFields: number;
  /** Called between slices of work: lets the page run (and lets the scanner count its own time). */
  yieldToPage(): Promise<void>;
}

/** The shared extractor (src/dom); may be asynchronous when it yields to the page between chunks. */
export type Extract = (doc: Document, url: string, options: ExtractOptions) => PageFeatures | Promise<PageFeatures>;

export interface ScannerEnv {
  doc: Document;
  win: Window & { MutationObserver: typeof MutationObserver };
  extract: Extract;
  /** Sends a message to the worker; resolves with its reply, rejects when the worker is unreachable. */
  send(message: ContentMessage): Promise<unknown>;
  /** Shadow-root access (closed roots too) that reports each root found to `onRoot`. */
  makeShadowRootGetter(onRoot: (root: ShadowRoot) => void): (el: Element) => ShadowRoot | null;
  /**
   * Whether the page at this address is a provider's signup page (the manifest's matches). Elsewhere
   * — a console the page's own navigation led to — nothing is read or sent unless the person asked
   * ("Analyze this page"). Default: every page.
   */
  isSignupPage?(url: string): boolean;
  /** The person asked for this page to be analysed (the script was injected on request). */
  requested?: boolean;
  /** Timing knobs (tests shorten them). */
  quietMs?: number;
  maxWaitMs?: number;
  navigationQuietMs?: number;
}

const RETRY_MS = 1000;

/** Lets the page's own tasks run: scheduler.yield() where the browser has it, else a new task. */
function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
const MAX_RETRIES = 3;
/** A scan's slice of work longer than this yields to the page before its next stage (extraction slices itself at 8 ms). */
const STAGE_SLICE_MS = 4;
const UPGRADE_CHECKS_MS = [300, 1000, 3000, 8000];

type Reply = { ok: boolean; error?: { code?: string } };

/** Whether any of `elements` (not defined when listed) has been defined since. */
function upgradedAny(elements: NodeListOf<Element>): boolean {
  for (const el of elements) if (el.matches(':defined')) return true;
  return false;
}

/** The page's origins with those of `more` added (each once). */
function withOrigins(page: PageFeatures, more: Pick<PageFeatures, 'frameOrigins' | 'scriptOrigins'>): PageFeatures {
  return {
    ...page,
    frameOrigins: [...new Set([...page.frameOrigins, ...more.frameOrigins])],
    scriptOrigins: [...new Set([...page.scriptOrigins, ...more.scriptOrigins])],
  };
}

export function createScanner(env: ScannerEnv) {
  const { doc, win } = env;
  const quietMs = env.quietMs ?? 300;
  const navigationQuietMs = env.navigationQuietMs ?? 120;
  /** The last report the worker acknowledged (compared with each new scan). */
  let lastSent: PageFeatures | null = null;
  let lastUrl = win.location.href;
  let retries = 0;
  let upgradeChecks = 0;
  let stopped = false;
  let requested = env.requested === true;
  const roots = new Set<ShadowRoot>();
  /** The address without its query values or fragment, worked out once per address (scans mostly repeat it). */
  let lastRedacted = { from: '', to: '' };
  const redacted = (url: string) => {
    if (lastRedacted.from !== url) lastRedacted = { from: url, to: redactUrl(url) };
    return lastRedacted.to;
  };
  const observer = new win.MutationObserver((records: MutationRecord[]) => {
    if (win.location.href !== lastUrl) return navigated();
    if (anyStructural(records)) schedule.request('mutation');
  });
  const getShadowRoot = env.makeShadowRootGetter((root) => {
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, OBSERVE_OPTIONS);
  });

  /**
   * What the script costs the page, for the benchmark and for people curious in devtools:
   * `workMs` sums the slices of work (time between yields), `longestSliceMs` is the longest one.
   */
  const stats = { scans: 0, sends: 0, skipped: 0, workMs: 0, longestSliceMs: 0, longestSliceStage: '', stageMs: {} as Record<string, number> };
  const now = () => win.performance.now();
  let sliceStart = 0;
  let stageStart = 0;
  let stage = '';
  /** Counts the time since the last mark to the current stage; `next` becomes the current one. */
  const markStage = (next = stage) => {
    const t = now();
    stats.stageMs[stage] = (stats.stageMs[stage] ?? 0) + (t - stageStart);
    stageStart = t;
    stage = next;
  };
  const endSlice = () => {
    markStage();
    const spent = now() - sliceStart;
    stats.workMs += spent;
    if (spent > stats.longestSliceMs) {
      stats.longestSliceMs = spent;
      stats.longestSliceStage = stage;
    }
  };
  const yieldToPage = async () => {
    endSlice();
    await pause();
    sliceStart = stageStart = now();
  };
  /**
   * Whether the next stage of a scan goes in a new task, because this slice has run long: a big
   * page's report is built and sent without one long task, while a small page's scan (well under a
   * millisecond per stage) is not spread over four tasks, whose resumptions cost it more than the
   * stages themselves. Asked before awaiting, so a small page's scan awaits nothing between stages.
   */
  const sliceIsLong = () => now() - sliceStart >= STAGE_SLICE_MS;

  async function scan(reason: ScanReason): Promise<void> {
    if (stopped) return;
    sliceStart = stageStart = now();
    stage = 'extract';
    lastUrl = win.location.href;
    // Off the signup paths (a single-page app moved on to its console), the page is not ours to read.
    if (!requested && env.isSignupPage && !env.isSignupPage(lastUrl)) return;
    let features: PageFeatures;
    let pending: Promise<unknown> | null = null;
    try {
      // The address without its query values or fragment: a GET-submitted step carries what was typed.
      const raw = await env.extract(doc, redacted(lastUrl), { getShadowRoot, maxFields: MAX_FIELDS, yieldToPage });
      if (sliceIsLong()) await yieldToPage();
      markStage('clamp');
      // A walk stopped at the field cap did not see the frames and scripts after it: a native
      // query over the document and the shadow roots found so far adds them.
      features = clampFeatures(raw.truncated ? withOrigins(raw, collectOrigins([doc, ...roots], lastUrl)) : raw);
      stats.scans++;
      watchUpgrades();
      if (sliceIsLong()) await yieldToPage();
      markStage('compare');
      if (samePage(features, lastSent)) {
        stats.skipped++;
        return;
      }
      if (sliceIsLong()) await yieldToPage();
      markStage('send');
      // The message is serialised synchronously here; waiting for the reply is not our work.
      pending = env.send({ type: 'page-features', reason, features }).catch(() => undefined);
    } finally {
      endSlice();
    }
    const reply = (await pending) as Reply | undefined;
    // Sent and stored, or refused for good (a malformed report would be refused again): done.
    if (reply?.ok || (reply && reply.error?.code !== 'internal')) {
      lastSent = features;
      retries = 0;
      stats.sends++;
      return;
    }
    // The worker was restarting or failed: try again shortly (it wakes on the message).
    if (retries++ < MAX_RETRIES) win.setTimeout(() => schedule.request(reason, 0), RETRY_MS);
  }

  const schedule = createScanSchedule({
    quietMs,
    maxWaitMs: env.maxWaitMs ?? 1500,
    run: scan,
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (h) => win.clearTimeout(h as number),
    now: () => win.performance.now(),
  });

  /**
   * Custom elements upgrade (and attach their shadow roots) without a light-DOM mutation: while the
   * page has elements not yet defined, look again a few times, and rescan when one of them was
   * upgraded meanwhile. An element that never gets a definition (a framework's component tag, such
   * as Angular's, is never registered) upgrades nothing, so it no longer costs a rescan per check.
   */
  function watchUpgrades() {
    if (upgradeChecks >= UPGRADE_CHECKS_MS.length) return;
    let waiting: NodeListOf<Element>;
    try {
      waiting = doc.querySelectorAll(':not(:defined)');
    } catch {
      return;
    }
    if (!waiting.length) return;
    const check = () => {
      if (stopped) return;
      if (upgradedAny(waiting)) schedule.request('mutation', 0);
      else if (upgradeChecks < UPGRADE_CHECKS_MS.length) win.setTimeout(check, UPGRADE_CHECKS_MS[upgradeChecks++]);
    };
    win.setTimeout(check, UPGRADE_CHECKS_MS[upgradeChecks++]);
  }

  function navigated() {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    upgradeChecks = 0;
    schedule.request('navigation', navigationQuietMs);
  }

  const onNavigationEvent = () => navigated();
  const onPageShow = (event: Event) => {
    // Restored from the back/forward cache: the worker may have moved on, so report again.
    if ((event as PageTransitionEvent).persisted) {
      lastSent = null;
      schedule.request('navigation', 0);
    }
  };
  let poll: number | undefined;

  return {
    stats,
    start(reason: ScanReason = 'initial') {
      observer.observe(doc, OBSERVE_OPTIONS);
      win.addEventListener('popstate', onNavigationEvent);
      win.addEventListener('hashchange', onNavigationEvent);
      win.addEventListener('pageshow', onPageShow);
      // pushState/replaceState cannot be observed from the isolated world; the Navigation API reports
      // them where it exists, elsewhere a cheap URL check each second does (plus the check on mutation).
      const navigation = (win as Window & { navigation?: EventTarget }).navigation;
      if (navigation?.addEventListener) navigation.addEventListener('currententrychange', onNavigationEvent);
      else poll = win.setInterval(onNavigationEvent, 1000);
      schedule.request(reason, 0);
    },
    /** Scan now (tests, "Analyze this page" on a page that already runs the script). */
    rescan(reason: ScanReason) {
      if (reason === 'on-request') requested = true;
      lastSent = null;
      schedule.request(reason, 0);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      win.removeEventListener('popstate', onNavigationEvent);
      win.removeEventListener('hashchange', onNavigationEvent);
      win.removeEventListener('pageshow', onPageShow);
      (win as Window & { navigation?: EventTarget }).navigation?.removeEventListener?.('currententrychange', onNavigationEvent);
      if (poll !== undefined) win.clearInterval(poll);
    },
    get busy() {
      return schedule.busy;
    },
  };
}
