// Context rule `company-block`: a tax number in a block about a business, or in a form that offers a company's tax invoice, is the company's.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T } from '../terms.ts';
import { COMPANY_FIELDS } from './company-form.ts';
import { ctx, cue, overrule, reinterpret } from './shared.ts';
import { namesPersonOnlyNumber } from './tax-owner.ts';

/** Below this a cue is a stray word of long prose, not what the block or the box is about. */
const SAYS = 0.5;

/** Whether the heading or legend over the box names the business ("Business information", "Company details"). */
function underBusinessTitle(fs: FieldScore): boolean {
  const f = fs.features;
  return [f.legend, f.heading].some((t) => t !== '' && textMatcher.match(t).some((h) => COMPANY_FIELDS.has(h.code) && h.weight >= SAYS));
}

/**
 * An unqualified tax number ("Tax ID", "KRA PIN", "Mã số thuế", "TIN") is the person's unless the
 * form asks for a company (rules/tax-owner.ts counts its company fields). Checkouts and seller
 * sign-ups ask for the company's in a block of its own with fewer fields: under a heading that
 * names the business ("Business information") or a tax invoice ("eTIMS tax invoice"), or after a
 * box that asks for one ("Xuất hóa đơn VAT", "Chcę otrzymać fakturę VAT"). Only a business claims
 * a tax invoice, so the number asked beside it is the business's. (A plain invoice is anyone's:
 * Italian and Spanish shops put a person's codice fiscale or NIF on it.)
 */
export function resolveCompanyBlock(fields: FieldScore[]): void {
  // A file box captioned with an invoice takes a purchase invoice someone has (for customs, a refund): no claim to one.
  const offersTaxInvoice = fields.some((f) => f.kind !== 'file' && cue(f, 'cue:tax-invoice') >= SAYS);
  for (const fs of fields) {
    // A number only people hold ("Adóazonosító jel") is the sole trader's or manager's own.
    if (fs.top !== T['personal-tax-id'] || namesPersonOnlyNumber(fs)) continue;
    const business = underBusinessTitle(fs);
    if (!business && !offersTaxInvoice && ctx(fs, 'cue:tax-invoice') < SAYS) continue;
    reinterpret(fs, (v) => v.type === T['personal-tax-id'], T['vat-number']);
    overrule(fs, T['vat-number'], fs.topScore + 0.5, business ? 'tax number under a heading about a business' : 'tax number beside a tax invoice');
  }
}
