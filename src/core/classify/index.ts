// The classification engine: features of a page in, a classified page out. Pure and synchronous,
// so the worker, the CLI and the benches share it. Per form:
//   1. every field is scored on its own (autocomplete, type, texts, attribute names, options, shape);
//   2. the form's kind is read from that field mix and its buttons, heading, title and URL;
//   3. context rules settle what depends on neighbours (cardholder, birth date vs expiry, …);
//   4. each field's best type becomes category, confidence, evidence and requirements.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../features.ts';
import type { ClassifiedField, ClassifiedForm, PageAnalysis } from '../report.ts';
import { applyContext } from './context.ts';
import { finalize, scoreField } from './field.ts';
import { detectFormKind, formCues } from './form-kind.ts';
import { CUE_COUNT } from './terms.ts';

export interface ClassifyOptions {
  providerId?: string | null;
}

/** One field without its form (the form-level rules see a form of one). */
export function classifyField(f: FieldFeatures): ClassifiedField {
  const fs = scoreField(f, 0);
  applyContext([fs], { kind: 'other', cues: new Float64Array(CUE_COUNT) });
  return finalize(fs);
}

export function classifyForm(form: FormFeatures, page: PageFeatures): ClassifiedForm {
  const fields = form.fields.map(scoreField);
  const cues = formCues(form, page);
  const kind = detectFormKind(fields, cues);
  applyContext(fields, { kind, cues });
  return {
    selector: form.selector,
    kind: detectFormKind(fields, cues),
    fields: fields.map(finalize),
  };
}

export function classifyPage(page: PageFeatures, options: ClassifyOptions = {}): PageAnalysis {
  return {
    url: page.url,
    title: page.title,
    providerId: options.providerId ?? null,
    forms: page.forms.map((form) => classifyForm(form, page)),
    vendors: [],
    truncated: page.truncated,
  };
}

export { detectFormKind } from './form-kind.ts';
