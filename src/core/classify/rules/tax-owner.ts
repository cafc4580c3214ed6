// Context rule `tax-owner`: a tax number is the person's unless the form is a company's.
// Its place in the order: context.ts CONTEXT_RULES.
import { PERSON_ONLY_TAX_NUMBERS } from '../lexicons/national-numbers.ts';
import { PERSON_ROLES } from '../lexicons/person-roles.ts';
import { isUnspacedScript, normalizeText } from '../normalize.ts';
import type { FieldScore } from '../scoreboard.ts';
import { CAPTION_SOURCES } from '../rule-groups.ts';
import { T } from '../terms.ts';
import { asksForCompany, besidePersonNumber, COMPANY_FIELDS } from './company-form.ts';
import { captionTexts, overrule, reinterpret } from './shared.ts';

const ROLES = PERSON_ROLES.map(normalizeText);
const PERSON_ONLY = PERSON_ONLY_TAX_NUMBERS.map(normalizeText);

/** Whether the box's caption names a person by their role in the business ("del legale rappresentante", "法定代表人"): the number is that person's. */
export function namesPersonRole(fs: FieldScore): boolean {
  return captionHolds(fs, ROLES);
}

/** Whether the box's caption names a tax number only people hold ("Adóazonosító jel", "РНОКПП"). */
export function namesPersonOnlyNumber(fs: FieldScore): boolean {
  return captionHolds(fs, PERSON_ONLY);
}

/** Whether a caption of the box holds one of `phrases` (normalised), as a whole word where the script spaces words. */
function captionHolds(fs: FieldScore, phrases: readonly string[]): boolean {
  return captionTexts(fs).some((text) => {
    const folded = ` ${normalizeText(text)} `;
    return phrases.some((r) => (isUnspacedScript(r) ? folded.includes(r) : folded.includes(` ${r} `)));
  });
}

/**
 * An unqualified "tax number" is the person's own (government-id) unless it belongs to a company:
 * the form asks for a company (its name, its number), or the field's own texts say "company" or
 * name a company-only number (VAT, EIN…). The developer's name counts only when the page shows no
 * caption of its own: shop platforms call the box "taxvat" or "vat_id" everywhere, and shops caption
 * it with the person's number they ask for ("Codice fiscale", "Número de contribuinte"). A company
 * block elsewhere in the form does not make the number beside a person's ID number the company's,
 * nor a number whose caption names a person by their role ("Codice fiscale del legale rappresentante")
 * or a number only people hold ("Adóazonosító jel", "РНОКПП").
 */
export function resolveTaxOwner(fields: FieldScore[]): void {
  for (const fs of fields) {
    const captioned = fs.votes.some((v) => v.type === T['personal-tax-id'] && CAPTION_SOURCES.has(v.source) && v.weight >= 1);
    // A box captioned with a tax number that the developer's name and the block call the company's
    // ("NIT" named client-company-document under "Datos de la empresa") may tally as the company
    // itself: it is still a tax number, and the company's.
    // A caption that names the company too ("Nama Perusahaan sesuai NPWP") asks for its name.
    const captionNamesCompany = fs.votes.some((v) => v.type === T.organization && CAPTION_SOURCES.has(v.source) && v.weight > 0);
    if (fs.top !== T['personal-tax-id'] && !(fs.top === T.organization && captioned && !captionNamesCompany)) continue;
    // A number only people hold stays the person's whatever the form asks of the company.
    if (namesPersonOnlyNumber(fs)) continue;
    const ownCompanyWord = fs.votes.some((v) => COMPANY_FIELDS.has(v.type) && v.weight >= 1 && (!captioned || v.type === T.organization || CAPTION_SOURCES.has(v.source)));
    if (!ownCompanyWord && (!asksForCompany(fields, fs) || besidePersonNumber(fields, fs) || namesPersonRole(fs))) continue;
    reinterpret(fs, (v) => v.type === T['personal-tax-id'], T['vat-number']);
    overrule(fs, T['vat-number'], fs.topScore + 0.5, ownCompanyWord ? 'company tax number' : 'tax number in a form that asks for a company');
  }
}
