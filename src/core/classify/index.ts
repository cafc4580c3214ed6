// The classification engine: features of a page in, a classified page out. Pure and synchronous,
// so the worker, the CLI and the benches share it. Per form:
//   1. every field is scored on its own (autocomplete, type, texts, attribute names, options, shape);
//   2. the form's kind is read from that field mix and its buttons, heading, title and URL;
//   3. context rules settle what depends on neighbours (cardholder, birth date vs expiry, …);
//   4. each field's best type becomes category, confidence, evidence and requirements.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../features.ts';
import type { ClassifiedField, ClassifiedForm, PageAnalysis } from '../report.ts';
import { applyContext } from './context.ts';
import { finalize, languagesFor, scoreField } from './field.ts';
import { detectFormKind, formCues, pageCues } from './form-kind.ts';
import { thisYear } from './signals/options.ts';
import { CUE_COUNT } from './terms.ts';

const NO_CUES: readonly number[] = new Array<number>(CUE_COUNT).fill(0);

export interface ClassifyOptions {
  providerId?: string | null;
  /** The year the page is from: an archived page's capture year; default this year (read per call). */
  year?: number;
}

/** One field without its form (the form-level rules see a form of one). */
export function classifyField(f: FieldFeatures): ClassifiedField {
  const fs = scoreField(f, 0);
  applyContext([fs], { kind: 'other', cues: NO_CUES });
  return finalize(fs);
}

/** One form; `around` = pageCues(page), computed once per page. */
export function classifyForm(form: FormFeatures, around: readonly number[], langs = 0, year = thisYear()): ClassifiedForm {
  const fields = form.fields.map((f, i) => scoreField(f, i, langs, year));
  const cues = formCues(form, around);
  const kind = detectFormKind(fields, cues);
  applyContext(fields, { kind, cues });
  return {
    selector: form.selector,
    kind: detectFormKind(fields, cues),
    fields: fields.map(finalize),
  };
}

export function classifyPage(page: PageFeatures, options: ClassifyOptions = {}): PageAnalysis {
  const around = pageCues(page);
  const langs = languagesFor(page.lang);
  const year = options.year ?? thisYear();
  return {
    url: page.url,
    title: page.title,
    providerId: options.providerId ?? null,
    forms: page.forms.map((form) => classifyForm(form, around, langs, year)),
    vendors: [],
    truncated: page.truncated,
  };
}

export { detectFormKind } from './form-kind.ts';
