// Firefox ESR: the Firefox test build installs, the harness's route to the extension works (and says
// which Firefox it failed on when it does not), the content script runs on a real provider URL, the
// background keeps the validated flow, and the popup shows it. How the extension's side is observed in
// Firefox is explained in harness/firefox.ts. The flow, privacy and hostile-page proofs run in both
// browsers (flows.test.ts, privacy-flows.test.ts, hostile.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_DIR,
  DIST_FIREFOX,
  E2E_FIXTURES_DIR,
  type FirefoxExtensionSession,
  hostFolders,
  launchFirefoxWithExtension,
  layerHostFolders,
  waitForTabFlow,
} from './harness/index.ts';
import { findLeaks, liveValuesScript, PRIVACY_GATE, PRIVACY_HOST, PRIVACY_PATH, sentinelFields } from './privacy-fixture.ts';

const AWS = 'portal.aws.amazon.com';
const NOT_A_PROVIDER = 'www.example.org';

describe('Firefox ESR: the test route and the content script → background round trip', () => {
  let s: FirefoxExtensionSession;

  beforeAll(async () => {
    s = await launchFirefoxWithExtension({ hosts: layerHostFolders(hostFolders(DEMO_DIR), hostFolders(E2E_FIXTURES_DIR)) });
  });

  afterAll(async () => {
    await s?.close();
  });

  it('installs the Firefox test build, and its probe answers from inside the add-on (the route works on this Firefox)', async () => {
    expect(s.extensionId).toBe('kyc-lens@kyc-lens.org');
    expect(s.firefoxVersion).toMatch(/^firefox\/\d+\./);
    const hello = await s.probe<{ userAgent: string; apis: string[] }>({ kind: 'hello' });
    expect(hello.apis).toEqual(expect.arrayContaining(['runtime', 'storage', 'tabs', 'action']));
    const manifest = await s.probe<{ browser_specific_settings: { gecko: { strict_min_version: string } } }>({ kind: 'manifest' });
    // The Firefox this runs on meets the add-on's floor (it installed, so it must).
    const floor = Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version);
    expect(Number.parseFloat(s.firefoxVersion.split('/')[1]!)).toBeGreaterThanOrEqual(floor);
  });

  it('the probe only reads: it refuses to forward a message that changes the extension', async () => {
    await expect(s.probe({ kind: 'message', message: { type: 'reset-tab-flow' as never, tabId: 1 } })).rejects.toThrow(/only forwards read-only messages/);
    await expect(s.probe({ kind: 'message', message: { type: 'save-snapshot' as never, tabId: 1 } })).rejects.toThrow(/only forwards read-only messages/);
    await expect(s.probe({ kind: 'write' } as never)).rejects.toThrow(/Unknown probe query/);
  });

  it('keeps the flow of a provider page, sent by the content script and validated by the background, and the popup shows it', async () => {
    const page = await s.newPage();
    await page.goto(s.url(AWS, '/billing/signup/contact'));
    const tabId = await s.tabIdOf(page);
    const flow = await waitForTabFlow(s, page, { timeoutMs: 15_000 });
    expect(flow.tabId).toBe(tabId);
    expect(flow.steps.map((st) => st.url)).toEqual([`https://${AWS}/billing/signup/contact`]);
    expect(flow.providerId).toBe('aws');
    expect(flow.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Full Name', 'City', 'Postal Code']));
    expect(flow.fields.find((f) => f.label === 'Full Name')?.category).toBe('name');
    expect(Object.values(await s.storage('session'))).toContainEqual(flow);

    // The real popup page for this tab (rendered inside the probe), every panel opened.
    const popup = await s.popupFor(page, { openPanels: true });
    expect(popup.states).toContain('flow');
    expect(popup.text).not.toMatch(/No signup form seen/i);
    for (const field of flow.fields) expect(popup.text).toContain(field.label);
    await page.close();
  });

  it('does not run on a site outside the provider catalog', async () => {
    const other = await s.newPage();
    await other.goto(s.url(NOT_A_PROVIDER, '/'));
    // A provider page opened after it gets its flow; by then the other page had every chance to report.
    const provider = await s.newPage();
    await provider.goto(s.url(AWS, '/billing/signup'));
    await waitForTabFlow(s, provider, { timeoutMs: 15_000 });
    expect(await s.flow(await s.tabIdOf(other))).toBeNull();
    expect(JSON.stringify(await s.storage('session'))).not.toContain(NOT_A_PROVIDER);
    await Promise.all([other.close(), provider.close()]);
  });

  it('keeps no value typed into the fields before the scan (Firefox content script)', async () => {
    const gate = s.server.gate(PRIVACY_GATE);
    const page = await s.newPage();
    // The gate holds the parser at the end of <body>: the document_idle content script cannot run yet.
    const loading = page.goto(s.url(PRIVACY_HOST, PRIVACY_PATH), { waitUntil: 'load' });
    await gate.requested;
    const fields = sentinelFields();
    for (const field of fields) {
      await page.click(field.shadowHost ? `${field.shadowHost} >>> ${field.selector}` : field.selector);
      await page.keyboard.type(field.typed, { delay: 5 });
    }
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    const privacyUrl = s.url(PRIVACY_HOST, PRIVACY_PATH);
    expect(JSON.stringify(await s.storage('session'))).not.toContain(privacyUrl);

    gate.release();
    await loading;
    const flow = await waitForTabFlow(s, page, { timeoutMs: 15_000 });
    expect(flow.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Full name', 'Email address', 'Card number']));
    const sentinels = fields.map((f) => f.sentinel);
    const live = await page.evaluate(liveValuesScript);
    for (const sentinel of sentinels) expect(live).toContain(sentinel);
    const places = {
      'storage.session': JSON.stringify(await s.storage('session')),
      'storage.local': JSON.stringify(await s.storage('local')),
      IndexedDB: JSON.stringify(await s.indexedDbDump()),
      popup: (await s.popupFor(page, { openPanels: true })).text,
    };
    expect(places['storage.session']).toContain('Card number');
    expect(places.popup).toContain('Card number');
    expect(findLeaks(places, sentinels)).toEqual([]);
    await page.close();
  });
});

describe("Firefox ESR: the route's self-test", () => {
  it('fails loudly, naming the Firefox, when the installed build has no probe (the release build: nothing web-accessible)', async () => {
    const launched = launchFirefoxWithExtension({ hosts: hostFolders(DEMO_DIR), dist: DIST_FIREFOX });
    await expect(launched).rejects.toThrow(/^The Firefox test route does not work on firefox\/\d+\.[\d.]+\w*: the probe page of .*dist\/firefox /);
  });
});
