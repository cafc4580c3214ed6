// Renders popup components in Node over linkedom (a real DOM implementation, already a dependency of
// the CLI), with the English messages behind `t`. Browser behaviour (layout, axe, themes) is tested
// in Chromium by test/e2e/popup.test.ts.
import { parseHTML } from 'linkedom';
import { type ComponentChildren, h, options, render } from 'preact';
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type Messages } from '../../../src/core/present/i18n.ts';
import { I18n } from '../../../src/popup/i18n.ts';

export const t = createTranslator(en as Messages);

// Node has no animation frames: run effects on the next macrotask instead of Preact's 35 ms fallback.
options.requestAnimationFrame = (callback) => setTimeout(callback, 0);

export function setupDom() {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  return document as unknown as Document;
}

export function mount(children: ComponentChildren): HTMLElement {
  const document = setupDom();
  const root = document.getElementById('app')!;
  render(h(I18n.Provider, { value: t }, children), root);
  return root;
}

/** Lets effects, promises and timers of a render settle. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

/** Opens every closed panel the way a click on its summary does, and lets their content render. */
export async function openAll(root: ParentNode): Promise<void> {
  for (const summary of root.querySelectorAll('details:not([open]) > summary')) summary.dispatchEvent(new Event('click', { bubbles: true }));
  await settle();
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)] as HTMLElement[];
