// Which DOM changes can change the form structure a scan reports. Typing into a field changes no
// attribute, and attributes a script uses for values (value, checked, selected) are not observed at
// all, so neither ever wakes a scan.

/** Attributes the extractor reads or that show/hide a step (class/style/hidden toggle wizard panes). */
export const STRUCTURE_ATTRIBUTES = [
  'type', 'name', 'id', 'autocomplete', 'placeholder', 'title', 'inputmode', 'pattern', 'accept', 'required',
  'minlength', 'maxlength', 'for', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-required',
  'aria-hidden', 'hidden', 'class', 'style', 'disabled', 'open', 'src', 'lang',
];

export const OBSERVE_OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: STRUCTURE_ATTRIBUTES,
};

const TEXT_CONTAINERS = 'label, legend, h1, h2, h3, h4, h5, h6, option, button, [role=heading], [role=option]';

const hasElement = (nodes: NodeList) => {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
  return false;
};

/** True when the record may change what a scan reports. Cheap: runs for every mutation. */
export function isStructural(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.attributeName !== 'value';
  if (record.type !== 'childList') return false;
  if (hasElement(record.addedNodes) || hasElement(record.removedNodes)) return true;
  // Text replaced inside a label, heading or option renames a field or a step; other text does not.
  const target = record.target as Element;
  return target.nodeType === 1 && target.closest(TEXT_CONTAINERS) !== null;
}

export function anyStructural(records: readonly MutationRecord[]): boolean {
  for (const r of records) if (isStructural(r)) return true;
  return false;
}
