// Small builders for classifier inputs: a field with every feature empty unless given, a form, a
// page. Tests state only what matters to them.
import { type FieldFeatures, FieldFeaturesSchema, type FormFeatures, type PageFeatures, PageFeaturesSchema } from '../../../src/core/features.ts';
import { classifyPage } from '../../../src/core/classify/index.ts';
import { FIELD_EMPTY } from '../../../src/core/field-facts.ts';
import type { ClassifiedField, ClassifiedForm } from '../../../src/core/report.ts';

let counter = 0;

export function field(partial: Partial<FieldFeatures> = {}): FieldFeatures {
  counter++;
  const options = partial.options ?? [];
  // Every feature empty (the wire form's defaults, field-facts.ts), then what a plain text box has.
  return FieldFeaturesSchema.parse({
    ...FIELD_EMPTY,
    selector: `form > input:nth-of-type(${counter})`,
    tag: 'input',
    type: 'text',
    options,
    optionCount: options.length,
    visible: true,
    ...partial,
  });
}

/** A labelled text field: the most common case. */
export const labelled = (label: string, partial: Partial<FieldFeatures> = {}): FieldFeatures => field({ labels: [label], ...partial });

export function select(label: string, options: string[], partial: Partial<FieldFeatures> = {}): FieldFeatures {
  return field({ tag: 'select', type: 'select-one', labels: label ? [label] : [], options: options.slice(0, 40), optionCount: options.length, ...partial });
}

export function form(fields: FieldFeatures[], partial: Partial<FormFeatures> = {}): FormFeatures {
  return { selector: 'form', action: '', buttons: [], heading: '', fields, ...partial };
}

export function page(forms: FormFeatures[], partial: Partial<PageFeatures> = {}): PageFeatures {
  return PageFeaturesSchema.parse({ url: 'https://example.test/', title: '', lang: '', headings: [], forms, frameOrigins: [], scriptOrigins: [], truncated: false, ...partial });
}

/** Classify one form on a page and return it. */
export function classifyForm(fields: FieldFeatures[], formPartial: Partial<FormFeatures> = {}, pagePartial: Partial<PageFeatures> = {}): ClassifiedForm {
  return classifyPage(page([form(fields, formPartial)], pagePartial)).forms[0]!;
}

/** Classify fields as one form and return the classified fields. */
export function classifyFields(fields: FieldFeatures[], formPartial: Partial<FormFeatures> = {}, pagePartial: Partial<PageFeatures> = {}): ClassifiedField[] {
  return classifyForm(fields, formPartial, pagePartial).fields;
}

export const years = (from: number, to: number): string[] => {
  const out: string[] = [];
  for (let y = from; from <= to ? y <= to : y >= to; y += from <= to ? 1 : -1) out.push(String(y));
  return out;
};
export const range = (from: number, to: number): string[] => years(from, to);
