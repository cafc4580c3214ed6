// Phase 2 helpers: the texts around one field (labels, ARIA references, preceding text, legend), its
// options and a visibility hint. Every lookup is bounded or cached per container, so the cost per
// field stays flat on a page with 20,000 fields.
import { LABELS_CAP, OPTIONS_CAP, TEXT_CAP } from '../core/limits.ts';
import { type Ancestry, AncestryIndex } from './ancestors.ts';
import { BINDING_ATTRIBUTES } from './attributes.ts';
import { attrOf, composedParentOf, firstElementOf, hasAttrOf, nextElementOf, nextSiblingOf, nodeTypeOf, parentOf, previousSiblingOf, tagOf } from './node-access.ts';
import { follows } from './order.ts';
import { echoReference, markedInvalid } from './echo-safe.ts';
import { cappedText, clip } from './text.ts';
import type { FieldElement, RootIndex } from './walk.ts';

const MAX_REFS = 8;
// Component libraries wrap an input in six or seven elements (ant-design, MUI) below its caption.
const NEARBY_LEVELS = 8;
const NEARBY_SIBLINGS = 6;
/** Longer text after a field is a hint or an error message, not its caption. */
const FLOATING_CAPTION_MAX = 40;
/** How far text after a field is looked for: out of a wrapper or two (Google's `<div><input></div><div>@gmail.com</div>`), a couple of siblings at each. */
const AFTER_LEVELS = 3;
const AFTER_SIBLINGS = 2;
/** Where "the text before the field" stops: beyond these it describes something else. */
const NEARBY_STOP = new Set(['form', 'fieldset', 'body', 'html', 'tr', 'table', 'li', 'dialog']);
const SKIP_SIBLING = new Set(['script', 'style', 'template', 'noscript', 'svg', 'img', 'br', 'hr']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

export interface ContextOptions {
  /** Ask the browser's layout (Element.checkVisibility) too; only where styles are computed anyway. */
  checkVisibility: boolean;
  /** Elements whose text may echo input (echo-safe.ts): never read. */
  echo: { has(el: Element): boolean };
}

export class FieldContext {
  private readonly texts = new WeakMap<Element, string>();
  private readonly hidden = new WeakMap<Element, boolean>();
  private readonly legends = new WeakMap<Element, string>();

  private readonly ancestries = new AncestryIndex();

  constructor(private readonly settings: ContextOptions) {}

  /** The containers around a field (wrapping label, fieldset), found in one climb. */
  ancestry(el: FieldElement): Ancestry {
    return this.ancestries.of(el);
  }

  /** Capped text of an element, computed once per element per extraction. */
  textOf(el: Element): string {
    let t = this.texts.get(el);
    if (t === undefined) {
      t = cappedText(el, { skip: this.settings.echo }).text;
      this.texts.set(el, t);
    }
    return t;
  }

  /**
   * Texts of the <label>s of a field: `for=` its id (same root) and a wrapping label without `for`.
   * When several fields share the id (real pages repeat ids), each `for=` label goes to the one it
   * most plausibly captions (labelTarget), not to all of them.
   */
  labels(el: FieldElement, index: RootIndex, around: Ancestry): string[] {
    const found: Element[] = [];
    const id = el.getAttribute('id');
    const forId = id ? index.labelsFor.get(id) : undefined;
    if (id && forId) for (const l of forId) if (found.length < LABELS_CAP && this.labelTarget(l, id, index, el) === el) found.push(l);
    const wrap = around.label;
    if (wrap && !wrap.hasAttribute('for') && !found.includes(wrap)) {
      found.push(wrap);
      if (found.length > 1) found.sort((a, b) => (follows(a, b) ? -1 : 1));
    }
    const out: string[] = [];
    for (const l of found.slice(0, LABELS_CAP)) {
      const t = this.textOf(l);
      if (t) out.push(t);
    }
    return out;
  }

  private readonly targets = new WeakMap<Element, Element>();

  /**
   * The field a `for=id` label captions. With one field of that id, that field. With several, the
   * one sharing the closest container with the label (the label and its field sit in one row or
   * group); between equally close ones, the first after the label, else the last before it.
   */
  private labelTarget(label: Element, id: string, index: RootIndex, asking: Element): Element {
    // The walk indexed the fields by id as it met them: no extra pass over the page here.
    const same = index.fieldsById.get(id);
    if (!same || same.length < 2) return asking;
    const cached = this.targets.get(label);
    if (cached) return cached;
    const depth = new Map<Element, number>();
    let d = 0;
    for (let a: Element | null = label; a; a = parentOf(a)) depth.set(a, d++);
    let best = same[0]!;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const f of same) {
      let up = 0;
      let a: Element | null = f;
      while (a && !depth.has(a)) {
        a = parentOf(a);
        up++;
      }
      // Distance through the common container; following fields before preceding ones at a tie.
      const following = follows(label, f) === true;
      const rank = (a ? up + depth.get(a)! : 1e6) * 2 + (following ? 0 : 1);
      if (rank < bestRank || (rank === bestRank && !following)) {
        bestRank = rank;
        best = f;
      }
    }
    this.targets.set(label, best);
    return best;
  }

  /**
   * Names a front-end framework binds the field to (Angular `formcontrolname`, `ng-model`,
   * `ng-reflect-name`; Vue `v-model`; Alpine `x-model`; test ids), space-joined: developers' names
   * like the name attribute, present when `name` is missing or generated.
   */
  bindings(present: readonly string[], raw: (name: string) => string | null): string {
    let out = '';
    // In BINDING_ATTRIBUTES' order: a DOM may list attributes in any order.
    for (const name of BINDING_ATTRIBUTES) {
      if (!present.includes(name)) continue;
      const v = raw(name)?.trim();
      if (v && !out.split(' ').includes(v)) out = out ? `${out} ${v}` : v;
    }
    return clip(out);
  }

  /**
   * The `capture` hint of a file input: "user" (the front camera: a selfie), "environment" (the
   * rear camera: a document photo), "camera" when present with another value; '' otherwise.
   */
  capture(type: string, present: readonly string[], raw: (name: string) => string | null): string {
    if (type !== 'file' || !present.includes('capture')) return '';
    const v = (raw('capture') ?? '').trim().toLowerCase();
    return v === 'user' || v === 'environment' ? v : 'camera';
  }

  /** Joined text of the elements an id-list attribute (aria-labelledby / -describedby) names. */
  idRefText(el: Element, attr: string, index: RootIndex): string {
    const ids = el.getAttribute(attr);
    if (!ids || echoReference(el, attr)) return '';
    const parts: string[] = [];
    let length = 0;
    for (const id of clip(ids, 2000).split(' ').slice(0, MAX_REFS)) {
      const target = index.elementById(id);
      if (!target || target === el) continue;
      const t = this.textOf(target);
      if (t) {
        parts.push(t);
        length += t.length;
        if (length >= TEXT_CAP) break;
      }
    }
    return clip(parts.join(' '));
  }

  /**
   * Text just before the field: a preceding sibling's text (a caption, the previous table cell),
   * climbing a few levels while nothing is found. Text that belongs to another field (a sibling
   * holding a field, a label for another id) ends the search with nothing.
   */
  nearbyText(el: FieldElement): string {
    const ownId = el.getAttribute('id');
    return this.textBeside(el, previousSiblingOf, NEARBY_LEVELS, NEARBY_SIBLINGS, (s, tag) => {
      if (tag !== 'label') return 'read';
      const forId = s.getAttribute('for');
      if (!forId) return 'read';
      if (forId === ownId) return 'skip'; // already among the labels
      // Another field's caption ends the search; an empty one (a validator's error slot) is skipped.
      return cappedText(s).text ? 'end' : 'skip';
    });
  }

  /**
   * The caption right after a field that keeps a blank placeholder: the floating-label pattern
   * (`<input placeholder=" "><span>E-mail</span>`, styled by `:placeholder-shown ~ span`). Only
   * a short text among the field's own next siblings.
   */
  floatingCaption(el: FieldElement): string {
    return short(this.textBeside(el, nextSiblingOf, 1, AFTER_SIBLINGS, afterVerdict(this.settings.echo)));
  }

  /**
   * Short text printed right after a field, climbing out of the wrappers it ends: the rest of an
   * address the box begins ("@yahoo.com", ".atlassian.net"), a unit ("kg", "年"). Text that holds
   * or captions another field ends the search with nothing; so does a field marked invalid
   * (echo-safe.ts markedInvalid).
   */
  afterText(el: FieldElement): string {
    return markedInvalid(el) ? '' : short(this.textBeside(el, nextSiblingOf, AFTER_LEVELS, AFTER_SIBLINGS, afterVerdict(this.settings.echo)));
  }

  /**
   * The first text beside `el` in one direction (`step`: the previous or the next sibling): among up
   * to `siblings` elements at each level (text nodes do not count), climbing up to `levels` parents
   * while nothing is found, never past a NEARBY_STOP boundary. `verdict` decides what an element
   * sibling does before its text is read: 'read' it, 'skip' it, or 'end' the search with nothing.
   * A sibling holding a field ends the search too. Siblings and parents are read through
   * node-access: any of them may be a <form>.
   */
  private textBeside(el: FieldElement, step: (n: Node) => ChildNode | null, levels: number, siblings: number, verdict: (s: Element, tag: string) => 'read' | 'skip' | 'end'): string {
    const echo = this.settings.echo;
    let node: Node = el;
    for (let level = 0; level < levels; level++) {
      // Inside a region that may echo input (echo-safe.ts), nothing around the field is read.
      const around = parentOf(node);
      if (around && echo.has(around)) return '';
      let steps = 0;
      for (let sib = step(node); sib && steps < siblings; sib = step(sib)) {
        const type = nodeTypeOf(sib);
        if (type === 3) {
          const t = clip((sib as Text).data);
          if (t) return t;
          continue;
        }
        if (type !== 1) continue;
        steps++;
        const s = sib as Element;
        const tag = tagOf(s);
        if (SKIP_SIBLING.has(tag)) continue;
        const v = verdict(s, tag);
        if (v === 'end') return '';
        if (v === 'skip') continue;
        const { text, hitField } = cappedText(s, { stopAtField: true, skip: echo });
        if (hitField) return '';
        if (text) return text;
      }
      if (!around || NEARBY_STOP.has(tagOf(around))) return '';
      node = around;
    }
    return '';
  }

  /** Legend of the closest fieldset. */
  legend(around: Ancestry): string {
    const fieldset = around.fieldset;
    if (!fieldset) return '';
    let t = this.legends.get(fieldset);
    if (t === undefined) {
      t = '';
      for (let c = firstElementOf(fieldset); c; c = nextElementOf(c)) {
        if (tagOf(c) === 'legend') {
          t = this.textOf(c);
          break;
        }
      }
      this.legends.set(fieldset, t);
    }
    return t;
  }

  /**
   * Option texts of a select; `count` is the real number. Never which option is selected, and
   * never a <datalist>'s options: a page may fill those from what is typed (echo-safe.ts).
   */
  options(el: FieldElement): { texts: string[]; count: number } {
    if (el.localName !== 'select') return { texts: [], count: 0 };
    const list: ArrayLike<Element> = (el as HTMLSelectElement).options ?? el.querySelectorAll('option');
    const texts: string[] = [];
    const n = Math.min(list.length, OPTIONS_CAP);
    for (let i = 0; i < n; i++) {
      const o = list[i]!;
      // An option's label attribute is what the browser shows when present.
      texts.push(clip(o.getAttribute('label')) || optionText(o));
    }
    return { texts, count: list.length };
  }

  /**
   * A visibility hint from markup alone (hidden attribute, aria-hidden, inline display:none or
   * visibility:hidden on the field or an ancestor, a closed <details>); with `checkVisibility`, the
   * browser's own answer too. No getComputedStyle per field.
   */
  visible(el: FieldElement): boolean {
    if (this.hiddenByMarkup(el)) return false;
    if (this.settings.checkVisibility) {
      const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
      if (typeof check === 'function') {
        try {
          return check.call(el, { checkVisibilityCSS: true, visibilityProperty: true });
        } catch {
          return true;
        }
      }
    }
    return true;
  }

  private hiddenByMarkup(el: Element): boolean {
    // Climb to the nearest ancestor with a known answer, then fill the cache downwards.
    const chain: Element[] = [];
    let node: Element | null = el;
    let answer = false;
    while (node) {
      const known = this.hidden.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(node);
      node = composedParentOf(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const cur = chain[i]!;
      const parent = composedParentOf(cur);
      // Inside a closed <details>, only the <summary> shows.
      const closedDetails = !!parent && tagOf(parent) === 'details' && !hasAttrOf(parent, 'open') && tagOf(cur) !== 'summary';
      answer = answer || closedDetails || ownHidden(cur);
      this.hidden.set(cur, answer);
    }
    return answer;
  }
}

/** What follows a field and is another control's (a button, a label for=) or may be the input's echo ends the search after it. */
const afterVerdict =
  (echo: ContextOptions['echo']) =>
  (s: Element, tag: string): 'read' | 'end' =>
    tag === 'button' || (tag === 'label' && !!s.getAttribute('for')) || echo.has(s) ? 'end' : 'read';

/** Longer text after a field is a hint or an error message, not a caption or a suffix. */
const short = (text: string): string => (text.length <= FLOATING_CAPTION_MAX ? text : '');

function ownHidden(el: Element): boolean {
  if (hasAttrOf(el, 'hidden')) return true;
  if (attrOf(el, 'aria-hidden') === 'true') return true;
  const style = attrOf(el, 'style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** An option's own text (the parser gives options text children only). */
function optionText(option: Element): string {
  let s = '';
  for (let c = option.firstChild; c && s.length < TEXT_CAP * 2; c = c.nextSibling) {
    if (c.nodeType === 3) s += (c as Text).data.slice(0, TEXT_CAP * 2);
  }
  return clip(s);
}
