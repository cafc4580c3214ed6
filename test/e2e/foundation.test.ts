// The walking skeleton in real Chromium with the built extension (dist/chrome): the content script
// runs on a real provider URL, the worker validates it and keeps the tab's flow in storage.session,
// the popup renders it, and the flow survives a forced service-worker stop. Tests read the flow the
// way the popup does (get-tab-flow).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabFlow } from '../../src/core/flow/model.ts';
import {
  artifactPath,
  type ChromiumExtensionSession,
  DEMO_DIR,
  E2E_FIXTURES_DIR,
  hostFolders,
  launchWithExtension,
  openAllPanels,
  waitForTabFlow,
} from './harness/index.ts';

const AWS = 'portal.aws.amazon.com';
const SIGNUP_URL = `https://${AWS}/billing/signup`;
const NOT_A_PROVIDER = 'www.example.org';

let s: ChromiumExtensionSession;
let page: Page;
let tabId: number;

/** The fields first seen on the step at `url`. */
const fieldsAt = (flow: TabFlow, url: string) => {
  const step = flow.steps.find((st) => st.url === url);
  return flow.fields.filter((f) => f.stepIndex === step?.index);
};

beforeAll(async () => {
  s = await launchWithExtension({
    hosts: { ...hostFolders(DEMO_DIR), [NOT_A_PROVIDER]: `${E2E_FIXTURES_DIR}/${NOT_A_PROVIDER}` },
  });
  page = await s.context.newPage();
  await page.goto(s.url(AWS, '/billing/signup'));
  tabId = await s.tabIdOf(page);
});

afterAll(async () => {
  await s?.close();
});

describe('Chromium: content script → worker → storage.session → popup', () => {
  it('loads the built extension and its service worker', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await s.worker();
    expect(worker.url()).toBe(s.extensionUrl('/service-worker-loader.js'));
  });

  it('runs the content script on the real provider URL and the worker keeps its flow in storage.session', async () => {
    const flow = await waitForTabFlow(s, page);
    expect(flow.tabId).toBe(tabId);
    expect(flow.steps.map((st) => st.url)).toEqual([SIGNUP_URL]);
    expect(flow.providerId).toBe('aws');
    // Only a content script can have seen these: the worker has no access to the page's DOM.
    const fields = fieldsAt(flow, SIGNUP_URL);
    const email = fields.find((f) => f.label === 'Root user email address');
    expect(email?.category).toBe('email');
    expect(fields.map((f) => f.label)).toContain('AWS account name');

    const session = await s.storage('session');
    expect(Object.values(session)).toContainEqual(flow);
  });

  it('does not run on a site outside the provider catalog', async () => {
    const other = await s.context.newPage();
    await other.goto(s.url(NOT_A_PROVIDER, '/'));
    // A provider page opened after it gets its flow; by then the other page had every chance to report.
    const control = await s.context.newPage();
    await control.goto(s.url(AWS, '/billing/signup/contact'));
    const controlFlow = await waitForTabFlow(s, control);
    expect(controlFlow.providerId).toBe('aws');

    const otherTab = await s.tabIdOf(other);
    expect(await s.flow(otherTab)).toBeNull();
    expect(JSON.stringify(await s.storage('session'))).not.toContain(NOT_A_PROVIDER);
    await Promise.all([other.close(), control.close()]);
  });

  it('renders the flow in the popup page and saves a screenshot', async () => {
    const flow = await waitForTabFlow(s, page);
    const popup = await s.popupFor(page);
    await popup.waitForSelector('[data-state=flow]');
    await openAllPanels(popup);
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/No signup form seen/i);
    expect(text).toMatch(/aws|amazon/i);
    expect(text).toContain('Root user email address');
    expect(text).toMatch(/email/i);
    // Every field the worker classified appears in the popup.
    for (const field of flow.fields) expect(text).toContain(field.label);

    const shot = artifactPath('e2e/popup-chromium.png');
    await popup.screenshot({ path: shot, fullPage: true });
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(2_000);
    await popup.close();
  });
});

describe('Chromium: the flow survives a forced service-worker stop', () => {
  it('keeps the flow in storage while the worker is stopped and serves it from the restarted worker', async () => {
    const flow = await waitForTabFlow(s, page);
    const startedBefore = await s.workerStartedAt();
    // A marker in the running instance's globals: a restarted worker cannot have it.
    await (await s.worker()).evaluate(() => {
      (globalThis as { __kycMarker?: string }).__kycMarker = 'old instance';
    });

    await s.stopWorker();

    // Read from an extension page while the worker is stopped: the flow lives in storage, not in the worker.
    expect(Object.values(await s.storage('session'))).toContainEqual(flow);

    const startedAfter = await s.workerStartedAt(); // this message starts the worker again
    expect(startedAfter).toBeGreaterThan(startedBefore);
    const marker = await (await s.worker()).evaluate(() => (globalThis as { __kycMarker?: string }).__kycMarker ?? null);
    expect(marker).toBeNull();

    const reply = await s.sendMessage({ type: 'get-tab-flow', tabId });
    expect(reply).toEqual({ ok: true, data: flow });

    const popup = await s.popupFor(page);
    expect(await popup.locator('body').textContent()).toContain('Root user email address');
    await popup.close();
  });

  it('wakes a stopped worker with the content script message of the next step, which it stores', async () => {
    const before = await waitForTabFlow(s, page);
    const startedBefore = await s.workerStartedAt();
    await s.stopWorker();

    // The user moves to the next step: the page posts the form and loads the next URL.
    await page.fill('#emailAddress', 'person@example.com');
    await page.fill('#accountName', 'demo');
    await Promise.all([page.waitForURL('**/billing/signup/verify-email'), page.click('button[type=submit]')]);

    const next = await waitForTabFlow(s, page, { after: before.updatedAt });
    expect(next.tabId).toBe(tabId);
    expect(next.steps.map((st) => st.url)).toEqual([SIGNUP_URL, `https://${AWS}/billing/signup/verify-email`]);
    expect(fieldsAt(next, `https://${AWS}/billing/signup/verify-email`).map((f) => f.label)).toContain('Verification code');
    expect(await s.workerStartedAt()).toBeGreaterThan(startedBefore);
  });
});
