// The shared feature extractor: the content script runs it on the live page, the CLI on a Node DOM
// (src/cli/parse-html.ts). It reads attributes and text, never what a user typed: no `.value`,
// `.checked` or `selectedIndex` (option texts are page structure and are read).
//
// Two phases: walk.ts passes over the page once (fields, buttons, headings, per-root id and label
// indexes), then each field's features are built from those indexes (context.ts) and grouped into
// forms (forms.ts). Both phases pause regularly: `extractPageSteps` is a generator,
// `extractPageSliced` spreads it over tasks by time, `extractPage` runs it to the end.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../core/features.ts';
import { PAGE_FIELDS_CAP } from '../core/limits.ts';
import { FieldContext } from './context.ts';
import { EchoRegions, type FirstSeenTexts, type SettledSlot } from './echo-safe.ts';
import { closestTag } from './ancestors.ts';
import { attrOf, composedParentOf, tagOf } from './node-access.ts';
import { buttonCaption, commonAncestor, formOwner, isSubmitButton } from './forms.ts';
import { SelectorBuilder } from './selector.ts';
import { cappedText, clip } from './text.ts';
import { type FieldElement, type FoundButton, inputType, type RootIndex, walkPage } from './walk.ts';

export { SHADOW_SEPARATOR, resolveSelector } from './selector.ts';

export interface ExtractOptions {
  /** Shadow-root access; the content script passes one that also opens closed roots. Default: `el.shadowRoot`. */
  getShadowRoot?: (el: Element) => ShadowRoot | null;
  /** Most fields reported; beyond it `truncated` is set. Default: no limit. */
  maxFields?: number;
  /** Most forms reported (extra forms' fields are dropped, `truncated` set). Default: no limit. */
  maxForms?: number;
  /** Most fields per form. Default: no limit. */
  maxFieldsPerForm?: number;
  /** Fields whose selector would be longer are dropped (`truncated` set). Default: no limit. */
  maxSelectorLength?: number;
  /** Look into same-origin frames whose document is reachable. Default: true. */
  frames?: boolean;
  /** Also ask Element.checkVisibility() (live pages only; it reads computed styles). Default: false. */
  checkVisibility?: boolean;
  /**
   * Descriptions and nearby texts as first seen, kept across the scans of one page (the content
   * script): text that appears after a field was first seen may echo what was typed. Default: none.
   */
  firstSeen?: FirstSeenTexts;
}

/** Limits that keep a content script's report inside the message schema (src/core/features.ts). */
export const CONTENT_SCRIPT_LIMITS = {
  maxFields: PAGE_FIELDS_CAP,
  maxForms: 200,
  maxFieldsPerForm: 5000,
  maxSelectorLength: 4000,
} as const satisfies ExtractOptions;

/** Fields built between two pauses of the generator. */
const FIELD_STEP = 16;
const MAX_BUTTONS_PER_FORM = 20;

interface Group {
  form: Element | null;
  fields: FieldFeatures[];
  elements: Element[];
  heading: string;
  /** Walk position of its first field (see FoundField.order). */
  firstOrder: number;
}

/** The extraction as a generator: each `next()` does a bounded slice of work. */
export function* extractPageSteps(doc: Document, url: string, options: ExtractOptions = {}): Generator<void, PageFeatures> {
  const maxFields = options.maxFields ?? Number.POSITIVE_INFINITY;
  const maxForms = options.maxForms ?? Number.POSITIVE_INFINITY;
  const maxPerForm = options.maxFieldsPerForm ?? Number.POSITIVE_INFINITY;
  const maxSelector = options.maxSelectorLength ?? Number.POSITIVE_INFINITY;
  const getShadowRoot = options.getShadowRoot ?? ((el: Element) => el.shadowRoot ?? null);

  const walk = yield* walkPage(doc, { getShadowRoot, maxFields, frames: options.frames ?? true });
  let truncated = walk.truncated;

  const selectors = new SelectorBuilder({
    maxLength: maxSelector,
    frameOf: (d) => walk.frames.get(d) ?? null,
  });
  // Text that may echo what a person typed is never read (echo-safe.ts has the rule and the list).
  const echo = new EchoRegions(walk.roots);
  const context = new FieldContext({ checkVisibility: options.checkVisibility ?? false, echo });
  const headingText = (h: Element | null | undefined) => (h ? context.textOf(h) : '');

  const groups = new Map<Element | null, Group>();
  let done = 0;
  for (const found of walk.fields) {
    if (++done % FIELD_STEP === 0) yield;
    const form = formOwner(found.el, found.index);
    let group = groups.get(form);
    if (!group) {
      if (groups.size >= maxForms) {
        truncated = true;
        continue;
      }
      const heading = form ? headingText(walk.formHeadings.get(form)) : headingText(found.heading);
      group = { form, fields: [], elements: [], heading, firstOrder: found.order };
      groups.set(form, group);
    }
    if (group.fields.length >= maxPerForm) {
      truncated = true;
      continue;
    }
    const features = fieldFeatures(found.el, found.index, found.heading, selectors, context, options.firstSeen);
    if (features.selector.length > maxSelector) {
      truncated = true;
      continue;
    }
    group.fields.push(features);
    group.elements.push(found.el);
  }

  const buttons = groupButtons(walk.buttons, groups, context, echo);
  const forms: FormFeatures[] = [];
  for (const group of groups.values()) {
    if (!group.fields.length) continue;
    const own = buttons.get(group.form);
    forms.push({
      selector: group.form ? selectors.selectorFor(group.form) : null,
      action: clip(group.form && attrOf(group.form, 'action')),
      buttons: own?.captions ?? [],
      submitButtons: own?.submit ?? 0,
      names: group.form ? formNames(group.form) : '',
      heading: group.heading,
      fields: group.fields,
    });
  }

  const pageOrigin = originOf(url);
  const title = cappedText(pageTitle(doc)).text;
  return {
    url,
    title: options.firstSeen ? options.firstSeen.settleTitle(title) : title,
    lang: clip(doc.documentElement?.getAttribute('lang'), 40),
    headings: walk.pageHeadings.map((h) => context.textOf(h)).filter(Boolean).slice(0, 10),
    forms,
    frameOrigins: origins(walk.frameSrcs, url, null, 100),
    scriptOrigins: origins(walk.scriptSrcs, url, pageOrigin, 200),
    truncated,
  };
}

/** Extracts the whole page in one go (the CLI; small pages). */
export function extractPage(doc: Document, url: string, options: ExtractOptions = {}): PageFeatures {
  const steps = extractPageSteps(doc, url, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before yielding to the page, in ms (default 8). */
  budgetMs?: number;
  /** How to yield (default: scheduler.yield where it exists, else a macrotask). */
  yieldFn?: () => Promise<void>;
  now?: () => number;
}

/**
 * Extracts the page in slices of at most ~`budgetMs`, yielding between them, so a page with tens of
 * thousands of fields never sees a long task from us. The DOM may change between slices; the
 * result then describes the page as it was while being read (callers rescan on mutations).
 */
export async function extractPageSliced(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
  slice: SliceOptions = {},
): Promise<PageFeatures> {
  const budget = slice.budgetMs ?? 8;
  const now = slice.now ?? (() => performance.now());
  const yieldFn = slice.yieldFn ?? defaultYield;
  const steps = extractPageSteps(doc, url, options);
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start >= budget) {
      await yieldFn();
      start = now();
    }
  }
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function fieldFeatures(
  el: FieldElement,
  index: RootIndex,
  heading: Element | null,
  selectors: SelectorBuilder,
  context: FieldContext,
  firstSeen: FirstSeenTexts | undefined,
): FieldFeatures {
  const tag = el.localName as FieldFeatures['tag'];
  const type =
    tag === 'input' ? inputType(el).slice(0, 40) : tag === 'select' ? (el.hasAttribute('multiple') ? 'select-multiple' : 'select-one') : 'textarea';
  // One call for the names present, then only those are read: a field has a handful of the ~17
  // attributes asked for here, and each DOM call is dear in a content script's cold first scan.
  const present = el.getAttributeNames();
  const raw = (name: string) => (present.includes(name) ? el.getAttribute(name) : null);
  const attr = (name: string) => clip(raw(name));
  const options = context.options(el);
  const settled = (slot: SettledSlot, text: string) => (firstSeen ? firstSeen.settle(el, slot, text) : text);
  const around = context.ancestry(el);
  const features: FieldFeatures = {
    selector: selectors.selectorFor(el),
    tag,
    type,
    name: attr('name'),
    id: attr('id'),
    autocomplete: attr('autocomplete'),
    inputmode: attr('inputmode'),
    pattern: attr('pattern'),
    minLength: intAttr(raw('minlength')),
    maxLength: intAttr(raw('maxlength')),
    placeholder: attr('placeholder'),
    title: attr('title'),
    ariaLabel: attr('aria-label'),
    ariaLabelledBy: context.idRefText(el, 'aria-labelledby', index),
    ariaDescribedBy: settled('describedBy', context.idRefText(el, 'aria-describedby', index)),
    labels: context.labels(el, index, around),
    // A placeholder of spaces (" ") exists only for the floating-label trick: the caption follows the field.
    nearbyText: settled('nearby', context.nearbyText(el) || (isBlank(raw('placeholder')) ? context.floatingCaption(el) : '')),
    // Only a box typed into can be the first part of what is printed after it ("@yahoo.com", "kg").
    afterText: tag === 'input' && !PICKED.has(type) ? settled('after', context.afterText(el)) : '',
    legend: context.legend(around),
    heading: heading ? context.textOf(heading) : '',
    options: options.texts,
    optionCount: options.count,
    accept: attr('accept'),
    capture: context.capture(type, present, raw),
    bindings: context.bindings(present, raw),
    required: present.includes('required') || raw('aria-required') === 'true',
    visible: context.visible(el),
    // The walk met the field in this root: a shadow root, or a (frame's) document.
    inShadowRoot: index.root.nodeType === 11,
  };
  if (index.frameOrigin !== undefined) features.frameOrigin = index.frameOrigin.slice(0, 300);
  return features;
}

const isBlank = (s: string | null): boolean => !!s && s.trim() === '';

/** Inputs picked, not typed: the text after one is its caption or the next question, so it is not looked for. */
const PICKED = new Set(['checkbox', 'radio', 'file', 'range', 'color']);

/** The document's <title>: the first one outside SVG/MathML (an icon's <title> names no page). */
function pageTitle(doc: Document): Element | null {
  for (const t of doc.querySelectorAll('title')) if (!closestTag(t, FOREIGN)) return t;
  return null;
}
const FOREIGN = new Set(['svg', 'math']);

/** The form's id, name and class, space-joined and clipped (developers name forms for what they do). */
function formNames(form: Element): string {
  return clip(['id', 'name', 'class'].map((a) => attrOf(form, a) ?? '').join(' '));
}

function intAttr(value: string | null): number | null {
  const v = value?.trim();
  if (!v || !/^\d{1,9}$/.test(v)) return null;
  return Number(v);
}

interface FormButtons {
  captions: string[];
  /** How many of `captions`, from the start, belong to buttons that submit the form. */
  submit: number;
}

/**
 * Button captions per form, submit buttons first; buttons outside any form count for the formless
 * group only when they sit with its fields, and there only an explicit type=submit is a submit
 * button (outside a form a bare <button> submits nothing).
 */
function groupButtons(
  found: FoundButton[],
  groups: Map<Element | null, Group>,
  context: FieldContext,
  echo: EchoRegions,
): Map<Element | null, FormButtons> {
  const submit = new Map<Element | null, string[]>();
  const other = new Map<Element | null, string[]>();
  const owners = found.map(({ el, index }) => formOwner(el, index));
  const formless = groups.get(null);
  const withFormless = formless ? formlessButtons(commonAncestor(formless.elements), found, owners, formless.firstOrder) : null;
  found.forEach(({ el, index, order }, i) => {
    const form = owners[i]!;
    const group = groups.get(form);
    if (!group) return;
    // A button before every field of its form is no action of that form: "Sign up with Google",
    // "Already a user? Sign in", a dialog's close button. A form's own action follows what it asks.
    if (order < group.firstOrder) return;
    if (form === null && !withFormless?.has(el)) return;
    const target = isSubmitButton(el, form === null) ? submit : other;
    const list = target.get(form) ?? [];
    if (list.length >= MAX_BUTTONS_PER_FORM) return;
    const caption = buttonCaption(el, (b) => context.idRefText(b, 'aria-labelledby', index), echo);
    if (caption) {
      list.push(caption);
      target.set(form, list);
    }
  });
  const out = new Map<Element | null, FormButtons>();
  for (const form of groups.keys()) {
    const first = submit.get(form) ?? [];
    out.set(form, { captions: [...first, ...(other.get(form) ?? [])].slice(0, MAX_BUTTONS_PER_FORM), submit: first.length });
  }
  return out;
}

/** How far above the formless fields' common ancestor their button may sit. */
const BUTTON_SCOPE_LEVELS = 3;
const SCOPE_STOP = new Set(['body', 'html', 'main']);

/**
 * The buttons outside any form that sit with the formless fields: inside the fields' common
 * ancestor, or — when no button after the first field sits there — inside the nearest of a few
 * ancestors that holds one. Script-driven dialogs put the fields in one box and the "Next" button
 * in a footer beside it.
 */
function formlessButtons(start: Element | null, found: FoundButton[], owners: (Element | null)[], firstOrder: number): Set<Element> {
  const inside = new Set<Element>();
  if (!start) return inside;
  const scopes = [start];
  for (let parent = composedParentOf(start); parent && scopes.length <= BUTTON_SCOPE_LEVELS && !SCOPE_STOP.has(tagOf(parent)); parent = composedParentOf(parent)) scopes.push(parent);
  // One climb per button (bounded like composedContains): the first scope it meets is the
  // smallest that holds it.
  const levels: Array<[Element, number]> = [];
  let best = scopes.length;
  found.forEach(({ el, order }, i) => {
    if (owners[i] !== null || order < firstOrder) return; // see groupButtons: not the group's action
    for (let node: Element | null = el, steps = 0; node && steps < 10_000; node = composedParentOf(node), steps++) {
      const level = scopes.indexOf(node);
      if (level < 0) continue;
      levels.push([el, level]);
      if (level < best) best = level;
      break;
    }
  });
  for (const [el, level] of levels) if (level <= best) inside.add(el);
  return inside;
}

function originOf(url: string): string | null {
  return httpOrigin(url, '');
}

/**
 * Whether `src` may parse as a URL on its own: it starts with a scheme once the URL parser's
 * leading controls and spaces and its tabs and newlines are left out. Without one, `new URL(src)`
 * can only throw, and a thrown error costs more than the parse (pages load scripts by relative path).
 */
const mayBeAbsolute = (src: string) => /^[a-z][a-z0-9+.-]*:/i.test(src.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));

/** Origin of an http(s) URL, relative ones resolved against `base` when it is a URL. */
function httpOrigin(src: string, base: string): string | null {
  const u = (mayBeAbsolute(src) ? parseUrl(src) : null) ?? (base ? parseUrl(src, base) : null);
  return u && (u.protocol === 'http:' || u.protocol === 'https:') ? u.origin : null;
}

function parseUrl(src: string, base?: string): URL | null {
  try {
    return new URL(src, base);
  } catch {
    return null;
  }
}

/** Distinct http(s) origins of `srcs` (relative ones resolved against the page URL), except `exclude`. */
function origins(srcs: string[], base: string, exclude: string | null, cap: number): string[] {
  const out = new Set<string>();
  for (const src of srcs) {
    const origin = httpOrigin(src.trim(), base);
    if (origin && origin !== exclude) out.add(origin.slice(0, 300));
    if (out.size >= cap) break;
  }
  return [...out];
}
