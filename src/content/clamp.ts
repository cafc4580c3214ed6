// Holds a scan's result to the caps of the message schema (src/core/features.ts) before it is sent:
// the worker rejects anything larger, and a hostile page must produce a bounded report, not none.
// The extractor already clips; this is the last line, written without zod to keep the script small.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../core/features.ts';
import { FIELD_TEXT_KEYS } from '../core/field-facts.ts';
import {
  BUTTONS_CAP,
  FORMS_CAP,
  FRAME_ORIGINS_CAP,
  HEADINGS_CAP,
  LABELS_CAP,
  OPTIONS_CAP,
  ORIGIN_CAP,
  PAGE_FIELDS_CAP,
  SCRIPT_ORIGINS_CAP,
  SELECTOR_CAP,
  SHORT_CAP,
  TEXT_CAP,
  URL_CAP,
} from '../core/limits.ts';

export const MAX_FIELDS = PAGE_FIELDS_CAP;
/** Rough bound on a report's text (characters): keeps a message of a hostile page a few MB at most. */
export const MAX_REPORT_CHARS = 3_000_000;

const text = (s: unknown) => (typeof s === 'string' ? (s.length > TEXT_CAP ? s.slice(0, TEXT_CAP) : s) : '');
const texts = (a: unknown, cap: number) => (Array.isArray(a) ? a.slice(0, cap).map(text) : []);

/** A selector too long for the schema keeps its innermost part (still names the element's path end). */
export function clampSelector(s: string): string {
  if (s.length <= SELECTOR_CAP) return s;
  const tail = s.slice(s.length - SELECTOR_CAP);
  const cut = tail.indexOf(' > ');
  return cut >= 0 ? tail.slice(cut + 3) : tail;
}


/** Size of a field in characters, or -1 when it breaks a cap (then clampField copies and cuts it). */
function measure(f: FieldFeatures): number {
  if (f.selector.length > SELECTOR_CAP || f.type.length > SHORT_CAP || f.labels.length > LABELS_CAP || f.options.length > OPTIONS_CAP) return -1;
  if ((f.frameOrigin?.length ?? 0) > ORIGIN_CAP) return -1;
  let n = 200 + f.selector.length;
  for (const k of FIELD_TEXT_KEYS) {
    const v = f[k];
    if (v === undefined) continue; // an optional text (bindings) the page did not have
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
  const out: FieldFeatures = { ...f, selector: clampSelector(f.selector), type: f.type.slice(0, SHORT_CAP), labels: texts(f.labels, LABELS_CAP), options: texts(f.options, OPTIONS_CAP) };
  for (const k of FIELD_TEXT_KEYS) if (f[k] !== undefined) out[k] = text(f[k]);
  if (f.frameOrigin !== undefined) out.frameOrigin = f.frameOrigin.slice(0, ORIGIN_CAP);
  return out;
}

export function clampFeatures(page: PageFeatures, maxFields = MAX_FIELDS): PageFeatures {
  let truncated = page.truncated || page.forms.length > FORMS_CAP;
  let budget = maxFields;
  let chars = 0;
  const forms: FormFeatures[] = [];
  for (const form of page.forms.slice(0, FORMS_CAP)) {
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
      buttons: texts(form.buttons, BUTTONS_CAP),
      ...(form.submitButtons !== undefined && { submitButtons: Math.min(form.submitButtons, BUTTONS_CAP) }),
      ...(form.names !== undefined && { names: text(form.names) }),
      heading: text(form.heading),
      fields,
    });
  }
  const origins = (a: readonly string[], cap: number) => a.filter((o) => o.length <= ORIGIN_CAP).slice(0, cap);
  return {
    url: page.url.slice(0, URL_CAP),
    title: text(page.title),
    lang: page.lang.slice(0, SHORT_CAP),
    headings: texts(page.headings, HEADINGS_CAP),
    forms,
    frameOrigins: origins(page.frameOrigins, FRAME_ORIGINS_CAP),
    scriptOrigins: origins(page.scriptOrigins, SCRIPT_ORIGINS_CAP),
    truncated,
  };
}
