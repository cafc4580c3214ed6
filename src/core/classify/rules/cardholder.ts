// Context rule `cardholder`: a name among card fields is the cardholder.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { Ev, type FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { aboutDocument } from './document-dates.ts';
import { PAYMENT_FIELDS, NAME_FIELDS, reinterpret, overrule, is, cue, ctx } from './shared.ts';

/** A name field among card fields is the cardholder's name. */
export function resolveCardholder(fields: FieldScore[]): void {
  // "Name as on the card" in a form that asks for an ID card's number and for no payment card
  // (البطاقة, บัตร, "card" are the identity card too) names the identity card.
  const idCardForm = fields.some(aboutDocument) && !fields.some((f) => is(f, PAYMENT_FIELDS));
  fields.forEach((fs, i) => {
    if (!is(fs, NAME_FIELDS)) return;
    const prev = fields[i - 1];
    const next = fields[i + 1];
    const ownCard = cue(fs, 'cue:payment');
    const ownPlace = Math.max(cue(fs, 'cue:address'), cue(fs, 'cue:billing'), cue(fs, 'cue:shipping'));
    if (ownCard >= 1.5 && ownCard > ownPlace && !idCardForm) {
      reinterpret(fs, (v) => NAME_FIELDS.has(v.type), T['cc-name']);
      overrule(fs, T['cc-name'], fs.topScore + 1, 'name with card wording');
      return;
    }
    const nearCard = is(prev, PAYMENT_FIELDS) || is(next, PAYMENT_FIELDS) || (is(next, NAME_FIELDS) && is(fields[i + 2], PAYMENT_FIELDS));
    if (!nearCard) return;
    // A site that marks the field as a person's name (autocomplete) means it.
    if (fs.votes.some((v) => v.kind === Ev.Fixed && v.group === Rule.autocomplete && NAME_FIELDS.has(v.type))) return;
    const paymentSection = ctx(fs, 'cue:payment') >= 0.5 && ctx(fs, 'cue:billing') + ctx(fs, 'cue:shipping') < ctx(fs, 'cue:payment');
    const between = is(prev, PAYMENT_FIELDS) && is(next, PAYMENT_FIELDS);
    if (!paymentSection && !between) return;
    reinterpret(fs, (v) => NAME_FIELDS.has(v.type), T['cc-name']);
    overrule(fs, T['cc-name'], fs.topScore + 1, paymentSection ? 'name in the card section' : 'between card fields');
  });
}
