// The no-values property over whole signup flows, in Chromium and in Firefox ESR: sentinel strings
// typed with the keyboard into every field of every step of every fixture flow (light DOM, open and
// closed shadow roots, same-origin and vendor frames) never appear in any storage area, the badge, the
// saved history, an export built from it or the popup — nor, in Chromium, in any message the worker
// received (Firefox offers no way to watch the background's messages without changing the extension).
// And, in Chromium, the content script registers no input, key or change listener: CDP's DOMDebugger
// lists the listeners a world added to a node when asked with that world's handle of the node, so the
// test asks in the extension's isolated world (by its execution context) and checks each listener's
// script. Firefox has no protocol that lists a content script's listeners; it runs the same script file.
// (Run under `flock /tmp/firefox.lock`: the Firefox half binds port 443.)
import { randomBytes } from 'node:crypto';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../src/core/history/export-json.ts';
import type { Snapshot } from '../../src/core/history/snapshot.ts';
import { expectedFlow, flowProviders, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { clickNext, settledFlow, waitForStep } from './flows-support.ts';
import { BROWSERS, driverPage, type ExtensionSession, eventually, launchSession, type TestPage, type WorkerMessageRecorder } from './harness/index.ts';

const sentinel = () => `SNTL${randomBytes(5).toString('hex')}x`;
// Fields too short for a unique sentinel (6-digit codes) or that take no free text are left alone.
const TYPEABLE = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=date]):not([readonly]), textarea';

/** Types a fresh sentinel into every typeable field of the page and its frames; returns what it typed. */
async function typeEverywhere(page: TestPage): Promise<string[]> {
  const typed: string[] = [];
  const fields = (await page.visible(TYPEABLE)).filter((f) => (f.maxLength ?? 99) >= 11);
  // Closed shadow roots: a person clicks the component and types into the input inside it.
  const closed = await page.visible('kyc-secure-field');
  for (const { element } of [...fields, ...closed]) {
    const value = sentinel();
    await element.click();
    await page.type(value);
    typed.push(value);
  }
  return typed;
}

async function listenersAddedByContentScript(cdp: CDPSession, contextId: number, scriptUrls: Map<string, string>, contentScriptUrl: string) {
  type Listener = { type: string; scriptId: string };
  const out: string[] = [];
  const collect = async (expression: string, depth: number) => {
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId })) as { result: { objectId?: string } };
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth, pierce: true })) as {
      listeners: Listener[];
    };
    for (const l of listeners) if (scriptUrls.get(l.scriptId) === contentScriptUrl) out.push(`${expression}:${l.type}`);
  };
  await collect('window', 0);
  await collect('document', -1); // every node of the document, shadow trees and frames included
  return out;
}

describe.each(BROWSERS)('nothing typed in a signup flow reaches the extension, in %s', (browser) => {
  let s: ExtensionSession;
  let recorder: WorkerMessageRecorder | null = null;
  const typed: string[] = [];
  const badges: string[] = [];

  beforeAll(async () => {
    s = await launchSession(browser, { hosts: layOutFlowSites() });
    recorder = (await s.chromium?.recordWorkerMessages()) ?? null;
  });

  afterAll(async () => {
    await s?.close();
  });

  for (const provider of flowProviders()) {
    it(`${provider}: typing into every field of every step`, async () => {
      const expected = expectedFlow(provider);
      const page = await s.newPage();
      await page.goto(expected.start);
      const tabId = await s.tabIdOf(page);
      let count = 0;
      for (let i = 0; i < expected.steps.length; i++) {
        // The step is recorded as expected: its late fields and upgraded components are there to type into.
        await waitForStep(s, tabId, i, expected.steps[i]!);
        const here = await typeEverywhere(page);
        typed.push(...here);
        count += here.length;
        // Any rescan the typing could have caused has reached the worker.
        await settledFlow(s, tabId);
        if (i < expected.steps.length - 1) await clickNext(page);
      }
      expect(count).toBeGreaterThan(0);
      badges.push(await s.badgeText(tabId));
      // Chromium: the user's "Save snapshot" (the popup's message). Both browsers also save the flow
      // to history when its tab closes, which is the path the Firefox half relies on (its probe cannot write).
      if (s.chromium) expect(((await s.chromium.sendMessage({ type: 'save-snapshot', tabId })) as { ok: boolean }).ok).toBe(true);
      await page.close();
    });
  }

  it('no sentinel is in any message, storage area, badge, history record or export', async () => {
    expect(typed.length).toBeGreaterThan(60);
    expect(badges.some((b) => b !== '')).toBe(true);
    const snapshotsIn = (idb: Record<string, Record<string, unknown[]>>) => Object.values(idb).flatMap((stores) => (stores.snapshots ?? []) as Snapshot[]);
    // Saved when the last tab closed: wait for every flow's snapshot.
    const idb = await eventually(async () => {
      const dump = await s.indexedDbDump();
      return new Set(snapshotsIn(dump).map((snap) => snap.provider.id)).size >= flowProviders().length ? dump : null;
    }, 'a history snapshot of every flow', { timeoutMs: 20_000 });
    const snapshots = snapshotsIn(idb);
    const places: Record<string, string> = {
      'storage.session': JSON.stringify(await s.storage('session')),
      'storage.local': JSON.stringify(await s.storage('local')),
      'storage.sync': JSON.stringify(await s.storage('sync')),
      IndexedDB: JSON.stringify(idb),
      badges: JSON.stringify(badges),
      export: serializeExport(buildExport(snapshots, { exportedAt: Date.now(), generator: { name: 'kyc-lens', version: 'test' } as never })),
    };
    if (recorder) {
      places['messages received by the worker'] = JSON.stringify(await recorder.messages());
      // The place holds real structure, so the search below looks at content, not at an empty list.
      expect(places['messages received by the worker']).toContain('page-features');
    }
    expect(places.IndexedDB).toContain('Card number');
    const leaks = Object.entries(places).flatMap(([where, text]) => typed.filter((t) => text.includes(t)).map((t) => `${t} in ${where}`));
    expect(leaks).toEqual([]);
  });

  if (browser === 'chromium') {
    it('the content script registers no input, key or change listener (and CDP does see its other listeners)', async () => {
      const cs = s.chromium!;
      const expected = expectedFlow('aws');
      const wrapped = await s.newPage();
      const page = driverPage<Page>(wrapped);
      const cdp = await cs.context.newCDPSession(page);
      const scriptUrls = new Map<string, string>();
      cdp.on('Debugger.scriptParsed', (e: { scriptId: string; url: string }) => scriptUrls.set(e.scriptId, e.url));
      type Context = { id: number; origin: string; auxData?: { type?: string } };
      const contexts: Context[] = [];
      cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.push(e.context));
      await cdp.send('Runtime.enable');
      await cdp.send('Debugger.enable');
      await page.goto(expected.start);
      const tabId = await s.tabIdOf(wrapped);
      await waitForStep(s, tabId, 0, expected.steps[0]!);
      await typeEverywhere(wrapped);
      await clickNext(wrapped);
      await waitForStep(s, tabId, 1, expected.steps[1]!);
      const contentScriptUrl = cs.extensionUrl('/src/content/main.js');
      expect([...scriptUrls.values()]).toContain(contentScriptUrl);
      // The content script's world: an isolated context with the extension's origin.
      const world = contexts.filter((c) => c.origin === cs.extensionUrl('/').replace(/\/$/, '') && c.auxData?.type === 'isolated').at(-1);
      expect(world, 'the content script world').toBeDefined();
      const ours = await listenersAddedByContentScript(cdp, world!.id, scriptUrls, contentScriptUrl);
      // Positive control: the script's navigation listeners on window are visible to this method ...
      expect(ours).toEqual(expect.arrayContaining(['window:popstate', 'window:hashchange']));
      // ... and nothing that could see typing.
      const forbidden = /^(input|beforeinput|change|keydown|keyup|keypress|paste|cut|copy|compositionstart|compositionupdate|compositionend|textInput|select|focusin|focusout|focus|blur)$/;
      expect(ours.filter((l) => forbidden.test(l.split(':')[1]!))).toEqual([]);
      await cdp.detach();
      await page.close();
    });
  }
});
