// Context rule `calling-code`: a country list right before a phone number is its calling code.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { reinterpret, overrule, catOf, cue } from './shared.ts';

/** A country list right before a phone number is the phone's calling code. */
export function resolveCallingCode(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    if (fs.top !== T.country || fs.optionKind === 'calling-code') return;
    const next = fields[i + 1];
    if (!next || next.top !== T.tel) return;
    const phoneWords = cue(fs, 'cue:phone') + cue(fs, 'cue:sms');
    const codeOnly = cue(fs, 'cue:code') >= 1 && cue(fs, 'cue:address') < 1 && catOf(fields[i - 1]) !== 'address';
    // "countryCode" names an ISO code as often as a calling code: only a box without options to
    // read (a searchable combobox) is taken at its name.
    const namedCode = fs.kind !== 'select' && fs.votes.some((v) => v.type === T['tel-country-code'] && v.weight >= 1);
    if (phoneWords < 1 && !codeOnly && !namedCode) return;
    reinterpret(fs, (v) => v.type === T.country, T['tel-country-code']);
    overrule(fs, T['tel-country-code'], fs.topScore + 1, 'right before the phone number');
  });
}
