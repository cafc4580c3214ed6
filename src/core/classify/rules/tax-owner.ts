// Context rule `tax-owner`: a tax number is the person's unless the form is a company's.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { reinterpret, overrule, is } from './shared.ts';

const COMPANY_FIELDS = new Set<number>([T.organization, T['vat-number'], T['company-registration-number']]);

/**
 * An unqualified "tax number" is the person's own (government-id) unless it belongs to a company:
 * the form asks for a company (its name, its number), or the field's own texts say "company" or
 * name a company-only number (VAT, EIN…) behind a generic caption ("NIP", name "vat_id").
 */
export function resolveTaxOwner(fields: FieldScore[]): void {
  const companyForm = fields.some((f) => is(f, COMPANY_FIELDS));
  fields.forEach((fs) => {
    if (fs.top !== T['personal-tax-id']) return;
    const ownCompanyWord = fs.votes.some((v) => (v.type === T.organization || v.type === T['vat-number'] || v.type === T['company-registration-number']) && v.weight >= 1);
    if (!companyForm && !ownCompanyWord) return;
    reinterpret(fs, (v) => v.type === T['personal-tax-id'], T['vat-number']);
    overrule(fs, T['vat-number'], fs.topScore + 0.5, ownCompanyWord ? 'company tax number' : 'tax number in a form that asks for a company');
  });
}
