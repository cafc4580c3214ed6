// Small constructors that keep the provider data files readable. They only shape plain data.
import type { Category } from '../../../taxonomy/categories.ts';
import type { FieldType } from '../../../taxonomy/field-types.ts';
import type { DocumentedField, DocumentedStep, Provider, Source } from '../../schema.ts';

type Host = Provider['hosts'][number];

/** A signup host and the paths of its signup, registration, verification and first-billing pages. */
export const signup = (host: string, paths: string[], source: Source, note?: string): Host =>
  note ? { host, role: 'signup', paths, source, note } : { host, role: 'signup', paths, source };
export const consoleHost = (host: string, source: Source, note?: string): Host =>
  note ? { host, role: 'console', source, note } : { host, role: 'console', source };
export const login = (host: string, source: Source, note?: string): Host =>
  note ? { host, role: 'login', source, note } : { host, role: 'login', source };

export function field(
  category: Category,
  presence: DocumentedField['presence'],
  source: Source,
  extra: { types?: FieldType[]; note?: string } = {},
): DocumentedField {
  return {
    category,
    presence,
    source,
    ...(extra.types ? { fieldTypes: extra.types } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

export function step(
  name: DocumentedStep['step'],
  presence: DocumentedStep['presence'],
  source: Source,
  note?: string,
): DocumentedStep {
  return note ? { step: name, presence, source, note } : { step: name, presence, source };
}
