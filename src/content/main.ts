// Content script: follows the page's form structure and sends it to the worker.
// It registers no input, key or change listener and never reads a field's value.
// Kept small (no zod, no polyfill: the schema types are imported as types only).
import { FirstSeenTexts } from '../dom/echo-safe.ts';
import { CONTENT_SCRIPT_LIMITS, extractPageSliced } from '../dom/extract.ts';
import { toWire } from '../shared/content-wire.ts';
import type { ContentMessage } from '../shared/messages.ts';
import { createScanner, type Extract } from './scanner.ts';
import { shadowRootGetter } from './shadow.ts';
import { signupPageCheck } from './signup-page.ts';
import { type ConnectRuntime, createWorkerChannel } from './worker-channel.ts';

type Runtime = ConnectRuntime & { getManifest?(): { content_scripts?: { matches?: string[] }[] } };
type ExtensionGlobal = { runtime?: Runtime; dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

const scope = globalThis as typeof globalThis & { browser?: ExtensionGlobal; chrome?: ExtensionGlobal; __kycLensScanner?: unknown };
// Firefox has `browser` (promises); Chromium's `chrome` returns promises in MV3 too.
const api: ExtensionGlobal | undefined = scope.browser?.runtime ? scope.browser : scope.chrome;

// "Analyze this page" may inject the script into a page where it already runs: the isolated world
// keeps this global, so the second copy only asks the first for a fresh report.
const running = scope.__kycLensScanner as { rescan(reason: 'on-request'): void } | undefined;
if (running) running.rescan('on-request');
else if (api?.runtime) {
  const runtime = api.runtime;
  // Time-sliced (≤ ~8 ms per task, then it yields to the page) and held to the message schema's caps.
  // Descriptions and nearby texts as first seen, across every scan of this page (echo-safe.ts).
  const firstSeen = new FirstSeenTexts();
  const extract: Extract = (doc, url, { yieldToPage, ...options }) =>
    extractPageSliced(doc, url, { ...CONTENT_SCRIPT_LIMITS, ...options, firstSeen }, { budgetMs: 8, yieldFn: yieldToPage });
  // The manifest runs this script on signup paths only (generated from the catalog): anywhere else it
  // was injected because the person clicked "Analyze this page".
  const signupPatterns = runtime.getManifest?.().content_scripts?.[0]?.matches ?? [];
  const isSignupPage = signupPageCheck(signupPatterns);
  const requested = !isSignupPage(location.href);
  const toWorker = createWorkerChannel(runtime);
  const scanner = createScanner({
    doc: document,
    win: window,
    extract,
    send: (message: ContentMessage) => toWorker(toWire(message)),
    makeShadowRootGetter: (onRoot) => shadowRootGetter(scope.chrome?.dom, onRoot),
    isSignupPage,
    requested,
  });
  scope.__kycLensScanner = scanner;
  scanner.start(requested ? 'on-request' : 'initial');
}
