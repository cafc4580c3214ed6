// Everything the popup asks of the browser, behind one small interface: the components stay plain
// Preact over data, and tests can render them with a fake. The browser's side is browser-api.ts.
import type { PageReplies } from '../shared/messages.ts';
import type { RequestErrorCode, RequestReply } from '../shared/request.ts';

export interface TargetTab {
  id: number;
  /** Only known on hosts the extension may read (the providers', or after an activeTab grant). */
  url?: string;
  windowId?: number;
}

/** Errors the popup shows; 'unreachable' is added for a worker that did not answer at all. */
export type PopupErrorCode = RequestErrorCode;
export type PopupReply<T> = RequestReply<T>;

export interface PopupApi {
  targetTab(): Promise<TargetTab | null>;
  getFlow(tabId: number): Promise<PopupReply<PageReplies['get-tab-flow']>>;
  /**
   * The flow of the tab the popup will describe, asked at the same time as targetTab() (one round
   * trip instead of two on opening). Names the tab it answered for; the popup checks it is the same.
   */
  getInitialFlow(): Promise<PopupReply<PageReplies['get-active-tab-flow']>>;
  analyze(tabId: number): Promise<PopupReply<PageReplies['analyze-tab']>>;
  saveSnapshot(tabId: number, screenshot?: string): Promise<PopupReply<PageReplies['save-snapshot']>>;
  reset(tabId: number): Promise<PopupReply<PageReplies['reset-tab-flow']>>;
  /** A PNG data URL of the tab's window as it is now. Throws when the browser refuses. */
  captureVisibleTab(windowId: number | undefined): Promise<string>;
  copyText(text: string): Promise<void>;
  openWorkspace(): Promise<void>;
}

/** Tests and the workspace open the popup in a tab with ?tab=<id>; the toolbar popup describes the active tab. */
export function tabParam(search: string): number | null {
  const param = new URLSearchParams(search).get('tab');
  return param && /^\d{1,10}$/.test(param) ? Number(param) : null;
}
