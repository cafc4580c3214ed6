// THE RULE: extraction reads text only from content a page cannot fill from what a person types.
//
// A field's value is never read, but pages repeat it elsewhere: a live preview in an <output>, a
// validation message ("'x' is not a valid email") in a span, a custom select's button that shows
// the chosen option, suggestions built from the typed text. Text is therefore never taken from the
// places listed below, nor from anything inside them, wherever extraction looks (labels, nearby
// text, ARIA references, headings, button captions, option lists). A <select>'s option list is the
// page's and may be read, never which option is selected.
//
// To cover a new pattern, add it to ECHO_REGIONS (or ECHO_REFERENCES) rather than an exception in
// the code that reads text. Text that appeared after its field was first seen is handled by
// FirstSeenTexts below (the content script keeps one across the scans of a page).
import { attrOf } from './node-access.ts';

/** Elements whose text (and whose descendants' text) may echo input, as CSS selectors. */
export const ECHO_REGIONS: readonly string[] = [
  // Regions a person types into: their text is what was typed.
  '[contenteditable]:not([contenteditable="false"])',
  // A calculation's or preview's result ("Your URL: https://<typed>.example.cloud").
  'output',
  // Live regions: announcements of what changed, typically validation of what was typed.
  '[aria-live]:not([aria-live="off"])',
  '[role~="status"]',
  '[role~="alert"]',
  '[role~="log"]',
  '[role~="marquee"]',
  '[role~="timer"]',
  // ARIA widgets that display a value: the current choice, the typed text, "No results for 'x'".
  '[role~="combobox"]',
  '[role~="listbox"]',
  '[role~="option"]',
  '[role~="textbox"]',
  '[role~="searchbox"]',
  '[role~="spinbutton"]',
  '[role~="slider"]',
  // A button that opens a menu or list shows the choice made in it ("Germany ▾").
  'button[aria-haspopup]:not([aria-haspopup="false"])',
  'input[aria-haspopup]:not([aria-haspopup="false"])',
  '[role~="button"][aria-haspopup]:not([aria-haspopup="false"])',
  // Suggestions a page may build from the typed text.
  'datalist',
];

/** Attributes naming (by id) elements that echo input: an error message is about the value. */
export const ECHO_REFERENCES: readonly string[] = ['aria-errormessage'];

/**
 * References of a field that is marked invalid (`aria-invalid` other than "false"): what they name
 * now is a validation message about the value ("'x' is not a valid email"), not help text.
 */
export const ECHO_WHEN_INVALID: readonly string[] = ['aria-describedby'];

/** Whether the text `attr` names for `field` may be about the value typed into it. */
export function echoReference(field: Element, attr: string): boolean {
  return ECHO_WHEN_INVALID.includes(attr) && markedInvalid(field);
}

/**
 * A field marked invalid (`aria-invalid` other than "false"): the page has judged its value, and
 * the text printed right after it now is that judgement ("'x' is not a valid email"), so none is read.
 */
export function markedInvalid(field: Element): boolean {
  const invalid = attrOf(field, 'aria-invalid');
  return invalid !== null && invalid.trim().toLowerCase() !== 'false';
}

const REGION_SELECTOR = ECHO_REGIONS.join(',');
const REFERENCE_SELECTOR = ECHO_REFERENCES.map((a) => `[${a}]`).join(',');

type QueryRoot = Pick<ParentNode, 'querySelectorAll'> & { getElementById?: (id: string) => Element | null };

/**
 * The elements of one extraction whose text is not read: the echo regions of every root the walk
 * entered (document, shadow roots, frames) with all their descendants. Found by one native query
 * per root the first time it is asked, so a page without such regions pays one query per root.
 */
export class EchoRegions {
  private found: Set<Element> | null = null;

  constructor(private readonly roots: readonly QueryRoot[]) {}

  /** True when `el`'s text may echo what a person typed. */
  has(el: Element): boolean {
    this.found ??= this.collect();
    return this.found.size > 0 && this.found.has(el);
  }

  private collect(): Set<Element> {
    const out = new Set<Element>();
    const add = (el: Element) => {
      if (out.has(el)) return;
      out.add(el);
      for (const d of el.querySelectorAll('*')) out.add(d);
    };
    for (const root of this.roots) {
      for (const el of root.querySelectorAll(REGION_SELECTOR)) add(el);
      for (const el of root.querySelectorAll(REFERENCE_SELECTOR)) {
        for (const attr of ECHO_REFERENCES) {
          for (const id of (attrOf(el, attr) ?? '').split(/\s+/).slice(0, 8)) {
            const target = id ? byId(root, id) : null;
            if (target) add(target);
          }
        }
      }
    }
    return out;
  }
}

function byId(root: QueryRoot, id: string): Element | null {
  if (typeof root.getElementById === 'function') return root.getElementById(id);
  for (const el of root.querySelectorAll('[id]')) if (el.getAttribute('id') === id) return el;
  return null;
}

/** The texts of a field that a page fills in after the field appears: its description and the texts before and after it. */
export type SettledSlot = 'describedBy' | 'nearby' | 'after';

/**
 * Per field, the description and nearby text as first seen. A description read when the field
 * appears is the page's help text; the same span re-read after typing may hold the input ("'x' is
 * not a valid email"). So later scans keep the first text and never adopt text that appeared
 * later. A field counts as new again when its name, id or type change (a framework reusing one
 * <input> for the next step of a wizard).
 */
export class FirstSeenTexts {
  private readonly seen = new WeakMap<Element, { identity: string; texts: Partial<Record<SettledSlot, string>> }>();
  private title: string | undefined;

  /**
   * The page's title as first seen. A single-page app that left the signup paths for a signed-in
   * screen ("New Project – my-team – Vercel") and came back may never reset it; what the page was
   * called when the script first read it is the signup's own title.
   */
  settleTitle(text: string): string {
    this.title ??= text;
    return this.title;
  }

  /** The text to report for `slot` of `field`: the first one seen while the field kept its identity. */
  settle(field: Element, slot: SettledSlot, text: string): string {
    const identity = `${attrOf(field, 'name') ?? ''}\u0000${attrOf(field, 'id') ?? ''}\u0000${attrOf(field, 'type') ?? ''}`;
    let entry = this.seen.get(field);
    if (!entry || entry.identity !== identity) {
      entry = { identity, texts: {} };
      this.seen.set(field, entry);
    }
    const first = entry.texts[slot];
    if (first !== undefined) return first;
    entry.texts[slot] = text;
    return text;
  }
}
