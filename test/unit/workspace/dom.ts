// Renders workspace views in Node over linkedom (a real DOM implementation). Focus, <dialog> modality,
// layout and axe are browser behaviour, tested in Chromium by test/e2e/workspace.test.ts.
import { parseHTML } from 'linkedom';
import { type ComponentChildren, options, render } from 'preact';

// Node has no animation frames: run effects on the next macrotask instead of Preact's fallback.
options.requestAnimationFrame = (callback) => setTimeout(callback, 0);

export function mount(children: ComponentChildren): HTMLElement {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, { window, document, Node: window.Node, Element: window.Element, HTMLElement: window.HTMLElement, Event: window.Event });
  const root = document.getElementById('app')! as unknown as HTMLElement;
  render(children, root);
  return root;
}

/** Lets effects, promises and timers of a render settle. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
}
