// Small one-form pages of inline HTML, run through the real extraction and classification, for the
// caption probes (multilingual-probe.test.ts, languages.test.ts): neutral attribute names (name="f2"),
// so only the caption and the page language can decide.
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import type { ClassifiedField, PageAnalysis } from '../../../src/core/report.ts';
import { extractPage } from '../../../src/dom/extract.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export interface Box {
  caption: string;
  /** Attribute name; neutral by default. */
  name?: string;
  type?: string;
  options?: string[];
}

/** The classified fields of a one-form page in `lang`, in document order. */
export function classify(lang: string, boxes: Box[], button: string): ClassifiedField[] {
  const inputs = boxes.map((b, i) => {
    const id = `f${i + 1}`;
    const name = b.name ?? id;
    const control = b.options
      ? `<select id="${id}" name="${name}"><option value="">—</option>${b.options.map((o) => `<option>${esc(o)}</option>`).join('')}</select>`
      : `<input id="${id}" name="${name}" type="${b.type ?? 'text'}">`;
    return `<div><label for="${id}">${esc(b.caption)}</label>${control}</div>`;
  });
  const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>Example</title></head><body><main><form action="/submit" method="post">${inputs.join('\n')}<button type="submit">${esc(button)}</button></form></main></body></html>`;
  const analysis = classifyPage(extractPage(parseHtml(html), 'https://example.test/account'));
  return analysis.forms.flatMap((f) => f.fields);
}

/** A page in `lang` whose body is `body` (its forms written out), classified. */
export function analysePage(lang: string, body: string, url = 'https://example.test/page'): PageAnalysis {
  const html = `<!doctype html><html lang="${lang}"><head><title>Example</title></head><body>${body}</body></html>`;
  return classifyPage(extractPage(parseHtml(html), url));
}

/** The classified fields of such a page, in document order. */
export const fieldsOf = (lang: string, body: string, url?: string): ClassifiedField[] => analysePage(lang, body, url).forms.flatMap((f) => f.fields);

/** The kind of every form of such a page, in document order. */
export const kindsOf = (lang: string, body: string, url?: string): string[] => analysePage(lang, body, url).forms.map((f) => f.kind);

/** The probed box sits in a signup form: a person's first name before it, email and password after. */
export const inSignup = (lang: string, caption: string, box: Partial<Box> = {}): ClassifiedField =>
  classify(lang, [{ caption: 'First name', name: 'firstname' }, { caption, ...box }, { caption: 'Email', name: 'email', type: 'email' }, { caption: 'Password', name: 'password', type: 'password' }], 'Sign up')[1]!;

/** The probed box sits in an address block, between a street and a city (named by their attributes). */
export const inAddress = (lang: string, caption: string): ClassifiedField =>
  classify(lang, [{ caption: '', name: 'street' }, { caption }, { caption: '', name: 'city' }, { caption: '', name: 'postcode' }], 'Save')[1]!;

/** The probed box sits in a checkout form: a name before it, a phone and a street after. */
export const inCheckout = (lang: string, caption: string): ClassifiedField =>
  classify(lang, [{ caption: '', name: 'fullname' }, { caption }, { caption: '', name: 'phone', type: 'tel' }, { caption: '', name: 'street' }], 'Pay')[1]!;
