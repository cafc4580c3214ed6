// Content script: extracts the page's form structure and sends it to the worker.
// It registers no input or key listeners and never reads a field's value.
import browser from 'webextension-polyfill';
import { extractPage } from '../dom/extract.ts';
import type { ContentMessage } from '../shared/messages.ts';

function scan(reason: ContentMessage['reason']): void {
  const message: ContentMessage = { type: 'page-features', reason, features: extractPage(document, location.href) };
  browser.runtime.sendMessage(message).catch(() => {
    // The worker may be restarting; the next scan will reach it.
  });
}

scan('initial');
