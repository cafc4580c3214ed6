// What the tax-number rules ask of a form: does it ask for a company? Shared by rules/tax-owner.ts
// and rules/person-number.ts, so "a company's form" means one thing.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';

/**
 * Readings that only a company's form asks for: its name, its tax and registration numbers, its tax
 * office. (A "personal or business" choice is not one: such a form is either, the choice says which.)
 */
export const COMPANY_FIELDS: ReadonlySet<number> = new Set<number>([T.organization, T['vat-number'], T['company-registration-number']]);

/**
 * Fields besides the tax number that make a form a company's. One is not enough: shop address forms
 * carry an optional "Company" line for anyone, and a person's checkout with it still asks for the
 * person's NIF or codice fiscale; a company's block asks for its name and its number, tax office or
 * registration too.
 */
const COMPANY_BLOCK = 2;

/** Whether the form asks for a company: at least two other fields ask for its name, numbers or tax office. */
export function asksForCompany(fields: readonly FieldScore[], self: FieldScore): boolean {
  let n = 0;
  for (const f of fields) if (f !== self && f.top >= 0 && COMPANY_FIELDS.has(f.top) && ++n >= COMPANY_BLOCK) return true;
  return false;
}

/** Readings of a person's own identity number (not a tax number, which people and companies share). */
const PERSON_NUMBERS: ReadonlySet<number> = new Set<number>([T['national-id'], T.ssn, T.pan, T['passport-number'], T['drivers-licence-number']]);

/**
 * Whether the box sits right beside a person's identity number ("EMŠO" then "Davčna številka",
 * "DNI" then "NIF"): a form asks a person's numbers together, so a tax number there is that
 * person's, whatever company block the form holds elsewhere.
 */
export function besidePersonNumber(fields: readonly FieldScore[], self: FieldScore): boolean {
  const i = fields.indexOf(self);
  return [fields[i - 1], fields[i + 1]].some((f) => f !== undefined && f.top >= 0 && PERSON_NUMBERS.has(f.top));
}
