// Holds a scan's result to the caps of the message schema (src/core/features.ts) before it is sent:
// the worker rejects anything larger, and a hostile page must produce a bounded report, not none.
// The extractor already clips; this is the last line, written without zod to keep the script small.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../core/features.ts';
import { LABELS_CAP, OPTIONS_CAP, TEXT_CAP } from '../core/limits.ts';

export const MAX_FIELDS = 2000;
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

function clampField(f: FieldFeatures): FieldFeatures {
  const out: FieldFeatures = {
    ...f,
    selector: clampSelector(f.selector),
    type: f.type.slice(0, 40),
    name: text(f.name),
    id: text(f.id),
    autocomplete: text(f.autocomplete),
    inputmode: text(f.inputmode),
    pattern: text(f.pattern),
    placeholder: text(f.placeholder),
    title: text(f.title),
    ariaLabel: text(f.ariaLabel),
    ariaLabelledBy: text(f.ariaLabelledBy),
    ariaDescribedBy: text(f.ariaDescribedBy),
    labels: texts(f.labels, LABELS_CAP),
    nearbyText: text(f.nearbyText),
    headerText: text(f.headerText),
    legend: text(f.legend),
    heading: text(f.heading),
    options: texts(f.options, OPTIONS_CAP),
    accept: text(f.accept),
  };
  if (f.frameOrigin !== undefined) out.frameOrigin = f.frameOrigin.slice(0, MAX_ORIGIN);
  return out;
}

const sizeOf = (f: FieldFeatures) => {
  let n = 200 + f.selector.length;
  for (const v of Object.values(f)) {
    if (typeof v === 'string') n += v.length;
    else if (Array.isArray(v)) for (const s of v) n += (s as string).length + 3;
  }
  return n;
};

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
      const clamped = clampField(f);
      chars += sizeOf(clamped);
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
