// Walking-skeleton classifier: autocomplete and input type only. Replaced by the real engine
// (issue 4); the signature is the contract the worker and the CLI call.
import { categoryOf, fieldTypeDef, type FieldType } from '../taxonomy/field-types.ts';
import type { FieldFeatures, PageFeatures } from '../features.ts';
import type { ClassifiedField, PageAnalysis } from '../report.ts';
import { requirementsForCategory } from '../catalog/index.ts';

export interface ClassifyOptions {
  providerId?: string | null;
}

function fieldType(f: FieldFeatures): { type: FieldType; evidence: string } {
  for (const token of f.autocomplete.toLowerCase().split(/\s+/).reverse()) {
    const def = fieldTypeDef(token);
    if (def) return { type: def.id as FieldType, evidence: `autocomplete=${token}` };
  }
  if (f.type === 'email') return { type: 'email', evidence: 'type=email' };
  if (f.type === 'tel') return { type: 'tel', evidence: 'type=tel' };
  if (f.type === 'password') return { type: 'new-password', evidence: 'type=password' };
  return { type: 'unknown', evidence: 'no signal' };
}

export function classifyField(f: FieldFeatures): ClassifiedField {
  const { type, evidence } = fieldType(f);
  const category = categoryOf(type);
  return {
    selector: f.selector,
    category,
    fieldType: type,
    confidence: type === 'unknown' ? 0 : 0.9,
    requirements: requirementsForCategory(category),
    evidence: [evidence],
    label: f.labels[0] || f.ariaLabel || f.placeholder || f.name,
    required: f.required,
  };
}

export function classifyPage(page: PageFeatures, options: ClassifyOptions = {}): PageAnalysis {
  return {
    url: page.url,
    title: page.title,
    providerId: options.providerId ?? null,
    forms: page.forms.map((form) => ({
      selector: form.selector,
      kind: form.fields.some((f) => f.type === 'password') ? 'signup' : 'other',
      fields: form.fields.map(classifyField),
    })),
    vendors: [],
    truncated: page.truncated,
  };
}
