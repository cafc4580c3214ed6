// The walking skeleton in real Chromium with the built extension (dist/chrome): the content script
// runs on a real provider URL, the worker validates and stores the report in storage.session, the
// popup renders it, and the report survives a forced service-worker stop.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabReport } from '../../src/background/tab-reports.ts';
import {
  artifactPath,
  type ChromiumExtensionSession,
  DEMO_DIR,
  E2E_FIXTURES_DIR,
  hostFolders,
  launchWithExtension,
  openAllPanels,
  waitForTabReport,
} from './harness/index.ts';

const AWS = 'portal.aws.amazon.com';
const SIGNUP_URL = `https://${AWS}/billing/signup`;
const NOT_A_PROVIDER = 'www.example.org';

let s: ChromiumExtensionSession;
let page: Page;
let tabId: number;

const fieldsOf = (report: TabReport) => report.analysis.forms.flatMap((f) => f.fields);

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

  it('runs the content script on the real provider URL and the worker stores its report in storage.session', async () => {
    const report = await waitForTabReport(s, page);
    expect(report.tabId).toBe(tabId);
    expect(report.analysis.url).toBe(SIGNUP_URL);
    expect(report.analysis.providerId).toBe('aws');
    // Only a content script can have seen these: the worker has no access to the page's DOM.
    const fields = fieldsOf(report);
    const email = fields.find((f) => f.label === 'Root user email address');
    expect(email?.category).toBe('email');
    expect(fields.map((f) => f.label)).toContain('AWS account name');

    const session = await s.storage('session');
    expect(Object.values(session)).toContainEqual(report);
  });

  it('does not run on a site outside the provider catalog', async () => {
    const other = await s.context.newPage();
    await other.goto(s.url(NOT_A_PROVIDER, '/'));
    // A provider page opened after it gets its report; by then the other page had every chance to report.
    const control = await s.context.newPage();
    await control.goto(s.url(AWS, '/billing/signup/contact'));
    const controlReport = await waitForTabReport(s, control);
    expect(controlReport.analysis.providerId).toBe('aws');
    await new Promise((r) => setTimeout(r, 500));

    const otherTab = await s.tabIdOf(other);
    const reply = (await s.sendMessage({ type: 'get-tab-report', tabId: otherTab })) as { ok: boolean; data: unknown };
    expect(reply).toEqual({ ok: true, data: null });
    expect(JSON.stringify(await s.storage('session'))).not.toContain(NOT_A_PROVIDER);
    await Promise.all([other.close(), control.close()]);
  });

  it('renders the report in the popup page and saves a screenshot', async () => {
    const report = await waitForTabReport(s, page);
    const popup = await s.popupFor(page);
    await popup.waitForSelector('[data-state=flow]');
    await openAllPanels(popup);
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/No signup form seen/i);
    expect(text).toMatch(/aws|amazon/i);
    expect(text).toContain('Root user email address');
    expect(text).toMatch(/email/i);
    // Every field the worker classified appears in the popup.
    for (const field of fieldsOf(report)) expect(text).toContain(field.label);

    const shot = artifactPath('e2e/popup-chromium.png');
    await popup.screenshot({ path: shot, fullPage: true });
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(2_000);
    await popup.close();
  });
});

describe('Chromium: the report survives a forced service-worker stop', () => {
  it('keeps the report in storage while the worker is stopped and serves it from the restarted worker', async () => {
    const report = await waitForTabReport(s, page);
    const startedBefore = await s.workerStartedAt();
    // A marker in the running instance's globals: a restarted worker cannot have it.
    await (await s.worker()).evaluate(() => {
      (globalThis as { __kycMarker?: string }).__kycMarker = 'old instance';
    });

    await s.stopWorker();

    // Read from an extension page while the worker is stopped: the report lives in storage, not in the worker.
    expect(Object.values(await s.storage('session'))).toContainEqual(report);

    const startedAfter = await s.workerStartedAt(); // this message starts the worker again
    expect(startedAfter).toBeGreaterThan(startedBefore);
    const marker = await (await s.worker()).evaluate(() => (globalThis as { __kycMarker?: string }).__kycMarker ?? null);
    expect(marker).toBeNull();

    const reply = await s.sendMessage({ type: 'get-tab-report', tabId });
    expect(reply).toEqual({ ok: true, data: report });

    const popup = await s.popupFor(page);
    expect(await popup.locator('body').textContent()).toContain('Root user email address');
    await popup.close();
  });

  it('wakes a stopped worker with the content script message of the next step, which it stores', async () => {
    const before = await waitForTabReport(s, page);
    const startedBefore = await s.workerStartedAt();
    await s.stopWorker();

    // The user moves to the next step: the page posts the form and loads the next URL.
    await page.fill('#emailAddress', 'person@example.com');
    await page.fill('#accountName', 'demo');
    await Promise.all([page.waitForURL('**/billing/signup/verify-email'), page.click('button[type=submit]')]);

    const next = await waitForTabReport(s, page, { after: before.updatedAt });
    expect(next.tabId).toBe(tabId);
    expect(next.analysis.url).toBe(`https://${AWS}/billing/signup/verify-email`);
    expect(fieldsOf(next).map((f) => f.label)).toContain('Verification code');
    expect(await s.workerStartedAt()).toBeGreaterThan(startedBefore);
  });
});
