// Context rule `tax-id-type`: a list of kinds of company tax number ("EU VAT", "AU ABN", "BR CNPJ")
// and the box after it take a company's number. Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

const COMPANY_NUMBERS: ReadonlySet<number> = new Set<number>([T['vat-number'], T['company-registration-number']]);
const PERSON_NUMBERS: ReadonlySet<number> = new Set<number>([T['national-id'], T.ssn, T.pan, T['personal-tax-id'], T['passport-number'], T['drivers-licence-number']]);
/** Fewer company numbers than this is a stray option, not a list of them. */
const MIN_COMPANY_OPTIONS = 2;

/**
 * Whether a select lists kinds of tax number, mostly companies' (billing forms' "Tax ID" type picker:
 * "EU VAT", "GB VAT", "AU ABN", "IN GST", with a "BR CPF" among them).
 */
function listsCompanyNumbers(fs: FieldScore): boolean {
  if (fs.kind !== 'select') return false;
  let company = 0;
  let person = 0;
  for (const option of fs.features.options) {
    const hits = textMatcher.match(option);
    if (hits.some((h) => COMPANY_NUMBERS.has(h.code))) company++;
    else if (hits.some((h) => PERSON_NUMBERS.has(h.code))) person++;
  }
  return company >= MIN_COMPANY_OPTIONS && company > person;
}

const TAX_READINGS: ReadonlySet<number> = new Set<number>([T['personal-tax-id'], T['national-id']]);

/**
 * A billing form that asks which kind of tax number it is asks for a business's: the picker and the
 * box right after it, however plainly captioned ("Tax ID", a placeholder "DE123456789"), take the
 * company's number. A box its own words name as something else is left alone.
 */
export function resolveTaxIdType(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (!listsCompanyNumbers(fs)) return;
    for (const f of [fs, fields[i + 1]]) {
      if (!f || (f !== fs && (f.kind === 'select' || f.kind === 'choice' || f.kind === 'file'))) continue;
      if (f.top >= 0 && !TAX_READINGS.has(f.top) && !COMPANY_NUMBERS.has(f.top)) continue;
      overrule(f, T['vat-number'], Math.max(f.topScore, 1) + 1, 'after a list of company tax numbers');
    }
  });
}
