// Context rule `card-shapes`: short numeric boxes beside the card number are its security code.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { PAYMENT_FIELDS, is } from './shared.ts';

/** Short numeric boxes next to the card number: the security code. */
export function resolveCardShapes(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top >= 0 && fs.topScore >= 3) return;
    const f = fs.features;
    const near = is(fields[i - 1], PAYMENT_FIELDS) || is(fields[i + 1], PAYMENT_FIELDS);
    if (!near || fs.kind === 'select' || fs.kind === 'choice') return;
    if (f.maxLength !== null && f.maxLength >= 3 && f.maxLength <= 4) vote(fs, Rule.context, T['cc-csc'], 2.5, `maxlength=${f.maxLength} next to card fields`);
    else if (f.maxLength !== null && f.maxLength >= 15 && f.maxLength <= 23) vote(fs, Rule.context, T['cc-number'], 2.5, `maxlength=${f.maxLength} next to card fields`);
  });
}
