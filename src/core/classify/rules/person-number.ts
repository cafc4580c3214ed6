// Context rule `person-number`: a number the page names as a person's is the person's, whatever the
// developer called the box. Its place in the order: context.ts CONTEXT_RULES.
import { CAPTION_SOURCES } from '../rule-groups.ts';
import { NUMBER_NAMES_LEXICON } from '../lexicons/index.ts';
import { languageBit } from '../matcher.ts';
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T } from '../terms.ts';
import { asksForCompany } from './company-form.ts';
import { captionTexts, overrule, reinterpret } from './shared.ts';

/** Documents only a person has, whatever words name them. */
const PERSON_DOCUMENTS = new Set<number>([T.ssn, T.pan, T['passport-number'], T['drivers-licence-number']]);
/** Readings this rule may replace: a company's number, or a tax number of either. */
const TAX_READINGS = new Set<number>([T['vat-number'], T['company-registration-number'], T['personal-tax-id']]);
const COMPANY_READINGS = new Set<number>([T.organization, T['vat-number'], T['company-registration-number']]);
/** A visible word this strong is the box's caption, not a neighbour's text (nearby text beside a label counts 1). */
const CAPTION = 2;
const NUMBER_NAMES = languageBit(NUMBER_NAMES_LEXICON.lang);

/**
 * The person's number a caption names by its own name (DNI, CPF, PESEL, "passport number"), or -1.
 * Generic words ("ID number", "numéro d'identification") do not count: "VAT ID number" is a company's.
 */
function namedPersonNumber(fs: FieldScore): number {
  for (const text of captionTexts(fs)) {
    for (const h of textMatcher.match(text)) {
      if (PERSON_DOCUMENTS.has(h.code) || (h.code === T['national-id'] && (h.langs & NUMBER_NAMES) !== 0)) return h.code;
    }
  }
  return -1;
}

const visibleVote = (fs: FieldScore, types: ReadonlySet<number>) => fs.votes.some((v) => types.has(v.type) && CAPTION_SOURCES.has(v.source) && v.weight >= CAPTION);

const PERSONAL_TAX = new Set<number>([T['personal-tax-id']]);

/**
 * Shop platforms name the box after a company's number ("vat_id", "taxvat", "taxNumber") and each
 * shop captions it with what it asks for. When the caption names a number only a person has ("DNI",
 * "CPF", "TC Kimlik No"), the box takes that number; a caption naming a company as well
 * ("DNI/NIF/CIF") is the person's unless the form asks for a company. When the caption names a tax
 * number of either ("NIF", "Codice fiscale", "Tax ID number"), neither the developer's word nor a
 * generic "ID number" decides: the box reads as a tax number and the form decides whose
 * (rules/tax-owner.ts, next).
 */
export function resolvePersonNumber(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.top < 0 || fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') continue;
    const taxReading = TAX_READINGS.has(fs.top);
    if (!taxReading && fs.top !== T['national-id']) continue;
    // A mask of the person's number ("000.000.000-00") may have put it on top while the developer's
    // company word ("taxvat") still outweighs it in the final tally: the caption settles it too.
    const taxVotes = fs.votes.some((v) => TAX_READINGS.has(v.type) && v.weight > 0);
    const person = namedPersonNumber(fs);
    const companyWords = visibleVote(fs, COMPANY_READINGS);
    if (person >= 0) {
      if (!(taxReading || (taxVotes && person === fs.top)) || (companyWords && asksForCompany(fields, fs))) continue;
      overrule(fs, person, Math.max(fs.topScore, CAPTION) + 0.5, "the caption names a person's number");
    } else if (fs.top !== T['personal-tax-id'] && !companyWords && visibleVote(fs, PERSONAL_TAX)) {
      // The developer's company word, or a generic identity word, gives way to the caption's tax number.
      reinterpret(fs, (v) => (COMPANY_READINGS.has(v.type) && !CAPTION_SOURCES.has(v.source)) || v.type === T['national-id'], T['personal-tax-id']);
    }
  }
}
