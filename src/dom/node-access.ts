// Reading elements through the DOM's standard prototypes, never through the element's own
// properties. A <form> resolves every property name against its controls' names and ids first
// (WebIDL [LegacyOverrideBuiltIns]): `<input name="localName">` turns `form.localName` into that
// input, so a page can mislead code that reads forms directly. And Chromium builds that name map
// over all of a form's controls on the first such read from a new JavaScript world: 12–35 ms for
// a 5,000-field form, paid by the content script's first scan. The prototypes' own getters and
// methods skip the lookup. Where the realm has no DOM globals (the CLI's linkedom in Node) the
// properties are read directly: no form there overrides anything.

type Proto = Record<string, unknown>;
/** The DOM interfaces of a JavaScript realm (a window, an isolated world), where it has them. */
export interface Realm {
  Node?: { prototype: object };
  Element?: { prototype: object };
}

/** The descriptor of `name` on `proto` or the nearest prototype above it that has one. */
function descriptorOf(proto: object | undefined, name: string): PropertyDescriptor | undefined {
  for (let p: object | null | undefined = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** `proto`'s getter `name` as a function (undefined where the realm has none); a node it cannot serve (another realm's) is read directly. */
function viaGetter<N, T>(proto: Proto | undefined, name: string): ((node: N) => T) | undefined {
  const get = descriptorOf(proto, name)?.get;
  if (!get) return undefined;
  return (node: N) => {
    try {
      return get.call(node) as T;
    } catch {
      return (node as Record<string, unknown>)[name] as T;
    }
  };
}

/** `proto`'s method `name` as a function taking the node first (undefined where the realm has none). */
function viaMethod<N, A extends unknown[], T>(proto: Proto | undefined, name: string): ((node: N, ...args: A) => T) | undefined {
  const fn = proto?.[name] as ((...args: A) => T) | undefined;
  if (typeof fn !== 'function') return undefined;
  return (node: N, ...args: A) => {
    try {
      return fn.apply(node, args);
    } catch {
      return ((node as Record<string, unknown>)[name] as (...args: A) => T).apply(node, args);
    }
  };
}

/** Readers of DOM members through `realm`'s prototypes; plain reads where it has none (written out: a generic keyed read is slower in the CLI's hot loops). */
export function nodeAccess(realm: Realm) {
  const element = realm.Element?.prototype as Proto | undefined;
  const node = realm.Node?.prototype as Proto | undefined;
  return {
    tagOf: viaGetter<Element, string>(element, 'localName') ?? ((el: Element) => el.localName),
    parentOf: viaGetter<Node, Element | null>(node, 'parentElement') ?? ((n: Node) => n.parentElement),
    parentNodeOf: viaGetter<Node, ParentNode | null>(node, 'parentNode') ?? ((n: Node) => n.parentNode),
    firstElementOf: viaGetter<Element, Element | null>(element, 'firstElementChild') ?? ((el: Element) => el.firstElementChild),
    nextElementOf: viaGetter<Element, Element | null>(element, 'nextElementSibling') ?? ((el: Element) => el.nextElementSibling),
    previousElementOf: viaGetter<Element, Element | null>(element, 'previousElementSibling') ?? ((el: Element) => el.previousElementSibling),
    nodeTypeOf: viaGetter<Node, number>(node, 'nodeType') ?? ((n: Node) => n.nodeType),
    firstChildOf: viaGetter<Node, ChildNode | null>(node, 'firstChild') ?? ((n: Node) => n.firstChild),
    nextSiblingOf: viaGetter<Node, ChildNode | null>(node, 'nextSibling') ?? ((n: Node) => n.nextSibling),
    previousSiblingOf: viaGetter<Node, ChildNode | null>(node, 'previousSibling') ?? ((n: Node) => n.previousSibling),
    attrOf: viaMethod<Element, [string], string | null>(element, 'getAttribute') ?? ((el: Element, name: string) => el.getAttribute(name)),
    hasAttrOf: viaMethod<Element, [string], boolean>(element, 'hasAttribute') ?? ((el: Element, name: string) => el.hasAttribute(name)),
    rootNodeOf: viaMethod<Node, [], Node>(node, 'getRootNode') ?? ((n: Node) => n.getRootNode()),
    containsOf: viaMethod<Node, [Node | null], boolean>(node, 'contains') ?? ((n: Node, other: Node | null) => n.contains(other)),
  };
}

export const {
  tagOf, parentOf, parentNodeOf, firstElementOf, nextElementOf, previousElementOf, nodeTypeOf, firstChildOf, nextSiblingOf, previousSiblingOf, attrOf, hasAttrOf, rootNodeOf, containsOf,
} = nodeAccess(globalThis as unknown as Realm);

/** The parent element, or the host when `el` sits at the top of a shadow root. */
export function composedParentOf(el: Element): Element | null {
  const parent = parentOf(el);
  if (parent) return parent;
  return (parentNodeOf(el) as (ParentNode & { host?: Element }) | null)?.host ?? null;
}
