// The development corpus (../shared/corpus, see its README) for the benches: list its pages, strip
// the hand-made labels and pre-filled values before anything classifies them, and read those labels
// mapped to the project's categories. The corpus is read in place, never copied into the repo.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/parse-html.ts';
import type { FormKind } from '../src/core/report.ts';
import type { Category } from '../src/core/taxonomy/categories.ts';
import { SelectorBuilder } from '../src/dom/selector.ts';

export const CORPUS_SETS = ['ddg-test-forms', 'firefox-ai-training'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** ../shared/corpus beside the repo, or $KYC_CORPUS_DIR. */
export const CORPUS_DIR = process.env.KYC_CORPUS_DIR ?? fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

/** Absolute paths of a set's HTML pages, sorted by name. */
export function listCorpusFiles(set: CorpusSet, dir = CORPUS_DIR): string[] {
  const setDir = join(dir, set);
  return readdirSync(setDir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => join(setDir, f));
}

// ---------------------------------------------------------------------------------------------
// Stripping. Works on the HTML text so a bench can hand the CLI exactly what it would read from a
// file. Only attributes inside start tags and the text of <textarea>s change, so the parsed tree
// (and every nth-of-type selector) is the same as the original's. Comments and the text of raw-text
// elements (<script>, <style>, <title>, <noscript>…) pass through untouched, so a "<textarea" inside
// them is not mistaken for markup.

const LABEL_ATTRIBUTE =
  /^(?:data-manual-[\w-]*|data-ddg-[\w-]*|autofill-information|data-moz-autofill-type|data-moz-autofill-inspect-id|data-fathom)$/i;
const BUTTON_TYPES = new Set(['submit', 'button', 'reset', 'image']);
// Attribute syntax as the HTML tokenizer reads it: quotes start a value only after "=", so a stray
// `"="` attribute name (seen in the corpus) does not throw the rest of the tag off. The tag pattern
// always matches up to ">" or the end of the text, so it never backtracks.
const OPEN = /<!--|<([a-zA-Z][^\s/>]*)((?:[^>=]+|=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))*)(>|$)/g;
const RAW_TEXT = new Set(['script', 'style', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea']);
const ATTR = /(\s*)([^\s/>=][^\s/>=]*)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]*))?/g;

function rewriteAttrs(attrs: string, tag: string): string {
  const isInput = tag.toLowerCase() === 'input';
  let isButton = false;
  if (isInput)
    for (const m of attrs.matchAll(ATTR))
      if (m[2]!.toLowerCase() === 'type' && BUTTON_TYPES.has((m[4] ?? '').replace(/^["']|["']$/g, '').trim().toLowerCase())) isButton = true;
  return attrs.replace(ATTR, (whole, space: string, name: string, eq?: string) => {
    if (LABEL_ATTRIBUTE.test(name)) return '';
    if (isInput && !isButton && name.toLowerCase() === 'value' && eq) return `${space}value=""`;
    return whole;
  });
}

/**
 * Removes the corpus's label attributes (`data-manual-*`, `data-ddg-*`, `autofill-information`,
 * `data-moz-autofill-type`, `data-moz-autofill-inspect-id`, `data-fathom`) and blanks pre-filled
 * values (`value=` of inputs other than buttons, the text of textareas).
 */
export function stripCorpusLabels(html: string): string {
  const out: string[] = [];
  let pos = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    out.push(html.slice(pos, m.index));
    if (m[0] === '<!--') {
      // "<!-->" and "<!--->" are complete (empty) comments, as in the HTML tokenizer.
      const rest = html.slice(m.index + 4, m.index + 6);
      const close = rest.startsWith('>') || rest === '->' ? m.index + 2 + rest.indexOf('>') : html.indexOf('-->', m.index + 4);
      pos = close < 0 ? html.length : close + 3;
      out.push(html.slice(m.index, pos));
    } else {
      const tag = m[1]!;
      out.push(`<${tag}${rewriteAttrs(m[2] ?? '', tag)}${m[3]}`);
      pos = m.index + m[0].length;
      const lower = tag.toLowerCase();
      if (RAW_TEXT.has(lower) && m[3]) {
        // Raw text runs to the first "</tag"; a textarea's text (a pre-filled value) is dropped.
        const close = indexOfCaseless(html, `</${lower}`, pos);
        const end = close < 0 ? html.length : close;
        if (lower !== 'textarea') out.push(html.slice(pos, end));
        pos = end;
      }
    }
    OPEN.lastIndex = pos;
  }
  out.push(html.slice(pos));
  return out.join('');
}

function indexOfCaseless(text: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

// ---------------------------------------------------------------------------------------------
// Labels, mapped per the corpus README. `null` categories = not scored (ddg `unknown` is not a
// reliable negative). Several categories = any of them is right (`username OR emailAddress`).

const DDG_MAP: Record<string, Category> = {
  firstName: 'name',
  middleName: 'name',
  lastName: 'name',
  fullName: 'name',
  emailAddress: 'email',
  phone: 'phone',
  addressStreet: 'address',
  addressStreet2: 'address',
  addressCity: 'address',
  addressProvince: 'address',
  addressPostalCode: 'address',
  addressCountryCode: 'address',
  cardName: 'payment',
  cardNumber: 'payment',
  cardSecurityCode: 'payment',
  expiration: 'payment',
  expirationMonth: 'payment',
  expirationYear: 'payment',
  birthday: 'date-of-birth',
  birthdayDay: 'date-of-birth',
  birthdayMonth: 'date-of-birth',
  birthdayYear: 'date-of-birth',
  username: 'credentials',
  password: 'credentials',
  totp: 'credentials',
};

/** Category of a ddg `data-manual-scoring` value (`type[.variant]`, possibly "a OR b"). */
export function ddgLabelCategories(raw: string): Category[] | null {
  const out = new Set<Category>();
  for (const alt of raw.split(/\s+OR\s+/)) {
    const base = alt.trim().split('.')[0] ?? '';
    const cat = DDG_MAP[base];
    if (cat) out.add(cat);
  }
  return out.size ? [...out] : null;
}

// Tokens beyond the README's list (seen in the files) follow the same families: street/stair/
// block/reference-point/… are address parts, phonetic-* names, cc-given-name etc. payment.
const FIREFOX_EXACT: Record<string, Category | null> = {
  name: 'name',
  'given-name': 'name',
  'family-name': 'name',
  'additional-name': 'name',
  'honorific-prefix': 'name',
  'honorific-suffix': 'name',
  email: 'email',
  organization: 'organization',
  'organization-title': 'organization',
  bday: 'date-of-birth',
  'id-number': 'government-id',
  'vat-number': 'tax-id',
  loginname: 'credentials',
  username: 'credentials',
  password: 'credentials',
  'new-password': 'credentials',
  other: 'other',
  sex: 'other',
  nickname: null,
  'street-address': 'address',
  street: 'address',
  apartment: 'address',
  floor: 'address',
  building: 'address',
  stair: 'address',
  block: 'address',
  'reference-point': 'address',
  country: 'address',
  'country-name': 'address',
};

/** Category of a firefox `data-moz-autofill-type` token. */
export function firefoxLabelCategories(raw: string): Category[] | null {
  const t = raw.trim().toLowerCase();
  if (t in FIREFOX_EXACT) {
    const c = FIREFOX_EXACT[t];
    return c ? [c] : null;
  }
  if (t.startsWith('tel')) return ['phone'];
  if (t.startsWith('cc-')) return ['payment'];
  if (t.startsWith('bday-')) return ['date-of-birth'];
  if (t.startsWith('address-') || t.startsWith('postal-code')) return ['address'];
  if (t.startsWith('phonetic-')) return ['name'];
  return null;
}

export interface CorpusLabel {
  /** Selector of the labeled element (same format and same tree as the extractor's). */
  selector: string;
  tag: string;
  /** The label as written in the file. */
  raw: string;
  /** Accepted categories, or null when the label is not scored. */
  categories: Category[] | null;
}

const LABEL_ATTR: Record<CorpusSet, string> = {
  'ddg-test-forms': 'data-manual-scoring',
  'firefox-ai-training': 'data-moz-autofill-type',
};

/** Reads the labels of an unstripped page. */
export function readCorpusLabels(set: CorpusSet, rawHtml: string): CorpusLabel[] {
  const doc = parseHtml(rawHtml);
  const attr = LABEL_ATTR[set];
  const selectors = new SelectorBuilder();
  return [...doc.querySelectorAll(`[${attr}]`)].map((el) => {
    const raw = el.getAttribute(attr) ?? '';
    return {
      selector: selectors.selectorFor(el),
      tag: el.localName,
      raw,
      categories: set === 'ddg-test-forms' ? ddgLabelCategories(raw) : firefoxLabelCategories(raw),
    };
  });
}

/** `<site>_<kind>.html` → kind (`signup`, `login`, `checkout`, …) for ddg pages; '' otherwise. */
export function ddgPageKind(file: string): string {
  const name = basename(file).replace(/\.html?$/i, '');
  const i = name.lastIndexOf('_');
  return i >= 0 ? name.slice(i + 1) : '';
}

export interface CorpusPage {
  file: string;
  set: CorpusSet;
  /** Stripped HTML, ready for the CLI/extractor. */
  html: string;
  labels: CorpusLabel[];
  /** Selectors of the submit buttons the labelers marked (ddg `data-manual-submit`): they sit in the form the file is about. */
  submits: string[];
}

export function loadCorpusPage(set: CorpusSet, file: string): CorpusPage {
  const raw = readFileSync(file, 'utf8');
  return { file, set, html: stripCorpusLabels(raw), labels: readCorpusLabels(set, raw), submits: readMarkedSubmits(raw) };
}

/** Selectors of the elements carrying `data-manual-submit` in an unstripped page. */
export function readMarkedSubmits(rawHtml: string): string[] {
  const doc = parseHtml(rawHtml);
  const selectors = new SelectorBuilder();
  return [...doc.querySelectorAll('[data-manual-submit]')].map((el) => selectors.selectorFor(el));
}

// ---------------------------------------------------------------------------------------------
// Grouping and form kinds, for cross-validation.

/** Labels that are the tail of a host, not the site's own name ("co.uk", "com.br", "gov"). */
const HOST_TAILS = new Set(['www', 'm', 'com', 'net', 'org', 'gov', 'edu', 'co', 'ac', 'or', 'ne', 'go', 'gob', 'gv']);

/**
 * The site a page belongs to, so that no site lands in both the training and the scoring part of a
 * fold: the host's own name (mediamarkt for www.mediamarkt.de, qantas for qantas_com_login.html),
 * from the page's address when it has one, else from the file name.
 */
export function corpusSite(set: CorpusSet, file: string, url: string | undefined): string {
  let host = '';
  if (url) {
    try {
      host = new URL(url).hostname;
    } catch {
      host = '';
    }
  }
  if (!host) {
    const name = basename(file).replace(/\.html?$/i, '');
    // ddg: "<site>_<kind>" with the site's dots written as "_"; firefox: "<CC>_<host or id>".
    host = set === 'ddg-test-forms' ? name.replace(/_[^_]*$/, '').replace(/_/g, '.') : name.replace(/^[A-Z]{2}_/, '');
  }
  const labels = host.toLowerCase().split('.').filter(Boolean);
  while (labels.length > 1 && (HOST_TAILS.has(labels[labels.length - 1]!) || labels[labels.length - 1]!.length <= 2)) labels.pop();
  while (labels.length > 1 && HOST_TAILS.has(labels[0]!)) labels.shift();
  return labels[labels.length - 1] ?? host;
}

/**
 * The kind of the form a ddg file is about, from its name, as the project's form kinds: any name
 * with "signup" is a signup (strict: `login_signup`, one email-first flow for both, must say signup),
 * then login, checkout/payment, newsletter, password change, one-time codes, search; the rest other.
 */
export function ddgFormKind(file: string): FormKind {
  const name = basename(file).replace(/\.html?$/i, '').toLowerCase();
  const kind = name.slice(name.indexOf('_') + 1);
  if (/signup/.test(kind)) return 'signup';
  if (/(^|[_-])login$/.test(kind)) return 'login';
  if (/checkout|payment|card|cart|donation|booking|payout/.test(kind)) return 'checkout';
  if (/newsletter/.test(kind)) return 'newsletter';
  if (/change-password/.test(kind)) return 'profile';
  if (/confirmation-code|otp|2fa|security-step/.test(kind)) return 'verification';
  if (/(^|_)search$/.test(kind)) return 'search';
  return 'other';
}
