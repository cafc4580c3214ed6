// Issue 15, proven in real Chromium with the built extension: pages that echo what is typed (an
// <output> preview, validation messages, an editable box, a custom select's button, a datalist built
// from the input, a combobox's "No results for 'x'", live regions), a step submitted by GET and a
// `?email=` landing link, a signed-in console page under the provider's real hostname, and a
// single-page app that moves from its signup form to its dashboard. A fresh sentinel is typed into
// every field and every editable region; then no sentinel (nor a word of the console) may appear in
// any storage area, the history, the popup, the workspace or any export.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabFlow } from '../../src/core/flow/model.ts';
import type { Reply } from '../../src/shared/messages.ts';
import {
  type ChromiumExtensionSession,
  E2E_FIXTURES_DIR,
  eventually,
  hostFolders,
  launchWithExtension,
  openAllPanels,
  type WorkerMessageRecorder,
} from './harness/index.ts';
import {
  CONSOLE_HOST,
  CONSOLE_MARKERS,
  CONSOLE_PATH,
  ECHO_HOST,
  ECHO_PAGES,
  EDITABLE,
  type EchoTab,
  echoPageScenario,
  echoPath,
  everyPlace,
  leaksIn,
  type PrivacyPlaces,
  SPA_HOST,
  SPA_MARKERS,
  SPA_PATH,
} from './privacy-echo-checks.ts';
import { newSentinel } from './privacy-fixture.ts';

const WORKSPACE = '/src/workspace/index.html';
const ELSEWHERE = 'www.example.org';

let s: ChromiumExtensionSession;
let recorder: WorkerMessageRecorder;
const sentinels: string[] = [];
const popupTexts: Record<string, string> = {};

beforeAll(async () => {
  s = await launchWithExtension({ hosts: hostFolders(E2E_FIXTURES_DIR) });
  recorder = await s.recordWorkerMessages();
});

afterAll(async () => {
  await s?.close();
});

async function tabFlow(tabId: number): Promise<TabFlow | null> {
  const reply = (await s.sendMessage({ type: 'get-tab-flow', tabId })) as Reply<TabFlow | null>;
  return reply.ok ? reply.data : null;
}

/** The labels of the fields the tab's flow keeps (what the popup shows). */
const labelsOf = (flow: TabFlow | null) => flow?.fields.map((f) => f.label) ?? [];

/** Types a fresh sentinel into every field and editable region of the page, like a person. */
async function typeEverywhere(page: Page): Promise<string[]> {
  const typed: string[] = [];
  for (const target of await page.locator(EDITABLE).all()) {
    if (!(await target.isVisible())) continue;
    const sentinel = newSentinel();
    const type = await target.getAttribute('type');
    await target.click();
    await page.keyboard.type(type === 'email' ? `${sentinel}@example.com` : sentinel, { delay: 2 });
    typed.push(sentinel);
  }
  return typed;
}

/** The Chromium implementation of one driven tab. */
function chromiumTab(page: Page): EchoTab {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    typeEverywhere: () => typeEverywhere(page),
    evaluate: (body) => page.evaluate(`(() => { ${body} })()`),
    reportLabels: async () => labelsOf(await tabFlow(await s.tabIdOf(page))),
    readPopup: (name) => readPopup(page, name),
    save: async () => saveFromPopup(await s.tabIdOf(page)),
    eventually: (probe, what) => eventually(probe, what),
  };
}

/** What the popup shows for this tab, every panel open. */
async function readPopup(page: Page, name: string): Promise<void> {
  const popup = await s.popupFor(page);
  await popup.waitForSelector('[data-state]');
  await openAllPanels(popup);
  popupTexts[name] = `${(await popup.locator('body').textContent()) ?? ''}\n${await popup.content()}`;
  await popup.close();
  await page.bringToFront();
}

async function saveFromPopup(tabId: number): Promise<void> {
  const reply = (await s.sendMessage({ type: 'save-snapshot', tabId })) as Reply<{ snapshotId: string }>;
  if (!reply.ok) throw new Error(`save-snapshot: ${reply.error.message}`);
}

/** The Chromium implementation of the places the checks search. */
const chromiumPlaces: PrivacyPlaces = {
  async storageAreas() {
    const out: Record<string, string> = {};
    for (const area of ['session', 'local', 'sync'] as const) out[area] = JSON.stringify(await s.storage(area));
    return out;
  },
  async history() {
    return JSON.stringify(await s.indexedDbDump());
  },
  async popups() {
    return popupTexts;
  },
  async workspace() {
    const ws = await s.context.newPage();
    await ws.goto(s.extensionUrl(`${WORKSPACE}#history`));
    await ws.getByTestId('history-table').waitFor();
    let text = '';
    const opens = ws.locator('[data-testid=history-table] button.link');
    for (let i = 0; i < (await opens.count()); i++) {
      await opens.nth(i).click();
      await ws.getByTestId('snapshot-details').waitFor();
      text += `${await ws.locator('main, body').first().textContent()}\n${await ws.content()}\n`;
      await opens.nth(i).click();
    }
    await ws.getByRole('tab', { name: 'Data' }).click();
    text += await ws.getByTestId('kept').textContent();
    await ws.close();
    return text;
  },
  async exports() {
    const ws = await s.context.newPage();
    await ws.goto(s.extensionUrl(`${WORKSPACE}#export`));
    await ws.getByRole('tab', { name: 'Export & import' }).click();
    const out: Record<string, string> = {};
    for (const format of ['json', 'csv', 'md', 'html']) {
      const [download] = await Promise.all([ws.waitForEvent('download'), ws.getByTestId(`export-${format}`).click()]);
      out[format] = await readFile((await download.path())!, 'utf8');
    }
    await ws.close();
    return out;
  },
};

describe('Chromium: text a page echoes from the input is kept nowhere', () => {
  for (const name of ECHO_PAGES) {
    it(`${name}: typed into every field and editable region, then scanned, shown and saved`, async () => {
      const page = await s.context.newPage();
      sentinels.push(...(await echoPageScenario(chromiumTab(page), s.url(ECHO_HOST, echoPath(name)), name)));
      await page.goto(s.url(ELSEWHERE, '/')); // the tab leaves: the flow is saved as finished too
      await page.close();
    });
  }

  it('a GET-submitted step and a ?email= landing link keep no value in any URL', async () => {
    const page = await s.context.newPage();
    const landing = newSentinel();
    sentinels.push(landing);
    await page.goto(s.url(ECHO_HOST, `/privacy-echo/get-step?email=${landing}%40example.com&ref=${landing}#${landing}`));
    const tabId = await s.tabIdOf(page);
    await eventually(async () => ((await tabFlow(tabId))?.steps.length === 1 ? true : null), 'the landing step');
    const typed = await typeEverywhere(page);
    sentinels.push(...typed);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/get-step-2\?/);
    expect(page.url()).toContain(typed[0]!); // the browser's address holds the typed values
    const steps = await eventually(async () => {
      const flow = await tabFlow(tabId);
      return flow && flow.steps.length === 2 ? flow.steps : null;
    }, 'the second step');
    expect(steps.map((st) => st.url)).toEqual([
      s.url(ECHO_HOST, '/privacy-echo/get-step?email=&ref='),
      s.url(ECHO_HOST, '/privacy-echo/get-step-2?first_name=&email='),
    ]);
    sentinels.push(...(await typeEverywhere(page)));
    await readPopup(page, 'get-step-2');
    await saveFromPopup(tabId);
    await page.close();
  });

  it('a signed-in console page under the provider’s real hostname leaves nothing, not even after the tab leaves', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url(CONSOLE_HOST, CONSOLE_PATH));
    const tabId = await s.tabIdOf(page);
    const typed = await typeEverywhere(page);
    expect(typed).toHaveLength(2);
    sentinels.push(...typed);
    await readPopup(page, 'console');
    // The same tab then opens a signup page: once its report is in, the console page had every chance to report first.
    await page.goto(s.url(ECHO_HOST, echoPath('output-preview')));
    await eventually(async () => (labelsOf(await tabFlow(tabId)).includes('Email address') ? true : null), 'the signup page after the console');
    await page.goto(s.url(ELSEWHERE, '/'));
    const urls = JSON.stringify(await recorder.messages());
    expect(urls).not.toContain(CONSOLE_HOST);
    await page.close();
  });

  it('a single-page app that moves from its signup form to its dashboard reads nothing of the dashboard', async () => {
    const page = await s.context.newPage();
    await page.goto(s.url(SPA_HOST, SPA_PATH));
    const tabId = await s.tabIdOf(page);
    await eventually(async () => ((await tabFlow(tabId))?.steps.length === 1 ? true : null), 'the signup step');
    await page.click('#continue');
    await page.waitForURL(/\/new\?/);
    sentinels.push(...(await typeEverywhere(page)));
    // A structural change and the URL change would each trigger a scan on a page the script may read;
    // it has had two scan windows (quiet 300 ms, longest wait 1.5 s) when the popup has answered.
    await page.evaluate(() => document.querySelector('form')?.insertAdjacentHTML('beforeend', '<input name="extra">'));
    await page.waitForTimeout(3_500);
    await readPopup(page, 'spa dashboard');
    expect((await tabFlow(tabId))?.steps).toHaveLength(1);
    await page.goto(s.url(ELSEWHERE, '/'));
    await page.close();
  });

  it('no sentinel and no word of the console or dashboard appears anywhere the extension keeps or shows data', async () => {
    // History holds what was saved (the user's saves and the finished flows).
    await eventually(async () => {
      const db = await s.indexedDbDump();
      const snapshots = Object.values(db).flatMap((stores) => stores.snapshots ?? []);
      return snapshots.length >= ECHO_PAGES.length + 1 ? true : null;
    }, 'the saved snapshots');
    const all = await everyPlace(chromiumPlaces);
    const { leaks, missing } = leaksIn(all, [...sentinels, ...CONSOLE_MARKERS, ...SPA_MARKERS], ['Email address', 'App name', 'Verify your email']);
    expect(missing).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
