// Reading elements through the DOM's standard prototypes, never through the element's own
// properties. A <form> resolves every property name against its controls' names and ids first
// (WebIDL [LegacyOverrideBuiltIns]): `<input name="localName">` turns `form.localName` into that
// input, so a page can mislead code that reads forms directly. And Chromium builds that name map
// over all of a form's controls on the first such read from a new JavaScript world: 12–35 ms for
// a 5,000-field form, paid by the content script's first scan. The prototypes' own getters and
// methods skip the lookup. Where the realm has no DOM globals (the CLI's linkedom in Node) the
// properties are read directly: no form there overrides anything.

type Proto = Record<string, unknown>;
const scope = globalThis as unknown as { Node?: { prototype: Proto }; Element?: { prototype: Proto } };
const NODE = scope.Node?.prototype;
const ELEMENT = scope.Element?.prototype;

/** A getter of `proto` as a function; on a node it cannot serve (another realm's), the plain read. */
function getter<N, T>(proto: Proto | undefined, name: string): (node: N) => T {
  const get = proto ? Object.getOwnPropertyDescriptor(proto, name)?.get : undefined;
  const direct = (node: N) => (node as Record<string, unknown>)[name] as T;
  if (!get) return direct;
  return (node: N) => {
    try {
      return get.call(node) as T;
    } catch {
      return direct(node);
    }
  };
}

function method<N, A extends unknown[], T>(proto: Proto | undefined, name: string): (node: N, ...args: A) => T {
  const fn = proto?.[name] as ((...args: A) => T) | undefined;
  const direct = (node: N, ...args: A) => ((node as Record<string, unknown>)[name] as (...args: A) => T).apply(node, args);
  if (typeof fn !== 'function') return direct;
  return (node: N, ...args: A) => {
    try {
      return fn.apply(node, args);
    } catch {
      return direct(node, ...args);
    }
  };
}

export const tagOf = getter<Element, string>(ELEMENT, 'localName');
export const parentOf = getter<Node, Element | null>(NODE, 'parentElement');
export const parentNodeOf = getter<Node, ParentNode | null>(NODE, 'parentNode');
export const firstElementOf = getter<Element, Element | null>(ELEMENT, 'firstElementChild');
export const nextElementOf = getter<Element, Element | null>(ELEMENT, 'nextElementSibling');
export const previousElementOf = getter<Element, Element | null>(ELEMENT, 'previousElementSibling');
export const nodeTypeOf = getter<Node, number>(NODE, 'nodeType');
export const firstChildOf = getter<Node, ChildNode | null>(NODE, 'firstChild');
export const nextSiblingOf = getter<Node, ChildNode | null>(NODE, 'nextSibling');
export const previousSiblingOf = getter<Node, ChildNode | null>(NODE, 'previousSibling');
export const attrOf = method<Element, [string], string | null>(ELEMENT, 'getAttribute');
export const hasAttrOf = method<Element, [string], boolean>(ELEMENT, 'hasAttribute');
export const rootNodeOf = method<Node, [], Node>(NODE, 'getRootNode');
export const containsOf = method<Node, [Node | null], boolean>(NODE, 'contains');

/** The parent element, or the host when `el` sits at the top of a shadow root. */
export function composedParentOf(el: Element): Element | null {
  const parent = parentOf(el);
  if (parent) return parent;
  return (parentNodeOf(el) as (ParentNode & { host?: Element }) | null)?.host ?? null;
}
