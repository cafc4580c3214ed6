// Context rule `person-number`: a number the page names as a person's is the person's, whatever the
// developer called the box. Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore, Vote } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { asksForCompany } from './company-form.ts';
import { overrule } from './shared.ts';

/** Numbers only a person has: identity card, social security, passport, driving licence. */
const PERSON_ONLY = new Set<number>([T['national-id'], T.ssn, T.pan, T['passport-number'], T['drivers-licence-number']]);
const COMPANY_NUMBERS = new Set<number>([T['vat-number'], T['company-registration-number']]);
/** Readings this rule may replace: a company's number, or a tax number of either. */
const TAX_READINGS = new Set<number>([T['vat-number'], T['company-registration-number'], T['personal-tax-id']]);
/** What the user reads next to the box (not the developer's name for it, not a heading). */
const VISIBLE = new Set(['label', 'aria-label', 'aria-labelledby', 'placeholder', 'title', 'nearby text']);
/** A visible word this strong is the box's caption, not a neighbour's text (nearby text beside a label counts 1). */
const CAPTION = 2;

function strongestVisible(fs: FieldScore, types: ReadonlySet<number>): Vote | undefined {
  let best: Vote | undefined;
  for (const v of fs.votes) if (types.has(v.type) && VISIBLE.has(v.source) && v.weight > (best?.weight ?? 0)) best = v;
  return best;
}

/**
 * Shop platforms name the box after a company's number ("vat_id", "taxvat", "taxNumber") and each
 * shop captions it with what it asks for: "DNI", "CPF", "PESEL", "TC Kimlik No". When the caption
 * names a number only a person has, the box takes that number. A caption naming a company's number
 * as well ("DNI/NIF/CIF") is the person's unless the form asks for a company.
 */
export function resolvePersonNumber(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.top < 0 || !TAX_READINGS.has(fs.top) || fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') continue;
    const person = strongestVisible(fs, PERSON_ONLY);
    if (!person || person.weight < CAPTION) continue;
    const company = strongestVisible(fs, COMPANY_NUMBERS);
    if (company && (company.weight > person.weight || asksForCompany(fields, fs))) continue;
    overrule(fs, person.type, Math.max(fs.topScore, person.weight) + 0.5, "the caption names a person's number");
  }
}
