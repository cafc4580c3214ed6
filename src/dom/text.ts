// Reading text out of a page without copying more of it than we keep: a hostile page may put a
// megabyte in a label, so text nodes are sliced while walking instead of reading `textContent`.
import { TEXT_CAP } from '../core/limits.ts';
import { firstChildOf, nextSiblingOf, nodeTypeOf, parentNodeOf, tagOf } from './node-access.ts';

/** Collapses whitespace and cuts to `cap` characters. */
export function clip(s: string | null | undefined, cap = TEXT_CAP): string {
  if (!s) return '';
  // Slice before the regex so a huge attribute costs only what we keep (plus room for whitespace).
  const head = s.length > cap * 4 ? s.slice(0, cap * 4) : s;
  return head.replace(/\s+/g, ' ').trim().slice(0, cap);
}

/** Elements whose text is not a caption: code, styles, a field's own content, embedded documents. */
const NO_TEXT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'svg',
  'math',
  'iframe',
  'frame',
  'object',
  'canvas',
]);

/** Elements that do not break a word: `Vor<b>name</b>` reads "Vorname", `<div>a</div><div>b</div>` "a b". */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

const FIELD_TAGS = new Set(['input', 'select', 'textarea']);

/**
 * Whether cappedText puts a word break at this element's edges (block-ish elements do; inline ones
 * and skipped ones do not). A whitespace-only text node next to such an element changes no text
 * we read, which lets the CLI's lean parse leave those nodes out.
 */
export function breaksWords(tag: string): boolean {
  return !INLINE.has(tag) && !NO_TEXT.has(tag);
}

export interface TextOptions {
  cap?: number;
  /** Most nodes visited (bounds the cost on a huge subtree with little text). */
  maxNodes?: number;
  /** Stop and report when the subtree holds a form field (its text belongs to that field). */
  stopAtField?: boolean;
  /** Elements whose text is not read, nor their descendants' (echo-safe.ts: text that may echo input). */
  skip?: { has(el: Element): boolean };
}

export interface CappedText {
  text: string;
  /** A form field was found inside (only with `stopAtField`). */
  hitField: boolean;
}

/** Visible-ish text of `root`, at most `cap` characters, read in bounded time. */
export function cappedText(root: Node | null | undefined, options: TextOptions = {}): CappedText {
  const cap = options.cap ?? TEXT_CAP;
  const maxNodes = options.maxNodes ?? 400;
  if (!root) return { text: '', hitField: false };
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let hitField = false;
  const want = cap + 1;

  const addText = (data: string) => {
    // Read big text nodes in slices until enough non-space text has come out.
    for (let off = 0; off < data.length && length < want && off < 64 * 4096; off += 4096) {
      const chunk = data.length <= 4096 ? data : data.slice(off, off + 4096);
      const collapsed = chunk.replace(/\s+/g, ' ');
      if (collapsed === ' ' || collapsed === '') {
        if (parts.length && parts[parts.length - 1] !== ' ') parts.push(' ');
        continue;
      }
      parts.push(collapsed);
      length += collapsed.length;
    }
  };
  const addBreak = () => {
    if (parts.length && parts[parts.length - 1] !== ' ') parts.push(' ');
  };

  // Nodes are read through node-access: any of them may be a <form>.
  const rootType = nodeTypeOf(root);
  if (rootType === 1) {
    // The root itself may be a field (a textarea's text is its value) or hold no caption.
    const tag = tagOf(root as Element);
    if (FIELD_TAGS.has(tag) && !isHiddenInput(root as Element)) return { text: '', hitField: !!options.stopAtField };
    if (NO_TEXT.has(tag) || options.skip?.has(root as Element)) return { text: '', hitField: false };
  }
  if (rootType === 3) addText((root as Text).data);
  let node: Node | null = rootType === 3 ? null : firstChildOf(root);
  while (node && length < want && visited < maxNodes) {
    visited++;
    let descend = false;
    const type = nodeTypeOf(node);
    if (type === 3) addText((node as Text).data);
    else if (type === 1) {
      const tag = tagOf(node as Element);
      if (options.stopAtField && FIELD_TAGS.has(tag) && !isHiddenInput(node as Element)) {
        hitField = true;
        break;
      }
      if (!NO_TEXT.has(tag) && !options.skip?.has(node as Element)) {
        if (!INLINE.has(tag)) addBreak();
        descend = true;
      }
    }
    const child = descend ? firstChildOf(node) : null;
    if (child) {
      node = child;
      continue;
    }
    // Next node in document order within root, closing the elements we leave.
    let next: Node | null = null;
    while (node && node !== root) {
      next = nextSiblingOf(node);
      if (next) break;
      node = parentNodeOf(node);
      if (node && node !== root && nodeTypeOf(node) === 1 && !INLINE.has(tagOf(node as Element))) addBreak();
    }
    node = node && node !== root ? next : null;
  }
  return { text: clip(parts.join(''), cap), hitField };
}

function isHiddenInput(el: Element): boolean {
  return el.localName === 'input' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'hidden';
}
