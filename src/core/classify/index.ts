// The classification engine: features of a page in, a classified page out. Pure and synchronous,
// so the worker, the CLI and the benches share it. Per form, in this order:
//   1. the field rules vote on every field on its own (autocomplete, type, texts, attribute names,
//      options, shape);
//   2. the form's kind is read once, from that field mix and its buttons, heading, title and URL
//      (form-kind.ts);
//   3. context rules settle what depends on neighbours and on the kind (cardholder, birth date vs
//      expiry, new password in a signup, …);
//   4. the learned combination (combine.ts) turns each field's votes into a category, a type, a
//      confidence, evidence and requirements.
import type { FieldFeatures, FormFeatures, PageFeatures } from '../features.ts';
import type { ClassifiedField, ClassifiedForm, FormKind, PageAnalysis } from '../report.ts';
import { applyContext } from './context.ts';
import { finalize, languagesFor, scoreField } from './field.ts';
import { detectFormKind, formCues, pageCues } from './form-kind.ts';
import { FORM_WEIGHTS, type FormWeights } from './form-weights.ts';
import { CUE_COUNT } from './terms.ts';
import { decide } from './combine.ts';
import { type LearnedWeights, MODEL } from './model.ts';
import type { FieldScore } from './scoreboard.ts';
import { thisYear } from './signals/options.ts';

const NO_CUES: readonly number[] = new Array<number>(CUE_COUNT).fill(0);

export interface ClassifyOptions {
  providerId?: string | null;
  /** Weights other than the committed ones (the cross-validation bench fits its own per fold). */
  model?: LearnedWeights;
  /** Form-kind rule weights other than the committed ones (the cross-validation bench fits its own per fold). */
  formWeights?: FormWeights;
  /** The year the page is from: an archived page's capture year; default this year (read per call). */
  year?: number;
}

/** One field without its form (the form-level rules see a form of one). */
export function classifyField(f: FieldFeatures, model: LearnedWeights = MODEL): ClassifiedField {
  const fs = scoreField(f, 0);
  applyContext([fs], { kind: 'other', cues: NO_CUES });
  return finalize(fs, decide(fs, model.field));
}

/** The field rules, the form's kind and the context rules over one form: the scores the learned combination reads. */
export function scoreForm(form: FormFeatures, around: readonly number[], langs = 0, year = thisYear(), formWeights: FormWeights = FORM_WEIGHTS): { kind: FormKind; fields: FieldScore[] } {
  const fields = form.fields.map((f, i) => scoreField(f, i, langs, year));
  const cues = formCues(form, around, fields);
  const kind = detectFormKind(fields, cues, formWeights);
  applyContext(fields, { kind, cues });
  return { kind, fields };
}

/** One form; `around` = pageCues(page), computed once per page. */
export function classifyForm(
  form: FormFeatures,
  around: readonly number[],
  langs = 0,
  year = thisYear(),
  model: LearnedWeights = MODEL,
  formWeights: FormWeights = FORM_WEIGHTS,
): ClassifiedForm {
  const { kind, fields } = scoreForm(form, around, langs, year, formWeights);
  return {
    selector: form.selector,
    kind,
    fields: fields.map((fs) => finalize(fs, decide(fs, model.field))),
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
    forms: page.forms.map((form) => classifyForm(form, around, langs, year, options.model, options.formWeights)),
    vendors: [],
    truncated: page.truncated,
  };
}

export { detectFormKind } from './form-kind.ts';
