// The echo-privacy checks, written against a small session interface so that the same assertions run
// in Chromium (privacy-echo.test.ts) and, once its harness can, Firefox: a browser's test implements
// PrivacyPlaces over its own session and calls the functions below.
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

/** Everything the extension keeps or shows, as text per place. What a browser's session must provide. */
export interface PrivacyPlaces {
  /** storage.session, storage.local and storage.sync, each as its JSON. */
  storageAreas(): Promise<Record<string, string>>;
  /** The extension's IndexedDB (history and screenshots) as JSON. */
  history(): Promise<string>;
  /** The popup's text and DOM for each tab it was opened on during the test (collected by the test). */
  popups(): Promise<Record<string, string>>;
  /** The workspace's pages as text: history with every snapshot opened, and the "What is kept" section. */
  workspace(): Promise<string>;
  /** Each export the workspace offers (JSON, CSV, Markdown, HTML), as the downloaded text. */
  exports(): Promise<Record<string, string>>;
}

/** All places as one record "place → text". */
export async function everyPlace(places: PrivacyPlaces): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [area, text] of Object.entries(await places.storageAreas())) out[`storage.${area}`] = text;
  out['history (IndexedDB)'] = await places.history();
  for (const [tab, text] of Object.entries(await places.popups())) out[`popup of ${tab}`] = text;
  out.workspace = await places.workspace();
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
