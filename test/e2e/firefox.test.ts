// Firefox ESR smoke test: the Firefox build installs, its content script runs on a real provider URL
// and the background stores the validated report. How the extension's side is observed in Firefox
// (BiDi hides extension contexts) is explained in harness/firefox.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabReport } from '../../src/background/tab-reports.ts';
import {
  DEMO_DIR,
  E2E_FIXTURES_DIR,
  eventually,
  type FirefoxExtensionSession,
  hostFolders,
  launchFirefoxWithExtension,
  layerHostFolders,
} from './harness/index.ts';
import { findLeaks, liveValuesScript, PRIVACY_GATE, PRIVACY_HOST, PRIVACY_PATH, sentinelFields } from './privacy-fixture.ts';

const AWS = 'portal.aws.amazon.com';
const NOT_A_PROVIDER = 'www.example.org';

let s: FirefoxExtensionSession;

beforeAll(async () => {
  s = await launchFirefoxWithExtension({ hosts: layerHostFolders(hostFolders(DEMO_DIR), hostFolders(E2E_FIXTURES_DIR)) });
});

afterAll(async () => {
  await s?.close();
});

const reportsIn = (session: Record<string, unknown>): TabReport[] =>
  Object.values(session).filter((v): v is TabReport => typeof v === 'object' && v !== null && 'analysis' in v && 'tabId' in v);

describe('Firefox ESR: content script → background round trip', () => {
  it('installs the Firefox build as an add-on', () => {
    expect(s.extensionId).toBe('kyc-lens@kyc-lens.org');
  });

  it('stores the report of a provider page, sent by the content script and validated by the background', async () => {
    const page = await s.newPage();
    await page.goto(s.url(AWS, '/billing/signup/contact'));
    const tabId = await s.tabIdOf(page);

    const report = await eventually(
      async () => reportsIn(await s.sessionStorage()).find((r) => r.tabId === tabId && r.analysis.url === page.url()),
      `the report of tab ${tabId} in storage.session`,
      { timeoutMs: 15_000 },
    );
    expect(report.analysis.url).toBe(`https://${AWS}/billing/signup/contact`);
    expect(report.analysis.providerId).toBe('aws');
    const fields = report.analysis.forms.flatMap((f) => f.fields);
    expect(fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Full Name', 'City', 'Postal Code']));
    expect(fields.find((f) => f.label === 'Full Name')?.category).toBe('name');
    await page.close();
  });

  it('does not run on a site outside the provider catalog', async () => {
    const other = await s.newPage();
    await other.goto(s.url(NOT_A_PROVIDER, '/'));
    const provider = await s.newPage();
    await provider.goto(s.url(AWS, '/billing/signup'));
    await eventually(
      async () => reportsIn(await s.sessionStorage()).find((r) => r.analysis.url === provider.url()),
      'the provider page report',
      { timeoutMs: 15_000 },
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.stringify(await s.sessionStorage())).not.toContain(NOT_A_PROVIDER);
    await Promise.all([other.close(), provider.close()]);
  });

  it('stores no value typed into the fields before the scan (Firefox content script)', async () => {
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
    expect(reportsIn(await s.sessionStorage()).filter((r) => r.analysis.url === privacyUrl)).toEqual([]);

    gate.release();
    await loading;
    const tabId = await s.tabIdOf(page);
    const report = await eventually(
      async () => reportsIn(await s.sessionStorage()).find((r) => r.tabId === tabId && r.analysis.url === page.url()),
      `the report of tab ${tabId}`,
      { timeoutMs: 15_000 },
    );
    const labels = report.analysis.forms.flatMap((f) => f.fields).map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Full name', 'Email address', 'Card number']));
    const sentinels = fields.map((f) => f.sentinel);
    const live = await page.evaluate(liveValuesScript);
    for (const sentinel of sentinels) expect(live).toContain(sentinel);
    expect(findLeaks({ 'storage.session': JSON.stringify(await s.sessionStorage()) }, sentinels)).toEqual([]);
    await page.close();
  });
});
