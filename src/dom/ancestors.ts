// Ancestor lookups by tag or role. Walking parents by hand is as fast as a browser's closest() and
// much faster than a Node DOM compiling the selector string on every call.

/** Nearest inclusive ancestor whose tag is `tag` (or one of `tags`), within the element's root. */
export function closestTag(el: Element, tag: string | ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (typeof tag === 'string' ? node.localName === tag : tag.has(node.localName)) return node;
  }
  return null;
}

/** Nearest inclusive ancestor whose role attribute is one of `roles`, within the element's root. */
export function closestRole(el: Element, roles: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role && roles.has(role.trim().toLowerCase())) return node;
  }
  return null;
}
