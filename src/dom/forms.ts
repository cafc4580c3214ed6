// Which form a field or button belongs to, and what a form's buttons say.
import { closestTag } from './ancestors.ts';
import { composedParentOf as composedParent, nodeTypeOf, rootNodeOf, tagOf } from './node-access.ts';
import { cappedText, clip, type TextOptions } from './text.ts';
import { inputType, type RootIndex } from './walk.ts';

/**
 * The form that owns `el`: the browser's own answer where the DOM has one (`el.form`, which
 * follows `form="id"` and the parser's form pointer), else the `form="id"` target or the closest
 * <form> ancestor. A field in a shadow root without a form of its own belongs to the form around
 * its host, as a person sees it.
 */
export function formOwner(el: Element, index: RootIndex): Element | null {
  const formAttr = el.getAttribute('form');
  const native = (el as Element & { form?: Element | null }).form;
  if (native) return native;
  if (formAttr !== null) {
    if (native === null) return null;
    const target = index.elementById(formAttr);
    return target && tagOf(target) === 'form' ? target : null;
  }
  for (let node: Element | null = el; node; ) {
    const form = closestTag(node, 'form');
    if (form) return form;
    const root = rootNodeOf(node) as Node & { host?: Element };
    node = nodeTypeOf(root) === 11 && root.host ? root.host : null;
  }
  return null;
}

/**
 * What a button says: its text (an input button's `value`, an image button's `alt`), else its
 * accessible name (aria-label, the text aria-labelledby names), else its title.
 */
export function buttonCaption(el: Element, labelledBy: (el: Element) => string, skip?: TextOptions['skip']): string {
  // A button that shows a choice (echo-safe.ts) has no caption of its own to read.
  if (skip?.has(el)) return '';
  if (el.localName === 'input') {
    const caption = inputType(el) === 'image' ? el.getAttribute('alt') || el.getAttribute('value') : el.getAttribute('value');
    return clip(caption) || clip(el.getAttribute('aria-label')) || labelledBy(el) || clip(el.getAttribute('title'));
  }
  return cappedText(el, { skip }).text || clip(el.getAttribute('aria-label')) || labelledBy(el) || clip(el.getAttribute('title') || el.getAttribute('value'));
}

/**
 * Buttons that submit their form come first: they name what the form does. `explicit`: only those
 * that say type=submit (outside a <form>, a button without a type submits nothing).
 */
export function isSubmitButton(el: Element, explicit = false): boolean {
  if (el.localName === 'button') {
    const type = (el.getAttribute('type') ?? (explicit ? '' : 'submit')).trim().toLowerCase();
    if (explicit) return type === 'submit';
    return type === 'submit' || type === '';
  }
  if (el.localName === 'input') {
    const type = inputType(el);
    return type === 'submit' || type === 'image';
  }
  return false;
}

/** Nearest common ancestor across shadow boundaries (null when the elements share none). */
export function commonAncestor(elements: Element[]): Element | null {
  let lca: Element | null = elements[0] ?? null;
  for (let i = 1; i < elements.length && lca; i++) {
    const el = elements[i]!;
    while (lca && !composedContains(lca, el)) lca = composedParent(lca);
  }
  return lca;
}

export function composedContains(container: Element, el: Element): boolean {
  for (let node: Element | null = el, steps = 0; node && steps < 10_000; node = composedParent(node), steps++) {
    if (node === container) return true;
  }
  return false;
}

