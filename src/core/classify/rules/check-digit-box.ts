// Context rule `check-digit-box`: a one-character box in brackets right after an identity number's box is its check digit.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { is, overrule } from './shared.ts';

/** Numbers printed with their check character in brackets: the Hong Kong identity card's A123456(7). */
const CHECKED_NUMBERS = new Set<number>([T['national-id'], T['personal-tax-id'], T['vat-number'], T['company-registration-number']]);

const OPENS = /^\s*[(（[]\s*$/;
const CLOSES = /^\s*[)）\]]/;

/**
 * Sites ask for an HKID as "A123456 ( 7 )": the number's box, then a box of one character framed
 * by brackets with no caption of its own. Its name ("checkDigit") reads as a code elsewhere; its
 * place says it is the last character of the number before it.
 */
export function resolveCheckDigitBoxes(fields: FieldScore[]): void {
  fields.forEach((fs, i) => {
    const prev = fields[i - 1];
    const f = fs.features;
    if (!prev || !is(prev, CHECKED_NUMBERS) || fs.kind !== 'text' || f.maxLength !== 1) return;
    if (f.labels.length || f.ariaLabel || f.ariaLabelledBy || f.placeholder || f.title) return;
    const framed = (OPENS.test(f.nearbyText) || OPENS.test(prev.features.afterText ?? '')) && CLOSES.test(f.afterText ?? '');
    if (framed) overrule(fs, prev.top, prev.topScore, 'one-character box in brackets after an identity number: its check digit');
  });
}
