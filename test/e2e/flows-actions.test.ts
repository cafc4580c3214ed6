// What the worker does with a flow besides storing it, in real Chromium: the toolbar badge (number of
// KYC categories, coloured by impact), "Analyze this page" (inject once; refused without the user's
// activeTab grant), a flow saved to history when the tab leaves the provider, and reset.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeForFlow, flowIdentityCategories } from '../../src/core/flow/impact.ts';
import type { Snapshot } from '../../src/core/history/snapshot.ts';
import { expectedFlow, layOutFlowSites } from '../fixtures/flows/schema.ts';
import { getFlow, sentMessages, walkFlow } from './flows-support.ts';
import { type ChromiumExtensionSession, eventually, launchWithExtension, type WorkerMessageRecorder } from './harness/index.ts';

const RESELLER = 'www.reseller-cloud.example';
let s: ChromiumExtensionSession;
let recorder: WorkerMessageRecorder;

type Chrome = {
  chrome: { action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> } };
};

async function badgeOf(tabId: number) {
  return s.evaluateInExtension(async (id) => {
    const { chrome } = globalThis as unknown as Chrome;
    return { text: await chrome.action.getBadgeText({ tabId: id }), colour: await chrome.action.getBadgeBackgroundColor({ tabId: id }) };
  }, tabId);
}

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join('')}`;

beforeAll(async () => {
  const hosts = layOutFlowSites(['aws', 'hetzner']);
  // A site outside the catalog (a reseller): the content script does not run there by itself.
  const reseller = join(tmpdir(), `kyc-reseller-${process.pid}`);
  mkdirSync(reseller, { recursive: true });
  writeFileSync(
    join(reseller, 'index.html'),
    '<!doctype html><html lang="en"><title>Reseller signup</title><h1>Create your account</h1><form><label for=e>Email</label><input id=e type=email autocomplete=email><label for=p>Phone</label><input id=p type=tel autocomplete=tel></form>',
  );
  s = await launchWithExtension({ hosts: { ...hosts, [RESELLER]: reseller } });
  recorder = await s.recordWorkerMessages();
});

afterAll(async () => {
  await s?.close();
});

describe('badge, analyze, history, reset', () => {
  it('the badge shows the flow\'s number of KYC categories, coloured by its impact level', async () => {
    const page = await s.context.newPage();
    const flow = await walkFlow(s, page, expectedFlow('hetzner'));
    const tabId = await s.tabIdOf(page);
    const want = badgeForFlow(flow);
    expect(Number(want.text)).toBe(flowIdentityCategories(flow).length);
    expect(Number(want.text)).toBeGreaterThanOrEqual(6); // email, name, address, phone, tax id, payment, documents
    const badge = await eventually(async () => {
      const b = await badgeOf(tabId);
      return b.text === want.text ? b : null;
    }, 'the badge text');
    expect(hex(badge.colour)).toBe(want.colour);
    // Identity documents, a card, an address: at least "high" on the documented score bands.
    expect(want.level === 'high' || want.level === 'very-high').toBe(true);
    expect(want.colour).toBe(BADGE_COLOURS[want.level!]);
    await page.close();
  });

  it('"Analyze this page" on a provider tab asks the running script for a fresh report instead of starting a second one', async () => {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    type Context = { id: number; origin: string; auxData?: { type?: string } };
    const contexts: Context[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: Context }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await page.goto(expectedFlow('aws').start);
    const tabId = await s.tabIdOf(page);
    await eventually(async () => ((await getFlow(s, tabId))?.steps.length ?? 0) > 0 || null, 'the first step');
    const reply = (await s.sendMessage({ type: 'analyze-tab', tabId })) as { ok: boolean };
    expect(reply).toEqual({ ok: true, data: { injected: true } });
    await eventually(async () => {
      const messages = sentMessages(await recorder.messages());
      return messages.some((m) => m.type === 'page-features' && m.reason === 'on-request') || null;
    }, 'an on-request report');
    // One scanner: the content script world has one popstate listener, not two.
    const world = contexts.filter((c) => c.origin === s.extensionUrl('/').replace(/\/$/, '') && c.auxData?.type === 'isolated').at(-1)!;
    const { result } = (await cdp.send('Runtime.evaluate', { expression: 'window', contextId: world.id })) as { result: { objectId: string } };
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: { type: string }[] };
    expect(listeners.filter((l) => l.type === 'popstate')).toHaveLength(1);
    await cdp.detach();
    await page.close();
  });

  it('answers the toolbar popup\'s opening question: the flow of the tab active in the focused window', async () => {
    const page = await s.context.newPage();
    await page.goto(expectedFlow('aws').start);
    const tabId = await s.tabIdOf(page);
    await eventually(async () => ((await getFlow(s, tabId))?.steps.length ?? 0) > 0 || null, 'the first step');
    await page.bringToFront();
    const reply = (await s.sendMessage({ type: 'get-active-tab-flow' })) as { ok: boolean; data: { tabId: number | null; flow: { tabId: number; steps: unknown[] } | null } };
    expect(reply.ok).toBe(true);
    expect(reply.data.tabId).toBe(tabId);
    expect(reply.data.flow?.tabId).toBe(tabId);
    expect(reply.data.flow?.steps).toEqual((await getFlow(s, tabId))?.steps);
    await page.close();
  });

  it('"Analyze this page" on a site outside the catalog, without the user\'s toolbar click, is refused with a clear reason', async () => {
    const page = await s.context.newPage();
    await page.goto(`https://${RESELLER}/`);
    const tabId = await s.tabIdOf(page);
    const reply = (await s.sendMessage({ type: 'analyze-tab', tabId })) as { ok: boolean; error?: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error?.code).toBe('not-allowed');
    expect(reply.error?.message).toMatch(/toolbar/);
    await page.waitForTimeout(500);
    expect(await getFlow(s, tabId)).toBeNull(); // nothing ran there
    await page.close();
  });

  it('a flow is saved to history as finished when the tab leaves the provider', async () => {
    const page = await s.context.newPage();
    await walkFlow(s, page, expectedFlow('aws'));
    const tabId = await s.tabIdOf(page);
    await page.goto(`https://${RESELLER}/`);
    const saved = await eventually(async () => {
      const db = await s.indexedDbDump();
      const snapshots = Object.values(db).flatMap((stores) => (stores.snapshots ?? []) as Snapshot[]);
      return snapshots.find((x) => x.provider.id === 'aws' && x.reason === 'finished' && x.steps.length === 5) ?? null;
    }, 'the finished AWS flow in history');
    expect(saved.fields.map((f) => f.category)).toEqual(expect.arrayContaining(['email', 'name', 'phone', 'address', 'payment']));
    expect((await badgeOf(tabId)).text).toBe('');
    await page.close();
  });

  it('reset forgets the tab\'s flow', async () => {
    const page = await s.context.newPage();
    await page.goto(expectedFlow('aws').start);
    const tabId = await s.tabIdOf(page);
    await eventually(async () => ((await getFlow(s, tabId))?.steps.length ?? 0) > 0 || null, 'the first step');
    expect(await s.sendMessage({ type: 'reset-tab-flow', tabId })).toEqual({ ok: true, data: { reset: true } });
    expect(await getFlow(s, tabId)).toBeNull();
    await page.close();
  });
});
