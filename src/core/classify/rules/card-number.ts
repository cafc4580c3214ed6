// Context rule `card-number`: a bare "Number" between card fields is the card number.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { aboutDocument } from './document-dates.ts';
import { EXPIRY_PARTS, PAYMENT_FIELDS, overrule, catOf, is, cue } from './shared.ts';

const CARD_FIELDS = new Set<number>([...PAYMENT_FIELDS, T['cc-name']]);

/**
 * A house number only exists inside an address: a bare "Number" between card fields, with no
 * address field around it, is the card's number. Not in a form about an identity document whose
 * only "card" field is an expiry date: there the number ("Numéro du document") and the date are the
 * document's (the document-number and document-dates rules read them).
 */
export function resolveCardNumber(fields: FieldScore[]): void {
  if (fields.some(aboutDocument) && !fields.some((f) => is(f, PAYMENT_FIELDS) && !is(f, EXPIRY_PARTS))) return;
  fields.forEach((fs, i) => {
    if (fs.top !== T['address-housenumber']) return;
    const near = [fields[i - 2], fields[i - 1], fields[i + 1], fields[i + 2]];
    if (near.some((f) => catOf(f) === 'address') || cue(fs, 'cue:address') >= 1) return;
    if (is(fields[i - 1], CARD_FIELDS) || is(fields[i + 1], CARD_FIELDS)) overrule(fs, T['cc-number'], fs.topScore + 1, 'number among card fields');
  });
}
