// Saved HTML → a standard DOM Document for the shared extractor.
// parse5 builds the tree exactly as a browser's HTML parser would (implied <html>/<body>/<tbody>,
// foster parenting, nested <form>s dropped), so the nth-of-type selectors the CLI prints resolve in
// a browser's parse of the same file. linkedom then holds that tree and answers the DOM queries
// fast. bench/results/dom-choice.md has the measurements behind this pairing.
import { DOMParser } from 'linkedom';
import { type DefaultTreeAdapterTypes as T, parse } from 'parse5';
import { READ_ATTRIBUTES } from '../dom/attributes.ts';
import { breaksWords } from '../dom/text.ts';

type P5Node = T.ChildNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Parses `html` like a browser and returns a Document. Declarative shadow roots
 * (`<template shadowrootmode="open|closed">`, which SingleFile writes for shadow DOM) become real
 * shadow roots of their host, as in a browser; other templates keep their content inert.
 */
export interface ParseOptions {
  /**
   * Keep only what the extractor reads (READ_ATTRIBUTES, see src/dom/attributes.ts): other
   * attributes, comments, the text of <script>/<style>/<noscript>, whitespace-only text that
   * separates nothing, and the insides of <svg>/<math> without a <foreignObject> are left out.
   * Elements are never left out elsewhere, so every selector is the same as in a full parse; the
   * CLI's results are checked identical both ways (test/unit/cli/parse-html.test.ts). Default: false.
   */
  lean?: boolean;
}

export function parseHtml(html: string, options: ParseOptions = {}): Document {
  const lean = options.lean ?? false;
  const tree = parse(html);
  const doc = new DOMParser().parseFromString('<!doctype html><html></html>', 'text/html') as unknown as Document;
  const root = doc.documentElement;
  const p5html = tree.childNodes.find((n): n is T.Element => n.nodeName === 'html');
  if (p5html) {
    for (const a of p5html.attrs) if (!lean || keepAttribute('html', a.name, p5html.attrs)) setAttr(root, a.name, a.value);
    appendChildren(doc, root, p5html.childNodes, lean);
  }
  return doc;
}

function setAttr(el: Element, name: string, value: string): void {
  try {
    el.setAttribute(name, value);
  } catch {
    // Names a browser's setAttribute rejects (e.g. `"foo"`) still parse; they carry no form meaning.
  }
}

// Iterative, so a page nested thousands of levels deep cannot overflow the stack.
function appendChildren(doc: Document, parent: Node, nodes: P5Node[], lean: boolean): void {
  const stack: Array<{ parent: Node; nodes: P5Node[]; i: number }> = [{ parent, nodes, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const node = top.nodes[top.i++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.nodeName === '#text') {
      const value = (node as T.TextNode).value;
      if (lean && isBlank(value) && redundantSpace(top.nodes, top.i - 1, top.parent)) continue;
      top.parent.appendChild(doc.createTextNode(value));
    } else if (node.nodeName === '#comment') {
      if (!lean) top.parent.appendChild(doc.createComment((node as T.CommentNode).data));
    } else if ('tagName' in node) {
      const el = node as T.Element;
      const created = el.namespaceURI === HTML_NS ? doc.createElement(el.tagName) : doc.createElementNS(el.namespaceURI, el.tagName);
      for (const a of el.attrs) if (!lean || keepAttribute(el.tagName, a.name, el.attrs)) setAttr(created, a.name, a.value);
      top.parent.appendChild(created);
      if (el.tagName === 'template' && 'content' in el) {
        const content = (el as T.Template).content.childNodes;
        const mode = el.attrs.find((a) => a.name === 'shadowrootmode')?.value;
        const host = top.parent as Element;
        const shadow = (mode === 'open' || mode === 'closed') && !host.shadowRoot ? attachShadow(host) : null;
        if (shadow) {
          created.remove();
          stack.push({ parent: shadow, nodes: content, i: 0 });
        } else {
          stack.push({ parent: (created as HTMLTemplateElement).content ?? created, nodes: content, i: 0 });
        }
      } else if (el.childNodes.length && !(lean && skipChildren(el))) {
        stack.push({ parent: created, nodes: el.childNodes, i: 0 });
      }
    }
  }
}

const BLANK = /^[ \t\n\f\r]*$/;
const isBlank = (s: string) => BLANK.test(s);

/**
 * Lean mode: a whitespace-only text node whose neighbour (or parent, at the edges) already breaks
 * words adds nothing to any text the extractor reads (src/dom/text.ts breaksWords), and such nodes
 * are a third of a typical page's nodes.
 */
function redundantSpace(siblings: P5Node[], i: number, parent: Node): boolean {
  const prev = siblings[i - 1];
  const next = siblings[i + 1];
  const parentBreaks = parent.nodeType !== 1 || breaksWords((parent as Element).localName);
  const breaks = (n: P5Node | undefined) => (n ? 'tagName' in n && breaksWords(n.tagName) : parentBreaks);
  return breaks(prev) || breaks(next);
}

function keepAttribute(tag: string, name: string, attrs: T.Element['attrs']): boolean {
  if (READ_ATTRIBUTES.has(name) || name.startsWith('aria-')) return true;
  if (name === 'value') return tag === 'button' || (tag === 'input' && isButtonType(attrs.find((a) => a.name === 'type')?.value));
  if (name === 'src') return tag === 'iframe' || tag === 'frame' || tag === 'script';
  return false;
}

function isButtonType(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === 'submit' || t === 'button' || t === 'image' || t === 'reset';
}

/** Lean mode: children the extractor never reads (code, styles, SVG/MathML drawings without HTML inside). */
function skipChildren(el: T.Element): boolean {
  if (RAW_TEXT_SKIPPED.has(el.tagName)) return true;
  return (el.tagName === 'svg' || el.tagName === 'math') && !hasForeignContent(el);
}

// Their text is never a caption (src/dom/text.ts); a Node DOM may even parse a <style> as CSS.
const RAW_TEXT_SKIPPED = new Set(['script', 'style', 'noscript']);

/** Whether an <svg>/<math> holds HTML (a <foreignObject> may hold a form). */
function hasForeignContent(el: T.Element): boolean {
  const stack: P5Node[] = [...el.childNodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (!('tagName' in n)) continue;
    if (n.tagName === 'foreignObject' || n.tagName === 'annotation-xml') return true;
    stack.push(...n.childNodes);
  }
  return false;
}

// A saved page's closed roots are as readable as open ones for the CLI (there is no page script to
// hide them from), so both attach as open.
function attachShadow(host: Element): ShadowRoot | null {
  if (typeof host.attachShadow !== 'function') return null;
  try {
    return host.attachShadow({ mode: 'open' });
  } catch {
    return null;
  }
}
