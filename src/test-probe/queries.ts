// The questions the e2e harness may ask the test probe (probe.ts), shared by both sides. None changes
// the extension: the probe has no query that writes to storage, IndexedDB, tabs or the badge, forwards
// to the worker only the message types that read (the popup's own "what does this tab show"
// questions), and fetches only the network tests' /__control/ URLs.
export const PROBE_READ_MESSAGES = ['get-tab-flow', 'get-active-tab-flow', 'get-worker-info'] as const;

export type ProbeQuery =
  /** The probe's user agent, the add-on's version and the extension APIs it has: proves the route works. */
  | { kind: 'hello' }
  /** The add-on's manifest as the extension reads it (runtime.getManifest()). */
  | { kind: 'manifest' }
  /** Everything in a storage area. */
  | { kind: 'storage'; area: 'session' | 'local' | 'sync' }
  /** Every record of every IndexedDB store of the extension: { db: { store: records[] } }. */
  | { kind: 'indexeddb' }
  /** The extension's id of the tab showing `url` (null when none or several do, or the URL is hidden). */
  | { kind: 'tab-id'; url: string }
  /** The extension's id of the active tab of the last focused window. */
  | { kind: 'active-tab-id' }
  /** A runtime message to the worker, exactly as the popup sends it; read-only types only. */
  | { kind: 'message'; message: { type: (typeof PROBE_READ_MESSAGES)[number] } & Record<string, unknown> }
  /** The real popup page for a tab, loaded in a frame of the probe, once rendered; `openPanels` clicks every closed panel open. */
  | { kind: 'popup'; tabId: number; openPanels?: boolean }
  /** The badge text of a tab. */
  | { kind: 'badge'; tabId: number }
  /**
   * The network tests' positive control: a GET from this extension page to a /__control/ path (the
   * fixture server answers it and logs it). It changes nothing in the extension; no other URL is fetched.
   */
  | { kind: 'control-fetch'; url: string };

export interface PopupView {
  /** The popup's body text. */
  text: string;
  /** The data-state values in the popup (flow, empty, …). */
  states: string[];
  /** The src attribute of every <img> in the popup. */
  images: string[];
  /** What a markup-injection test page would set on the popup's window if its markup ran. */
  pwned: string | null;
}

/**
 * What a popup document shows. Self-contained (no outer references), so the Chromium harness can run
 * it in the popup page too and both browsers' popups are read by the same code.
 */
export function readPopupView(doc: Document = document): PopupView {
  return {
    text: doc.body.textContent ?? '',
    states: [...doc.querySelectorAll('[data-state]')].map((e) => e.getAttribute('data-state') ?? ''),
    images: [...doc.images].map((img) => img.getAttribute('src') ?? ''),
    pwned: (doc.defaultView as unknown as { __pwned?: string } | null)?.__pwned ?? null,
  };
}
