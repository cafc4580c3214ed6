// CSS selectors that name exactly one element, over standard DOM interfaces.
//
// Format (documented in the README's CLI contract):
//   - In a document: a child-combinator path from the root element, e.g.
//     `html > body > form:nth-of-type(2) > div > input:nth-of-type(3)`. `:nth-of-type(i)` is left
//     out where the element is the only one of its tag among its siblings (still unique: each step
//     from the root picks one child).
//   - Inside a shadow root (or a same-origin frame's document): the host's (frame's) selector, then
//     " >>> ", then the path inside that root. A shadow path starts with `tag:not(* *)`, which pins
//     its first step to the root's top level (`root.querySelectorAll(path)` would otherwise also
//     match a deeper copy of the same chain). `resolveSelector` follows the whole chain.
//   - A path longer than `maxLength` starts instead from the nearest ancestor with an id unique in
//     its root: `[id="…"] > …`.
// One SelectorBuilder per extraction: it caches sibling positions and paths per element, so a page
// with 20,000 fields costs O(elements), not O(fields × siblings).

import { attrOf, nextElementOf, nodeTypeOf, parentNodeOf, parentOf, previousElementOf, rootNodeOf, tagOf } from './node-access.ts';

export const SHADOW_SEPARATOR = ' >>> ';

const SIMPLE_TAG = /^[a-z][a-z0-9-]*$/;

function escapeIdent(s: string): string {
  if (SIMPLE_TAG.test(s)) return s;
  let out = '';
  for (const ch of s) out += /[a-zA-Z0-9_-]/.test(ch) || ch.charCodeAt(0) > 0x7f ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return out;
}

function quoteAttr(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The node an element's path is relative to: a Document, a ShadowRoot, or null when detached. */
export function rootOf(el: Element): Document | ShadowRoot | null {
  const root = rootNodeOf(el);
  const type = nodeTypeOf(root);
  if (type === 9) return root as Document;
  if (type === 11 && 'host' in root) return root as ShadowRoot;
  return null;
}

export interface SelectorOptions {
  /** Paths longer than this start at an id-anchored ancestor instead (default: no limit). */
  maxLength?: number;
  /** For elements inside a same-origin frame's document: the frame element that holds it. */
  frameOf?: (doc: Document) => Element | null;
}

export class SelectorBuilder {
  private readonly segment = new WeakMap<Element, string>();
  private readonly nth = new WeakMap<Element, number>();
  private readonly localPath = new WeakMap<Element, string>();
  private readonly full = new WeakMap<Element, string>();
  private readonly maxLength: number;
  private readonly frameOf: (doc: Document) => Element | null;

  constructor(options: SelectorOptions = {}) {
    this.maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
    this.frameOf = options.frameOf ?? (() => null);
  }

  /** The selector of `el`, prefixed by its shadow hosts / frames (see the format above). */
  selectorFor(el: Element): string {
    const cached = this.full.get(el);
    if (cached !== undefined) return cached;
    let path = this.pathInRoot(el);
    const root = rootOf(el);
    if (path.length > this.maxLength && root) path = this.idAnchoredPath(el, root) ?? path;
    let prefix = '';
    if (root && root.nodeType === 11) prefix = this.selectorFor((root as ShadowRoot).host) + SHADOW_SEPARATOR;
    else if (root) {
      const frame = this.frameOf(root as Document);
      if (frame) prefix = this.selectorFor(frame) + SHADOW_SEPARATOR;
    }
    const result = prefix + path;
    this.full.set(el, result);
    return result;
  }

  /** Path from the top of the element's own root (document or shadow root). */
  pathInRoot(el: Element): string {
    const cached = this.localPath.get(el);
    if (cached !== undefined) return cached;
    // Climb to the nearest ancestor whose path is known, then build downwards (no recursion:
    // pages nest thousands of levels deep).
    const chain: Element[] = [];
    let node: Element | null = el;
    let base = '';
    while (node) {
      const known = this.localPath.get(node);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(node);
      node = parentOf(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const cur = chain[i]!;
      const seg = this.segmentOf(cur);
      base = base ? `${base} > ${seg}` : seg;
      this.localPath.set(cur, base);
    }
    return base;
  }

  private segmentOf(el: Element): string {
    const cached = this.segment.get(el);
    if (cached !== undefined) return cached;
    // Through node-access: `el` may be a <form>, whose own properties a page can override.
    const parent = parentNodeOf(el);
    const tag = tagOf(el);
    let seg = escapeIdent(tag);
    if (parent) {
      const n = this.nthOfType(el, tag);
      if (n > 1 || this.hasLaterOfType(el, tag)) seg += `:nth-of-type(${n})`;
      const parentType = nodeTypeOf(parent);
      if (parentType === 11) seg += ':not(* *)';
      else if (parentType === 9 && tag !== 'html') seg += ':root';
    }
    this.segment.set(el, seg);
    return seg;
  }

  /**
   * Position among same-tag siblings. Counting stops at the nearest same-tag sibling already
   * numbered, so walking a parent's children in order costs O(1) each, even with 20,000 siblings,
   * and no per-parent table is built in one go (a long task on a huge page).
   */
  private nthOfType(el: Element, tag: string): number {
    const known = this.nth.get(el);
    if (known !== undefined) return known;
    let count = 0;
    let n = 0;
    for (let s = previousElementOf(el); s; s = previousElementOf(s)) {
      if (tagOf(s) !== tag) continue;
      const c = this.nth.get(s);
      if (c !== undefined) {
        n = c + count + 1;
        break;
      }
      count++;
    }
    if (n === 0) n = count + 1;
    this.nth.set(el, n);
    return n;
  }

  private hasLaterOfType(el: Element, tag: string): boolean {
    for (let s = nextElementOf(el); s; s = nextElementOf(s)) if (tagOf(s) === tag) return true;
    return false;
  }

  private idAnchoredPath(el: Element, root: Document | ShadowRoot): string | null {
    const tail: string[] = [];
    for (let node: Element | null = el; node; node = parentOf(node)) {
      const id = attrOf(node, 'id');
      if (id && !id.includes('>') && root.querySelectorAll(`[id=${quoteAttr(id)}]`).length === 1) {
        tail.unshift(`[id=${quoteAttr(id)}]`);
        return tail.join(' > ');
      }
      tail.unshift(this.segmentOf(node));
    }
    return null;
  }
}

/**
 * Finds the element a selector from this module names: follows " >>> " into shadow roots (through
 * `getShadowRoot` for closed ones) and into same-origin frames. Returns every match of the last
 * step, so callers can check that exactly one element matches.
 */
export function resolveSelector(
  doc: Document,
  selector: string,
  getShadowRoot: (el: Element) => ShadowRoot | null = (el) => el.shadowRoot,
): Element[] {
  const steps = selector.split(SHADOW_SEPARATOR);
  let scope: ParentNode = doc;
  for (let i = 0; i < steps.length; i++) {
    const matches = [...scope.querySelectorAll(steps[i]!)];
    if (i === steps.length - 1) return matches;
    if (matches.length !== 1) return [];
    const host = matches[0]!;
    const frameDoc = host.localName === 'iframe' || host.localName === 'frame' ? (host as HTMLIFrameElement).contentDocument : null;
    const next: ParentNode | null = frameDoc ?? getShadowRoot(host);
    if (!next) return [];
    scope = next;
  }
  return [];
}
