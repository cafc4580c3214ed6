// Walking-skeleton extractor over standard DOM interfaces (runs in the content script and, later,
// over a Node DOM in the CLI). It reads attributes and text, never a field's value.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../core/features.ts';
import { TEXT_CAP } from '../core/limits.ts';

const SKIP_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

const clip = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, TEXT_CAP);

export function cssPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.nodeType === 1) {
    const tag = node.localName;
    const parent: Element | null = node.parentElement;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    let index = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.localName === tag) index++;
    }
    parts.unshift(`${tag}:nth-of-type(${index})`);
    node = parent;
  }
  return parts.join(' > ');
}

function labelsOf(el: Element, doc: Document): string[] {
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id) for (const l of doc.querySelectorAll(`label[for="${CSS.escape(id)}"]`)) out.push(clip(l.textContent));
  const wrap = el.closest('label');
  if (wrap) out.push(clip(wrap.textContent));
  return out.filter(Boolean).slice(0, 6);
}

function fieldFeatures(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, doc: Document): FieldFeatures {
  const tag = el.localName as FieldFeatures['tag'];
  const type = tag === 'input' ? (el.getAttribute('type') || 'text').toLowerCase() : tag === 'select' ? 'select-one' : 'textarea';
  const options = tag === 'select' ? [...(el as HTMLSelectElement).options].map((o) => clip(o.textContent)) : [];
  const num = (name: string) => {
    const v = el.getAttribute(name);
    return v !== null && /^\d+$/.test(v) ? Number(v) : null;
  };
  return {
    selector: cssPath(el),
    tag,
    type,
    name: clip(el.getAttribute('name')),
    id: clip(el.getAttribute('id')),
    autocomplete: clip(el.getAttribute('autocomplete')),
    inputmode: clip(el.getAttribute('inputmode')),
    pattern: clip(el.getAttribute('pattern')),
    minLength: num('minlength'),
    maxLength: num('maxlength'),
    placeholder: clip(el.getAttribute('placeholder')),
    title: clip(el.getAttribute('title')),
    ariaLabel: clip(el.getAttribute('aria-label')),
    ariaLabelledBy: '',
    ariaDescribedBy: '',
    labels: labelsOf(el, doc),
    nearbyText: '',
    headerText: '',
    legend: clip(el.closest('fieldset')?.querySelector('legend')?.textContent),
    heading: '',
    options: options.slice(0, 40),
    optionCount: options.length,
    accept: clip(el.getAttribute('accept')),
    required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
    visible: true,
    inShadowRoot: false,
  };
}

export function extractPage(doc: Document, url: string): PageFeatures {
  const byForm = new Map<HTMLFormElement | null, FieldFeatures[]>();
  for (const el of doc.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
    if (el.localName === 'input' && SKIP_INPUT_TYPES.has((el.getAttribute('type') || 'text').toLowerCase())) continue;
    const form = el.closest('form');
    const list = byForm.get(form) ?? [];
    list.push(fieldFeatures(el, doc));
    byForm.set(form, list);
  }
  const forms: FormFeatures[] = [...byForm].map(([form, fields]) => ({
    selector: form ? cssPath(form) : null,
    action: clip(form?.getAttribute('action')),
    buttons: form ? [...form.querySelectorAll('button, input[type=submit]')].map((b) => clip(b.textContent || b.getAttribute('value'))).slice(0, 20) : [],
    heading: '',
    fields,
  }));
  return {
    url,
    title: clip(doc.title),
    lang: clip(doc.documentElement.getAttribute('lang')).slice(0, 40),
    headings: [...doc.querySelectorAll('h1, h2')].map((h) => clip(h.textContent)).slice(0, 10),
    forms,
    frameOrigins: [],
    scriptOrigins: [],
    truncated: false,
  };
}
