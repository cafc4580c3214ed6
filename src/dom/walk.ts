// Phase 1 of extraction: one pass over the page in document order, into open (and, through the
// hook, closed) shadow roots at their host and into same-origin frames at the frame element. It
// collects the candidate fields, the buttons and headings around them, and per root an index of ids
// and `label[for]`s, so phase 2 never searches the page per field. A generator: it pauses every
// few dozen elements so a caller can spread a huge page over several tasks.

import { closestTag } from './ancestors.ts';
import { attrOf, containsOf, firstElementOf, nextElementOf, parentOf, tagOf } from './node-access.ts';

const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset']);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'image', 'reset']);
/** Elements that may carry a shadow root (the DOM standard's list, plus every custom element). */
const SHADOW_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);
/** Subtrees with no fields, captions or buttons in them. */
const NO_DESCEND = new Set(['script', 'style', 'template', 'select', 'textarea', 'datalist']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_ROOT_DEPTH = 32;
/** Elements visited between two pauses of the generator. */
export const WALK_STEP = 64;

export type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Root = Document | ShadowRoot;

/** Ids and labels of one document or shadow root (ids and `for=` never cross a root). */
export class RootIndex {
  readonly labelsFor = new Map<string, Element[]>();
  /** The candidate fields of this root by id, as the walk met them (a page may reuse an id). */
  readonly fieldsById = new Map<string, Element[]>();
  private idMap: Map<string, Element> | null = null;
  private roleSet: Set<Element> | null = null;
  constructor(
    readonly root: Root,
    /** Origin of the frame this root belongs to, when it is not the top document. */
    readonly frameOrigin: string | undefined,
  ) {}

  /** The first element with an id in this root, looked up when asked: reading every element's id while walking cost more than all the lookups. */
  elementById(id: string): Element | undefined {
    const root = this.root as Root & { getElementById?: (id: string) => Element | null };
    if (typeof root.getElementById === 'function') return root.getElementById(id) ?? undefined;
    if (!this.idMap) {
      this.idMap = new Map();
      for (const el of root.querySelectorAll('[id]')) {
        const v = el.getAttribute('id')!;
        if (!this.idMap.has(v)) this.idMap.set(v, el);
      }
    }
    return this.idMap.get(id);
  }

  /** The element's role attribute; the few elements that have one are found once by a native query. */
  roleOf(el: Element): string | null {
    if (!this.roleSet) this.roleSet = new Set(this.root.querySelectorAll('[role]'));
    return this.roleSet.size && this.roleSet.has(el) ? attrOf(el, 'role') : null;
  }
}

export interface FoundField {
  el: FieldElement;
  index: RootIndex;
  /** Position in the walk: document order, shadow and frame contents where they render. */
  order: number;
  /** Closest heading before the field in document order (shadow and frame contents included). */
  heading: Element | null;
}

export interface FoundButton {
  el: Element;
  index: RootIndex;
  /** Position in the walk, comparable with FoundField.order. */
  order: number;
}

export interface WalkResult {
  fields: FoundField[];
  buttons: FoundButton[];
  /** h1/h2 of the page, in order. */
  pageHeadings: Element[];
  /** For each <form>: its first heading inside, else the heading just before it. */
  formHeadings: Map<Element, Element>;
  frames: Map<Document, Element>;
  /** Every root entered: the document, shadow roots and same-origin frames' documents. */
  roots: Root[];
  frameSrcs: string[];
  scriptSrcs: string[];
  /** More candidate fields existed than `maxFields`. */
  truncated: boolean;
}

export interface WalkOptions {
  getShadowRoot: (el: Element) => ShadowRoot | null;
  maxFields: number;
  frames: boolean;
  /** Most buttons / headings / frame and script URLs remembered (bounds memory on huge pages). */
  maxButtons?: number;
}

export function isCandidateField(el: Element, tag = tagOf(el)): el is FieldElement {
  if (tag === 'select' || tag === 'textarea') return true;
  if (tag !== 'input') return false;
  return !SKIP_INPUT_TYPES.has(inputType(el));
}

export function inputType(el: Element): string {
  return (el.getAttribute('type') ?? '').trim().toLowerCase() || 'text';
}

export function isButton(el: Element, role = attrOf(el, 'role'), tag = tagOf(el)): boolean {
  if (tag === 'button') return true;
  if (tag === 'input') return BUTTON_INPUT_TYPES.has(inputType(el));
  return role === 'button';
}

export function isHeading(el: Element, role = attrOf(el, 'role'), tag = tagOf(el)): boolean {
  return HEADINGS.has(tag) || role === 'heading';
}

export function* walkPage(doc: Document, options: WalkOptions): Generator<void, WalkResult> {
  const result: WalkResult = {
    fields: [],
    buttons: [],
    pageHeadings: [],
    formHeadings: new Map(),
    frames: new Map(),
    roots: [],
    frameSrcs: [],
    scriptSrcs: [],
    truncated: false,
  };
  const maxButtons = options.maxButtons ?? 2000;
  let lastHeading: Element | null = null;
  let visited = 0;

  function* walkRoot(root: Root, start: Element | null, frameOrigin: string | undefined, depth: number): Generator<void, boolean> {
    const index = new RootIndex(root, frameOrigin);
    result.roots.push(root);
    let el: Element | null = start;
    while (el) {
      if (++visited % WALK_STEP === 0) yield;
      // Read through node-access: `el` may be a <form>, whose own properties a page can override.
      const tag = tagOf(el);
      const role = index.roleOf(el);

      if (tag === 'label') {
        const forId = el.getAttribute('for');
        if (forId) {
          const list = index.labelsFor.get(forId);
          if (list) list.push(el);
          else index.labelsFor.set(forId, [el]);
        }
      } else if (isCandidateField(el, tag)) {
        if (result.fields.length >= options.maxFields) {
          result.truncated = true;
          return false;
        }
        result.fields.push({ el, index, heading: lastHeading, order: visited });
        const fieldId = el.getAttribute('id');
        if (fieldId) {
          const same = index.fieldsById.get(fieldId);
          if (same) same.push(el);
          else index.fieldsById.set(fieldId, [el]);
        }
      } else if (isButton(el, role, tag)) {
        if (result.buttons.length < maxButtons) result.buttons.push({ el, index, order: visited });
      } else if (tag === 'form') {
        if (lastHeading) result.formHeadings.set(el, lastHeading);
      } else if (tag === 'script') {
        const src = el.getAttribute('src');
        if (src && result.scriptSrcs.length < maxButtons) result.scriptSrcs.push(src);
      }
      if (isHeading(el, role, tag)) {
        lastHeading = el;
        if ((tag === 'h1' || tag === 'h2') && result.pageHeadings.length < 10) result.pageHeadings.push(el);
        const form = closestTag(el, 'form');
        // A heading inside a form names it better than one before it.
        if (form && result.formHeadings.get(form) !== el && !isInside(result.formHeadings.get(form), form)) result.formHeadings.set(form, el);
      }

      // Shadow root first (it is what renders), then the light children.
      if (depth < MAX_ROOT_DEPTH && (SHADOW_HOSTS.has(tag) || tag.includes('-'))) {
        const shadow = options.getShadowRoot(el);
        if (shadow?.firstElementChild) {
          const done = yield* walkRoot(shadow, shadow.firstElementChild, frameOrigin, depth + 1);
          if (!done) return false;
        }
      }
      if (tag === 'iframe' || tag === 'frame') {
        const src = el.getAttribute('src');
        if (src && result.frameSrcs.length < maxButtons) result.frameSrcs.push(src);
        if (options.frames && depth < MAX_ROOT_DEPTH) {
          const frameDoc = sameOriginDocument(el);
          if (frameDoc?.documentElement) {
            result.frames.set(frameDoc, el);
            const done = yield* walkRoot(frameDoc, frameDoc.documentElement, originOf(frameDoc, el), depth + 1);
            if (!done) return false;
          }
        }
      }

      // Next element in document order (children unless the subtree cannot hold anything we use).
      const child = NO_DESCEND.has(tag) ? null : firstElementOf(el);
      if (child) {
        el = child;
        continue;
      }
      let next: Element | null = null;
      while (el) {
        next = nextElementOf(el);
        if (next) break;
        el = parentOf(el);
      }
      el = next;
    }
    return true;
  }

  if (doc.documentElement) yield* walkRoot(doc, doc.documentElement, undefined, 0);
  return result;
}

function isInside(el: Element | undefined, container: Element): boolean {
  return !!el && containsOf(container, el);
}

function sameOriginDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function originOf(frameDoc: Document, frame: Element): string {
  try {
    const origin = frameDoc.defaultView?.location.origin;
    if (origin && origin !== 'null') return origin;
  } catch {
    // fall through to the frame's src
  }
  const src = frame.getAttribute('src') ?? '';
  for (const base of [undefined, frame.ownerDocument.baseURI]) {
    try {
      return new URL(src, base).origin;
    } catch {
      // relative src without a usable base: try the next base
    }
  }
  return '';
}
