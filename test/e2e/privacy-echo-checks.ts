// The echo-privacy checks, written against two small interfaces so that the same scenario and
// assertions run in Chromium and Firefox (privacy-echo.test.ts implements EchoTab, one tab it drives,
// and PrivacyPlaces, what the extension keeps and shows, over the harness's ExtensionSession), then
// calls echoPageScenario for each page and leaksIn over everyPlace.
import { findLeaks } from './privacy-fixture.ts';

/** Host and pages of the hostile fixtures (test/e2e/fixtures/signup.heroku.com/privacy-echo/). */
export const ECHO_HOST = 'signup.heroku.com';

/** Each page echoes what is typed in its own way (see the comment at the top of each file). */
export const ECHO_PAGES = [
  'output-preview',
  'describedby-validation',
  'contenteditable-before',
  'custom-select',
  'datalist',
  'combobox',
  'live-region',
  'suffix-preview',
] as const;
export const echoPath = (page: (typeof ECHO_PAGES)[number]) => `/privacy-echo/${page}`;

/** A signed-in console page under the provider's real hostname, and what identifies it. */
export const CONSOLE_HOST = 'console.cloud.google.com';
export const CONSOLE_PATH = '/compute/instancesAdd?project=kycsecretproject';
/** Words of the console page (project, account, heading) that must appear nowhere. */
export const CONSOLE_MARKERS = ['kycsecretproject', 'kycsecretperson', 'Create an instance'];

/** A single-page app that moves from its signup form to its dashboard (same document). */
export const SPA_HOST = 'vercel.com';
export const SPA_PATH = '/signup';
export const SPA_MARKERS = ['kycsecretteam', 'Project name', 'Git repository URL', 'Billing contact'];

/** Fields and editable regions a person can type into. */
export const EDITABLE = 'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, [contenteditable]:not([contenteditable=false])';

/** One tab, driven like a person would, and what the worker holds for it. */
export interface EchoTab {
  /** Loads `url` in this tab and waits for the load. */
  goto(url: string): Promise<void>;
  /** Clicks into each visible element matching EDITABLE and types a fresh sentinel; returns the sentinels. */
  typeEverywhere(): Promise<string[]>;
  /** Runs `fn` in the page (self-contained: no outer references) and returns its JSON result. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** The labels of the fields the tab's flow keeps (get-tab-flow, as the popup asks), [] when none. */
  reportLabels(): Promise<string[]>;
  /** Opens the popup for this tab, every panel open, and records its text under `name`. */
  readPopup(name: string): Promise<void>;
  /** "Save" from the popup (save-snapshot); absent where the harness may only read (Firefox's probe). */
  save?(): Promise<void>;
  /** Waits until `probe` answers non-null (the harness's eventually). */
  eventually<T>(probe: () => Promise<T | null>, what: string): Promise<T>;
}

/**
 * One echo page: read before typing (as a person arrives, then types), typed into everywhere, read
 * again after the page echoed the input (proved by a field added after typing that the worker must
 * report), shown in the popup and saved. Returns the sentinels typed. The caller then lets the tab
 * leave (a finished save) and searches every place.
 */
export async function echoPageScenario(tab: EchoTab, url: string, name: string): Promise<string[]> {
  await tab.goto(url);
  await tab.eventually(async () => ((await tab.reportLabels()).includes('Email address') ? true : null), `the first scan of ${name}`);
  const typed = await tab.typeEverywhere();
  if (typed.length < 4) throw new Error(`${name}: only ${typed.length} editable things were typed into`);
  // The page really echoes them (else the test would prove nothing).
  const echoed = await tab.evaluate(() => document.body.textContent + [...document.querySelectorAll('option')].map((o) => o.value).join(' '));
  if (!typed.some((t) => echoed.includes(t))) throw new Error(`${name} did not echo what was typed`);
  await tab.evaluate(() => {
    document.querySelector('form')?.insertAdjacentHTML('beforeend', '<label for="kyc-promo">Promo code</label><input id="kyc-promo" name="promo">');
  });
  await tab.eventually(async () => ((await tab.reportLabels()).includes('Promo code') ? true : null), `a scan of ${name} after typing`);
  await tab.readPopup(name);
  await tab.save?.();
  return typed;
}

/** Everything the extension keeps or shows, as text per place. What a browser's session must provide. */
export interface PrivacyPlaces {
  /** storage.session, storage.local and storage.sync, each as its JSON. */
  storageAreas(): Promise<Record<string, string>>;
  /** The extension's IndexedDB (history and screenshots) as JSON. */
  history(): Promise<string>;
  /** The popup's text and DOM for each tab it was opened on during the test (collected by the test). */
  popups(): Promise<Record<string, string>>;
  /** The workspace's pages as text: history with every snapshot opened, and the "What is kept" section
   *  (absent where the harness cannot open an extension page: Firefox). */
  workspace?(): Promise<string>;
  /** Each export the workspace offers (JSON, CSV, Markdown, HTML), as the downloaded text. */
  exports(): Promise<Record<string, string>>;
}

/** All places as one record "place → text". */
export async function everyPlace(places: PrivacyPlaces): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [area, text] of Object.entries(await places.storageAreas())) out[`storage.${area}`] = text;
  out['history (IndexedDB)'] = await places.history();
  for (const [tab, text] of Object.entries(await places.popups())) out[`popup of ${tab}`] = text;
  if (places.workspace) out.workspace = await places.workspace();
  for (const [format, text] of Object.entries(await places.exports())) out[`export ${format}`] = text;
  return out;
}

/**
 * The property: no sentinel typed into any field or editable region, nor any word of the console
 * page, appears anywhere. `mustHold` are texts the places hold (labels the scans saw), so a scan of
 * empty places cannot pass: it proves the search looked at the real content.
 */
export function leaksIn(all: Record<string, string>, forbidden: readonly string[], mustHold: readonly string[]): { leaks: string[]; missing: string[] } {
  const everything = Object.values(all).join('\n');
  return { leaks: findLeaks(all, [...forbidden]), missing: mustHold.filter((t) => !everything.includes(t)) };
}
