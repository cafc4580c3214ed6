// Holds a scan's result to the caps of the message schema (src/core/features.ts) before it is sent:
// the worker rejects anything larger, and a hostile page must produce a bounded report, not none.
// The extractor already clips; this is the last line, written without zod to keep the script small.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../core/features.ts';
import { LABELS_CAP, OPTIONS_CAP, PAGE_FIELDS_CAP, TEXT_CAP } from '../core/limits.ts';

export const MAX_FIELDS = PAGE_FIELDS_CAP;
const MAX_FORMS = 200;
const MAX_FRAME_ORIGINS = 100;
const MAX_SCRIPT_ORIGINS = 200;
const MAX_SELECTOR = 4000;
const MAX_ORIGIN = 300;
/** Rough bound on a report's text (characters): keeps a message of a hostile page a few MB at most. */
export const MAX_REPORT_CHARS = 3_000_000;

const text = (s: unknown) => (typeof s === 'string' ? (s.length > TEXT_CAP ? s.slice(0, TEXT_CAP) : s) : '');
const texts = (a: unknown, cap: number) => (Array.isArray(a) ? a.slice(0, cap).map(text) : []);

/** A selector too long for the schema keeps its innermost part (still names the element's path end). */
export function clampSelector(s: string): string {
  if (s.length <= MAX_SELECTOR) return s;
  const tail = s.slice(s.length - MAX_SELECTOR);
  const cut = tail.indexOf(' > ');
  return cut >= 0 ? tail.slice(cut + 3) : tail;
}

const TEXT_KEYS = [
  'name', 'id', 'autocomplete', 'inputmode', 'pattern', 'placeholder', 'title', 'ariaLabel', 'ariaLabelledBy',
  'ariaDescribedBy', 'nearbyText', 'headerText', 'legend', 'heading', 'accept',
] as const satisfies readonly (keyof FieldFeatures)[];

/** Size of a field in characters, or -1 when it breaks a cap (then clampField copies and cuts it). */
function measure(f: FieldFeatures): number {
  if (f.selector.length > MAX_SELECTOR || f.type.length > 40 || f.labels.length > LABELS_CAP || f.options.length > OPTIONS_CAP) return -1;
  if ((f.frameOrigin?.length ?? 0) > MAX_ORIGIN) return -1;
  let n = 200 + f.selector.length;
  for (const k of TEXT_KEYS) {
    const v = f[k];
    if (typeof v !== 'string' || v.length > TEXT_CAP) return -1;
    n += v.length;
  }
  for (const list of [f.labels, f.options]) {
    for (const v of list) {
      if (typeof v !== 'string' || v.length > TEXT_CAP) return -1;
      n += v.length + 3;
    }
  }
  return n;
}

function clampField(f: FieldFeatures): FieldFeatures {
  const out: FieldFeatures = { ...f, selector: clampSelector(f.selector), type: f.type.slice(0, 40), labels: texts(f.labels, LABELS_CAP), options: texts(f.options, OPTIONS_CAP) };
  for (const k of TEXT_KEYS) out[k] = text(f[k]);
  if (f.frameOrigin !== undefined) out.frameOrigin = f.frameOrigin.slice(0, MAX_ORIGIN);
  return out;
}

export function clampFeatures(page: PageFeatures, maxFields = MAX_FIELDS): PageFeatures {
  let truncated = page.truncated || page.forms.length > MAX_FORMS;
  let budget = maxFields;
  let chars = 0;
  const forms: FormFeatures[] = [];
  for (const form of page.forms.slice(0, MAX_FORMS)) {
    if (budget <= 0) {
      truncated = truncated || form.fields.length > 0;
      if (form.fields.length > 0) continue;
    }
    const fields: FieldFeatures[] = [];
    for (const f of form.fields) {
      if (fields.length >= budget) break;
      // Fields within the caps (all of them, from the shared extractor) are kept as they are: no copy.
      const size = measure(f);
      const clamped = size < 0 ? clampField(f) : f;
      chars += size < 0 ? measure(clamped) : size;
      if (chars > MAX_REPORT_CHARS) {
        budget = 0;
        break;
      }
      fields.push(clamped);
    }
    if (fields.length < form.fields.length) truncated = true;
    budget -= fields.length;
    forms.push({
      selector: form.selector === null ? null : clampSelector(form.selector),
      action: text(form.action),
      buttons: texts(form.buttons, 20),
      ...(form.submitButtons !== undefined && { submitButtons: Math.min(form.submitButtons, 20) }),
      ...(form.names !== undefined && { names: text(form.names) }),
      heading: text(form.heading),
      fields,
    });
  }
  const origins = (a: readonly string[], cap: number) => a.filter((o) => o.length <= MAX_ORIGIN).slice(0, cap);
  return {
    url: page.url.slice(0, 4000),
    title: text(page.title),
    lang: page.lang.slice(0, 40),
    headings: texts(page.headings, 10),
    forms,
    frameOrigins: origins(page.frameOrigins, MAX_FRAME_ORIGINS),
    scriptOrigins: origins(page.scriptOrigins, MAX_SCRIPT_ORIGINS),
    truncated,
  };
}
