// Context rule `number-of-company`: "Codice fiscale dell'azienda", "CNPJ da empresa": a number named
// with its owner after "of" asks the company's number, not its name. Its place in the order:
// context.ts CONTEXT_RULES.
import { normalizeText } from '../normalize.ts';
import type { FieldScore } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { T } from '../terms.ts';
import { captionTexts, overrule } from './shared.ts';

/** Numbers a company holds or shares with people (a codice fiscale, a NIF): named first, owned by what follows. */
const NUMBERS: ReadonlySet<number> = new Set<number>([T['personal-tax-id'], T['vat-number'], T['company-registration-number']]);

/** The words that make what follows the owner of what came before ("of the", "dell'", "de la", "da"), as normalizeText leaves them. */
const OF = /(?:^|\s)(?:of(?: the| your)?|del|dell|della|dello|de(?: la| l| su| votre)?|du|des|da|do|das|dos|der|van(?: de| het)?)$/;

/** The number the caption names before "of the company", or -1. */
function numberOfCompany(fs: FieldScore): number {
  for (const text of captionTexts(fs)) {
    const folded = normalizeText(text);
    const hits = textMatcher.match(text);
    for (const owner of hits) {
      if (owner.code !== T.organization || !OF.test(folded.slice(0, owner.start).trimEnd())) continue;
      const number = hits.find((h) => NUMBERS.has(h.code) && h.end <= owner.start);
      if (number) return number.code === T['company-registration-number'] ? number.code : T['vat-number'];
    }
  }
  return -1;
}

/**
 * Romance and Germanic captions name a number first and its owner after "of" ("Codice fiscale
 * dell'azienda", "CNPJ da empresa", "Numéro SIREN de la société"): the company word names whose
 * number it is, so the box asks the company's number, not its name ("Nama Perusahaan sesuai NPWP",
 * the company's name as on its tax number, names the company first and stays its name).
 */
export function resolveNumberOfCompany(fields: FieldScore[]): void {
  for (const fs of fields) {
    // The tally may put the company or the number first; the learned combination weighs them again.
    if ((fs.top !== T.organization && !NUMBERS.has(fs.top)) || fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') continue;
    const number = numberOfCompany(fs);
    if (number >= 0) overrule(fs, number, fs.topScore + 0.5, 'a number named with its company owner');
  }
}
