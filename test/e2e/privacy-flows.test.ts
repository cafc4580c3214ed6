// The no-values property over whole signup flows: sentinel strings typed with the keyboard into every
// field of every step of every fixture flow (light DOM, open and closed shadow roots, same-origin and
// vendor frames) never appear in any message the worker received, any storage area, the badge, the
// saved history or an export built from it. And the content script registers no input, key or change
// listener: CDP's DOMDebugger lists the listeners a world added to a node when asked with that world's
// handle of the node, so the test asks in the extension's isolated world (by its execution context)
// and checks each listener's script.
import { randomBytes } from 'node:crypto';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../src/core/history/export-json.ts';
import type { Snapshot } from '../../src/core/history/snapshot.ts';
import { expectedFlow, flowProviders, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { clickNext, getFlow } from './flows-support.ts';
import { type ChromiumExtensionSession, eventually, launchWithExtension, type WorkerMessageRecorder } from './harness/index.ts';

let s: ChromiumExtensionSession;
let recorder: WorkerMessageRecorder;
const typed: string[] = [];
const tabs: number[] = [];

const sentinel = () => `SNTL${randomBytes(5).toString('hex')}x`;
// Fields too short for a unique sentinel (6-digit codes) or that take no free text are left alone.
const TYPEABLE = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=date]):not([readonly]), textarea';

async function typeEverywhere(page: Page): Promise<number> {
  let count = 0;
  const typeInto = async (click: () => Promise<void>) => {
    const value = sentinel();
    await click();
    await page.keyboard.type(value, { delay: 2 });
    typed.push(value);
    count++;
  };
  for (const frame of page.frames()) {
    // Light DOM and open shadow roots (Playwright's CSS pierces open roots), in the page and in frames.
    const fields = frame.locator(TYPEABLE);
    for (let i = 0; i < (await fields.count()); i++) {
      const field = fields.nth(i);
      if (!(await field.isVisible()) || Number((await field.getAttribute('maxlength')) ?? 99) < 11) continue;
      await typeInto(() => field.click());
    }
    // Closed shadow roots: a person clicks the component and types into the input inside it.
    const closed = frame.locator('kyc-secure-field');
    for (let i = 0; i < (await closed.count()); i++) await typeInto(() => closed.nth(i).click());
  }
  return count;
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

beforeAll(async () => {
  s = await launchWithExtension({ hosts: layOutFlowSites() });
  recorder = await s.recordWorkerMessages();
});

afterAll(async () => {
  await s?.close();
});

describe('nothing typed in a signup flow reaches the extension', () => {
  for (const provider of flowProviders()) {
    it(`${provider}: typing into every field of every step`, async () => {
      const expected = expectedFlow(provider);
      const page = await s.context.newPage();
      await page.goto(expected.start);
      const tabId = await s.tabIdOf(page);
      tabs.push(tabId);
      let count = 0;
      for (let i = 0; i < expected.steps.length; i++) {
        await eventually(async () => ((await getFlow(s, tabId))?.steps.length ?? 0) > i || null, `${provider} step ${i}`, { timeoutMs: 12_000 }).catch(() => undefined);
        await page.waitForTimeout(500); // late fields and component upgrades
        count += await typeEverywhere(page);
        await page.waitForTimeout(400); // any rescan the typing could have caused has run
        if (i < expected.steps.length - 1) await clickNext(page);
      }
      expect(count).toBeGreaterThan(0);
      const reply = (await s.sendMessage({ type: 'save-snapshot', tabId })) as { ok: boolean };
      expect(reply.ok).toBe(true);
      await page.close();
    });
  }

  it('no sentinel is in any message, storage area, badge, history record or export', async () => {
    expect(typed.length).toBeGreaterThan(60);
    const badges = await s.evaluateInExtension(async (ids) => {
      const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } };
      return Promise.all(ids.map((tabId) => chrome.action.getBadgeText({ tabId }).catch(() => '')));
    }, tabs);
    const idb = await s.indexedDbDump();
    const snapshots = Object.values(idb).flatMap((stores) => (stores.snapshots ?? []) as Snapshot[]);
    expect(snapshots.length).toBeGreaterThanOrEqual(flowProviders().length);
    const places: Record<string, string> = {
      'messages received by the worker': JSON.stringify(await recorder.messages()),
      'storage.session': JSON.stringify(await s.storage('session')),
      'storage.local': JSON.stringify(await s.storage('local')),
      'storage.sync': JSON.stringify(await s.storage('sync')),
      IndexedDB: JSON.stringify(idb),
      badges: JSON.stringify(badges),
      export: serializeExport(buildExport(snapshots, { exportedAt: Date.now(), generator: { name: 'kyc-lens', version: 'test' } as never })),
    };
    // The places hold real structure, so the search below looks at content, not at empty strings.
    expect(places['messages received by the worker']).toContain('page-features');
    expect(places.IndexedDB).toContain('Card number');
    const leaks = Object.entries(places).flatMap(([where, text]) => typed.filter((t) => text.includes(t)).map((t) => `${t} in ${where}`));
    expect(leaks).toEqual([]);
  });

  it('the content script registers no input, key or change listener (and CDP does see its other listeners)', async () => {
    const expected = expectedFlow('aws');
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    const scriptUrls = new Map<string, string>();
    cdp.on('Debugger.scriptParsed', (e: { scriptId: string; url: string }) => scriptUrls.set(e.scriptId, e.url));
    type Context = { id: number; origin: string; auxData?: { type?: string } };
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    await page.goto(expected.start);
    const tabId = await s.tabIdOf(page);
    await eventually(async () => ((await getFlow(s, tabId))?.steps.length ?? 0) > 0 || null, 'first step');
    await typeEverywhere(page);
    await clickNext(page);
    await page.waitForTimeout(600);
    const contentScriptUrl = s.extensionUrl('/src/content/main.js');
    expect([...scriptUrls.values()]).toContain(contentScriptUrl);
    // The content script's world: an isolated context with the extension's origin.
    const world = contexts.filter((c) => c.origin === s.extensionUrl('/').replace(/\/$/, '') && c.auxData?.type === 'isolated').at(-1);
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
});
