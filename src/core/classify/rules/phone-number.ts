// Context rule `phone-number`: a bare "Number" after a calling code, in a phone block, or in a phone box away from any address, is the phone number.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { catOf, ctx, cue, overrule } from './shared.ts';

/** A phone's calling code: read as one, or a list of calling codes. */
const isCallingCode = (fs: FieldScore | undefined): boolean => !!fs && (fs.top === T['tel-country-code'] || fs.optionKind === 'calling-code');

/** An address field other than the country (a country list also leads a phone number). */
const isAddressPart = (fs: FieldScore | undefined): boolean => catOf(fs) === 'address' && fs!.top !== T.country;

const isPaymentPart = (fs: FieldScore | undefined): boolean => catOf(fs) === 'payment';

/**
 * A house number only exists inside an address (as card-number.ts says for cards): a generic
 * "Number" right after a calling code, under a legend or heading that says phone, or in a
 * `type=tel` box with no address part beside it, is the phone's number. The tally may already
 * lean to the phone (the control votes for it) while the words lean to the house number, so the
 * rule reads both. Card or address wording on the field itself, or a payment field beside it, keeps
 * the rule away (card-number.ts reads those).
 */
export function resolvePhoneNumber(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top !== T['address-housenumber'] && fs.top !== T.tel) return;
    if (!fs.votes.some((v) => v.type === T['address-housenumber'] && v.weight > 0) || cue(fs, 'cue:address') >= 1 || cue(fs, 'cue:payment') >= 1) return;
    const near = [fields[i - 2], fields[i - 1], fields[i + 1], fields[i + 2]];
    if (near.some(isPaymentPart)) return;
    const afterCode = isCallingCode(fields[i - 1]);
    // A legend's word reaches 1 (weights.ts), a page heading's alone does not: a heading spans more than one block.
    const phoneBlock = ctx(fs, 'cue:phone') >= 1 && ctx(fs, 'cue:address') < 1;
    const lonePhoneBox = fs.kind === 'tel' && !near.some(isAddressPart);
    if (!afterCode && !phoneBlock && !lonePhoneBox) return;
    overrule(fs, T.tel, fs.topScore + 1, afterCode ? 'number after a calling code' : phoneBlock ? 'number in a phone block' : 'number in a phone box');
  });
}
