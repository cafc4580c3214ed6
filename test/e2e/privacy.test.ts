// The no-values property, proven in real Chromium with the built extension: sentinel strings typed
// into every field before the content script's scan appear in no message the worker receives, in
// no storage area (session, local, sync, IndexedDB), not in the badge, the popup, nor in any request.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumExtensionSession,
  E2E_FIXTURES_DIR,
  launchWithExtension,
  waitForTabReport,
  type WorkerMessageRecorder,
} from './harness/index.ts';

const AWS = 'portal.aws.amazon.com';
const PAGE_PATH = '/privacy/';

let s: ChromiumExtensionSession;
let page: Page;
let recorder: WorkerMessageRecorder;

/** A value no page or extension produces by chance; digits-only where the field only takes digits. */
const token = (kind: 'text' | 'digits') =>
  kind === 'digits' ? `9090${BigInt(`0x${randomBytes(6).toString('hex')}`) % 10n ** 10n}` : `SENTINEL${randomBytes(6).toString('hex')}`;

/** Every editable thing on the fixture page, each with its own sentinel. */
function sentinelsForFields(): { selector: string; value: string }[] {
  return [
    { selector: '#fullName', value: token('text') },
    { selector: '#email', value: `${token('text')}@example.com` },
    { selector: '#phone', value: token('digits') },
    { selector: '#birthYear', value: token('digits') },
    { selector: 'input[name=street]', value: token('text') },
    { selector: 'input[name=search]', value: token('text') },
    { selector: 'input[name=website]', value: `https://${token('text').toLowerCase()}.example` },
    { selector: 'input[name=password]', value: token('text') },
    { selector: '#cardNumber', value: token('digits') },
    { selector: '#purpose', value: token('text') },
    { selector: '#notes', value: token('text') },
    { selector: 'kyc-tax-id #taxId', value: token('text') }, // inside an open shadow root
  ];
}

/** Types like a person: click into the field, then key by key. */
async function typeInto(target: Page, selector: string, value: string): Promise<void> {
  await target.locator(selector).click();
  await target.keyboard.type(value, { delay: 5 });
}

/** Every place the extension could have put a value, as one JSON string per place. */
async function everythingTheExtensionHas(tabId: number): Promise<Record<string, string>> {
  const popup = await s.popupFor(page);
  const popupHtml = await popup.content();
  const popupText = (await popup.locator('body').textContent()) ?? '';
  await popup.close();
  await page.bringToFront(); // headless Chromium throttles background tabs; keep the test's page in front
  const badge = await s.evaluateInExtension(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } };
    };
    return { text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) };
  }, tabId);
  return {
    'messages received by the worker': JSON.stringify(await recorder.messages()),
    'storage.session': JSON.stringify(await s.storage('session')),
    'storage.local': JSON.stringify(await s.storage('local')),
    'storage.sync': JSON.stringify(await s.storage('sync')),
    IndexedDB: JSON.stringify(await s.indexedDbDump()),
    badge: JSON.stringify(badge),
    'popup DOM': popupHtml,
    'popup text': popupText,
    'requests to the fixture server': JSON.stringify(s.server.requests),
  };
}

function leaks(places: Record<string, string>, sentinels: string[]): string[] {
  const found: string[] = [];
  for (const [place, content] of Object.entries(places)) {
    for (const sentinel of sentinels) if (content.includes(sentinel)) found.push(`${sentinel} in ${place}`);
  }
  return found;
}

beforeAll(async () => {
  s = await launchWithExtension({ hosts: { [AWS]: `${E2E_FIXTURES_DIR}/${AWS}` } });
  recorder = await s.recordWorkerMessages();
  page = await s.context.newPage();
});

afterAll(async () => {
  await s?.close();
});

describe('Chromium: nothing a person types reaches the extension', () => {
  const typed: string[] = [];

  it('scans a page whose every field holds a typed sentinel, and no sentinel appears anywhere', async () => {
    const gate = s.server.gate('privacy-scan');
    await page.goto(s.url(AWS, PAGE_PATH), { waitUntil: 'commit' });
    await gate.requested; // the parser is held at the end of <body>; every field above is in the DOM
    await page.bringToFront();

    for (const { selector, value } of sentinelsForFields()) {
      await typeInto(page, selector, value);
      typed.push(value);
    }
    // Typed before the scan: the document is still loading (document_idle cannot have come) and
    // the worker has received nothing yet.
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(await recorder.messages()).toEqual([]);

    gate.release();
    const report = await waitForTabReport(s, page);
    const tabId = await s.tabIdOf(page);

    // The scan really looked at these fields while they held the sentinels.
    const labels = report.analysis.forms.flatMap((f) => f.fields).map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Full name', 'Email address', 'Phone number', 'Card number']));
    const live = await page.evaluate(() => {
      const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((e) => e.value);
      const shadow = document.querySelector('kyc-tax-id')?.shadowRoot?.querySelector('input')?.value ?? '';
      return [...values, shadow, document.getElementById('notes')?.textContent ?? ''].join('\n');
    });
    for (const sentinel of typed) expect(live).toContain(sentinel);

    const places = await everythingTheExtensionHas(tabId);
    // The places hold the page's structure (so the search below looks at real content) ...
    expect(places['messages received by the worker']).toContain('"page-features"');
    expect(places['messages received by the worker']).toContain('Card number');
    expect(places['storage.session']).toContain('Card number');
    // ... and none of what was typed.
    expect(leaks(places, typed)).toEqual([]);
  });

  it('leaks nothing typed after the scan either, when the page changes its DOM and URL', async () => {
    const more: string[] = [];
    for (const { selector, value } of sentinelsForFields()) {
      await page.locator(selector).fill('');
      await typeInto(page, selector, value);
      more.push(value);
    }
    await page.click('#add-field'); // adds a field (a DOM mutation) and pushes /privacy/step-2
    await page.locator('input[name=companyContact]').click();
    const contact = token('text');
    await page.keyboard.type(contact, { delay: 5 });
    more.push(contact);
    expect(page.url()).toBe(s.url(AWS, '/privacy/step-2'));
    // Give a mutation- or navigation-triggered rescan (if the content script does one) time to land.
    await new Promise((r) => setTimeout(r, 2_000));

    const places = await everythingTheExtensionHas(await s.tabIdOf(page));
    expect(leaks(places, [...typed, ...more])).toEqual([]);
  });
});
