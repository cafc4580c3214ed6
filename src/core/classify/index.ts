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
import type { ClassifiedField, FormKind, PageAnalysis } from '../report.ts';
import { applyContext } from './context.ts';
import { finalize, languagesFor, scoreField } from './field.ts';
import { detectFormKind, formCues, pageCues } from './form-kind.ts';
import { FORM_WEIGHTS, type FormWeights } from './form-weights.ts';
import { CUE_COUNT, TYPE_CATEGORY } from './terms.ts';
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

/** Pass 1 over one form: the field rules and the form's kind, before any context rule. */
function draftForm(form: FormFeatures, around: readonly number[], langs: number, year: number, formWeights: FormWeights): { kind: FormKind; cues: number[]; fields: FieldScore[] } {
  const fields = form.fields.map((f, i) => scoreField(f, i, langs, year));
  const cues = formCues(form, around, fields);
  return { kind: detectFormKind(fields, cues, formWeights), cues, fields };
}

/** A form that asks for a postal address: two of its fields read as address parts. */
const asksAddress = (fields: readonly FieldScore[]): boolean => fields.filter((fs) => fs.top >= 0 && TYPE_CATEGORY[fs.top] === 'address').length >= 2;

/**
 * The field rules, each form's kind and then the context rules over every form of a page: the
 * scores the learned combination reads. The context rules see one fact of the page besides their
 * own form: whether another form asks for an address (a login box beside a checkout).
 */
export function scorePage(page: PageFeatures, langs = languagesFor(page.lang), year = thisYear(), formWeights: FormWeights = FORM_WEIGHTS): { kind: FormKind; fields: FieldScore[] }[] {
  const around = pageCues(page);
  const drafts = page.forms.map((form) => draftForm(form, around, langs, year, formWeights));
  const address = drafts.map((d) => d.kind !== 'login' && asksAddress(d.fields));
  const addressForms = address.filter(Boolean).length;
  drafts.forEach((d, i) => {
    applyContext(d.fields, { kind: d.kind, cues: d.cues, addressElsewhere: addressForms > (address[i] ? 1 : 0) });
  });
  return drafts;
}

export function classifyPage(page: PageFeatures, options: ClassifyOptions = {}): PageAnalysis {
  const model = options.model ?? MODEL;
  const scored = scorePage(page, languagesFor(page.lang), options.year ?? thisYear(), options.formWeights);
  return {
    url: page.url,
    title: page.title,
    providerId: options.providerId ?? null,
    forms: scored.map(({ kind, fields }, i) => ({
      selector: page.forms[i]!.selector,
      kind,
      fields: fields.map((fs) => finalize(fs, decide(fs, model.field))),
    })),
    vendors: [],
    truncated: page.truncated,
  };
}

export { detectFormKind } from './form-kind.ts';
