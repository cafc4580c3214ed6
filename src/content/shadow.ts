// Reaching shadow roots, closed ones included, through the extension DOM APIs: Chromium gives
// content scripts chrome.dom.openOrClosedShadowRoot(el), Firefox gives the el.openOrClosedShadowRoot property.
// The page cannot see either call. Every root found is reported to `onRoot` so the script can watch
// it for changes (a MutationObserver on the document does not see inside shadow trees).
type ClosedRootApi = { openOrClosedShadowRoot?(el: Element): ShadowRoot | null };

export function shadowRootGetter(chromeDom: ClosedRootApi | undefined, onRoot: (root: ShadowRoot) => void) {
  return function getShadowRoot(el: Element): ShadowRoot | null {
    let root: ShadowRoot | null = el.shadowRoot;
    if (!root) {
      try {
        if (chromeDom?.openOrClosedShadowRoot) root = chromeDom.openOrClosedShadowRoot(el) ?? null;
        // Firefox's is a read-only property, not a method (MDN, Element.openOrClosedShadowRoot).
        else root = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
      } catch {
        root = null;
      }
    }
    if (root) onRoot(root);
    return root;
  };
}
