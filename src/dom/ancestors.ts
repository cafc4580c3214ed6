// Ancestor lookups by tag or role. Walking parents by hand is as fast as a browser's closest() and
// much faster than a Node DOM compiling the selector string on every call. Reads go through
// node-access: an ancestor may be a <form>.
import { parentOf, tagOf } from './node-access.ts';

/** Nearest inclusive ancestor whose tag is `tag` (or one of `tags`), within the element's root. */
export function closestTag(el: Element, tag: string | ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const name = tagOf(node);
    if (typeof tag === 'string' ? name === tag : tag.has(name)) return node;
  }
  return null;
}

/** The containers a field's context reads, each the nearest inclusive ancestor within its root. */
export interface Ancestry {
  /** A wrapping <label>. */
  label: Element | null;
  fieldset: Element | null;
}

const NONE: Ancestry = { label: null, fieldset: null };

/**
 * Ancestries of the elements of one extraction. Each element's record is built from its parent's,
 * so fields that share containers share the climb: a page's fields cost O(elements above them)
 * in all, instead of several climbs to the root per field.
 */
export class AncestryIndex {
  private readonly known = new WeakMap<Element, Ancestry>();

  of(el: Element): Ancestry {
    const chain: Element[] = [];
    let base = NONE;
    for (let node: Element | null = el; node; node = parentOf(node)) {
      const known = this.known.get(node);
      if (known) {
        base = known;
        break;
      }
      chain.push(node);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const tag = tagOf(node);
      if (tag === 'label' || tag === 'fieldset') base = { label: tag === 'label' ? node : base.label, fieldset: tag === 'fieldset' ? node : base.fieldset };
      this.known.set(node, base);
    }
    return base;
  }
}
