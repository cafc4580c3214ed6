// Document order of two elements, walked through node-access. The CLI's DOM (linkedom) answers
// compareDocumentPosition wrongly for elements in different branches (each "precedes" the
// other), and the extension and the CLI must read a page alike.
import { nextElementOf, parentOf } from './node-access.ts';

/** Beyond this many siblings between two branches the order is left unknown (hostile pages). */
const MAX_SIBLING_STEPS = 20_000;

/**
 * Whether `b` comes after `a` in document order; an element inside `a` comes after it. null when
 * they share no tree (another shadow root, a detached node) or the answer lies too far to look.
 */
export function follows(a: Element, b: Element): boolean | null {
  if (a === b) return false;
  const chain = new Map<Element, Element | null>(); // ancestor of `a` → its child on the way down to `a`
  for (let node: Element | null = a, below: Element | null = null; node; below = node, node = parentOf(node)) chain.set(node, below);
  let from: Element | null = null;
  let node: Element | null = b;
  while (node && !chain.has(node)) {
    from = node;
    node = parentOf(node);
  }
  if (!node) return null;
  if (node === a) return true; // b sits inside a
  if (!from) return false; // a sits inside b: b opened first
  const start = chain.get(node)!;
  let steps = 0;
  for (let sib = nextElementOf(start); sib && steps < MAX_SIBLING_STEPS; sib = nextElementOf(sib), steps++) if (sib === from) return true;
  return steps < MAX_SIBLING_STEPS ? false : null;
}
