// What the tax-number rules ask of a form: does it ask for a company? Shared by rules/tax-owner.ts
// and rules/person-number.ts, so "a company's form" means one thing.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { is } from './shared.ts';

/**
 * Readings that only a company's form asks for: its name, its tax and registration numbers. (A
 * "personal or business" choice is not one: such a form is either, the choice says which.)
 */
export const COMPANY_FIELDS: ReadonlySet<number> = new Set<number>([T.organization, T['vat-number'], T['company-registration-number']]);

/** Another field than `self` asks for a company: its name, its VAT or registration number. */
export function asksForCompany(fields: readonly FieldScore[], self: FieldScore): boolean {
  return fields.some((f) => f !== self && is(f, COMPANY_FIELDS));
}
