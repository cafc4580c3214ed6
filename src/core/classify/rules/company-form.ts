// What the tax-number rules ask of a form: does it ask for a company? Shared by rules/tax-owner.ts
// and rules/person-number.ts, so "a company's form" means one thing.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';

/**
 * Readings that only a company's form asks for: its name, its tax and registration numbers, its tax
 * office. (A "personal or business" choice is not one: such a form is either, the choice says which.)
 */
export const COMPANY_FIELDS: ReadonlySet<number> = new Set<number>([T.organization, T['vat-number'], T['company-registration-number']]);

/** Numbers only a person has: a form that takes one in another box has the person's number already. */
const PERSON_IDS: ReadonlySet<number> = new Set<number>([T['national-id'], T.ssn, T.pan, T['passport-number']]);

/**
 * Fields besides the tax number that make a form a company's. One is not enough: shop address forms
 * carry an optional "Company" line for anyone, and a person's checkout with it still asks for the
 * person's NIF or codice fiscale; a company's block asks for its name and its number, tax office or
 * registration too.
 */
const COMPANY_BLOCK = 2;

/**
 * Whether a field sits in the tax box's block: a field in a fieldset of its own (a legend the box
 * does not share, "Dati per la fattura elettronica" beside a person's "Codice fiscale"), or under a
 * heading of its own ("Titolare della prenotazione", then "Vuoi la fattura?"), is about that block's
 * company, not about the box.
 */
const sameBlock = (f: FieldScore, self: FieldScore): boolean =>
  (!f.features.legend || f.features.legend === self.features.legend) && (!f.features.heading || !self.features.heading || f.features.heading === self.features.heading);

/**
 * Whether a company field speaks for the tax box: not when the box must be filled and the company's
 * field may be left empty (PrestaShop's address with an optional "Azienda" and "Partita IVA" and a
 * required "Codice fiscale"): a person's form that lets a company be added asks the person's number.
 */
const speaksFor = (f: FieldScore, self: FieldScore): boolean => sameBlock(f, self) && (f.features.required || !self.features.required) && !otherVariant(f, self);

/**
 * Whether a company field is hidden while the tax box is shown: a form that switches between a
 * private person and a company ("Privato / Azienda", "Pribadi / Perusahaan") keeps both variants in
 * the page and shows one; the hidden company block is the other variant, not the shown box's.
 */
const otherVariant = (f: FieldScore, self: FieldScore): boolean => !f.features.visible && self.features.visible;

/**
 * Whether the form asks for a company: at least two other fields of the box's block ask for its name,
 * numbers or tax office. A person's own identity number asked in another box counts as one when a
 * company's field stands right beside the tax box: the person's number is taken there, so a second,
 * tax-named box beside a company's name ("DNI", then "RUC" and "Razón social") is the invoice's
 * company's; an optional "Company" line far down the form says nothing of the box.
 */
export function asksForCompany(fields: readonly FieldScore[], self: FieldScore): boolean {
  let n = 0;
  let personId = false;
  let companyBeside = false;
  const at = fields.indexOf(self);
  fields.forEach((f, i) => {
    if (f === self || f.top < 0) return;
    // The person's own number counts wherever the form asks it ("DNI" among the buyer's details,
    // "RUC" and "Razón social" in the invoice block): the form has the person's number already.
    if (PERSON_IDS.has(f.top)) personId = true;
    else if (sameBlock(f, self) && COMPANY_FIELDS.has(f.top) && speaksFor(f, self)) {
      n++;
      if (Math.abs(i - at) <= 2) companyBeside = true;
    }
  });
  return n + (personId && companyBeside ? 1 : 0) >= COMPANY_BLOCK;
}

/** Readings of a person's own identity number (not a tax number, which people and companies share). */
const PERSON_NUMBERS: ReadonlySet<number> = new Set<number>([...PERSON_IDS, T['drivers-licence-number']]);

/**
 * Whether the box sits right beside a person's identity number ("EMŠO" then "Davčna številka",
 * "DNI" then "NIF") and not also beside a company's field: a form asks a person's numbers together,
 * so a tax number there is that person's, whatever company block the form holds elsewhere; one
 * between the person's number and a company's name ("DNI", "RUC", "Razón social") is the company's.
 */
export function besidePersonNumber(fields: readonly FieldScore[], self: FieldScore): boolean {
  const i = fields.indexOf(self);
  const neighbours = [fields[i - 1], fields[i + 1]].filter((f): f is FieldScore => f !== undefined && f.top >= 0);
  return neighbours.some((f) => PERSON_NUMBERS.has(f.top)) && !neighbours.some((f) => COMPANY_FIELDS.has(f.top));
}
