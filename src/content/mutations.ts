// Which DOM changes can change the form structure a scan reports. Typing into a field changes no
// attribute, and attributes a script uses for values (value, checked, selected) are not observed at
// all, so neither ever wakes a scan.
import { FORM_ATTRIBUTES, READ_ARIA_ATTRIBUTES } from '../dom/attributes.ts';

/**
 * Attributes the extractor reads on fields, captions and forms (src/dom/attributes.ts, which a test
 * holds to the extractor's source), and those that show or hide a step: class, disabled and a
 * frame's src toggle wizard panes and vendor steps.
 */
export const STRUCTURE_ATTRIBUTES: string[] = [...FORM_ATTRIBUTES, ...READ_ARIA_ATTRIBUTES, 'class', 'disabled', 'src'];

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
