// The no-values property, proven in real Chromium with the built extension: sentinel strings typed
// into every field before the content script's scan appear in no message the worker receives, in
// no storage area (session, local, sync, IndexedDB), not in the badge, the popup, nor in any request.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ChromiumExtensionSession,
  E2E_FIXTURES_DIR,
  launchWithExtension,
  openAllPanels,
  waitForTabFlow,
  type WorkerMessageRecorder,
} from './harness/index.ts';
import { settledFlow } from './flows-support.ts';
import {
  findLeaks,
  liveValuesScript,
  newSentinel,
  PRIVACY_GATE,
  PRIVACY_HOST,
  PRIVACY_PATH,
  type SentinelField,
  sentinelFields,
} from './privacy-fixture.ts';

const AWS = PRIVACY_HOST;

let s: ChromiumExtensionSession;
let page: Page;
let recorder: WorkerMessageRecorder;

/** Types like a person: click into the field, then key by key (Playwright's CSS pierces open shadow roots). */
async function typeInto(target: Page, field: SentinelField): Promise<void> {
  await target.locator(field.shadowHost ? `${field.shadowHost} ${field.selector}` : field.selector).click();
  await target.keyboard.type(field.typed, { delay: 5 });
}

/** Every place the extension could have put a value, as one JSON string per place. */
async function everythingTheExtensionHas(tabId: number): Promise<Record<string, string>> {
  const popup = await s.popupFor(page);
  await popup.waitForSelector('[data-state]');
  await openAllPanels(popup); // every panel's content, not just what shows at first
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

beforeAll(async () => {
  s = await launchWithExtension({ hosts: { [AWS]: `${E2E_FIXTURES_DIR}/${AWS}` } });
  recorder = await s.recordWorkerMessages();
  page = await s.context.newPage();
});

afterAll(async () => {
  await s?.close();
});

describe('Chromium: nothing a person types reaches the extension', () => {
  const sentinels: string[] = [];
  const selectorOf = (f: SentinelField) => (f.shadowHost ? `${f.shadowHost} ${f.selector}` : f.selector);

  it('scans a page whose every field holds a typed sentinel, and no sentinel appears anywhere', async () => {
    const gate = s.server.gate(PRIVACY_GATE);
    await page.goto(s.url(AWS, PRIVACY_PATH), { waitUntil: 'commit' });
    await gate.requested; // the parser is held at the end of <body>; every field above is in the DOM
    await page.bringToFront();

    for (const field of sentinelFields()) {
      await typeInto(page, field);
      sentinels.push(field.sentinel);
    }
    // Typed before the scan: the document is still loading (document_idle cannot have come) and
    // the worker has received nothing yet.
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(await recorder.messages()).toEqual([]);

    gate.release();
    const flow = await waitForTabFlow(s, page);
    const tabId = await s.tabIdOf(page);

    // The scan really looked at these fields while they held the sentinels.
    const labels = flow.fields.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['Full name', 'Email address', 'Phone number', 'Card number']));
    const live = await page.evaluate(liveValuesScript);
    for (const sentinel of sentinels) expect(live).toContain(sentinel);

    const places = await everythingTheExtensionHas(tabId);
    // The places hold the page's structure (so the search below looks at real content) ...
    expect(places['messages received by the worker']).toContain('"page-features"');
    expect(places['messages received by the worker']).toContain('Card number');
    expect(places['storage.session']).toContain('Card number');
    // ... and none of what was typed.
    expect(findLeaks(places, sentinels)).toEqual([]);
  });

  it('leaks nothing typed after the scan either, when the page changes its DOM and URL', async () => {
    const more: string[] = [];
    for (const field of sentinelFields()) {
      await page.locator(selectorOf(field)).fill('');
      await typeInto(page, field);
      more.push(field.sentinel);
    }
    await page.click('#add-field'); // adds a field (a DOM mutation) and pushes /billing/signup/privacy/step-2
    const contact = newSentinel();
    await typeInto(page, { selector: 'input[name=companyContact]', sentinel: contact, typed: contact });
    more.push(contact);
    expect(page.url()).toBe(s.url(AWS, '/billing/signup/privacy/step-2'));
    // The navigation's rescan has reached the worker (the flow has a step at the new URL), and so has
    // anything else the typing or the mutation caused (the flow stopped changing).
    await waitForTabFlow(s, page);
    const tabId = await s.tabIdOf(page);
    await settledFlow(s, tabId);

    const places = await everythingTheExtensionHas(tabId);
    expect(findLeaks(places, [...sentinels, ...more])).toEqual([]);
  });
});
