// Context rule `split-number`: the short boxes with no caption right after an identity or tax number's first box are its other parts.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T } from '../terms.ts';

/** Numbers shops split into boxes ("123 - 45 - 67890", Korea's business number, SSN 3-2-4, bank codes, Japan's 〒123-4567). */
const SPLIT_TYPES = new Set<number>([
  T['national-id'],
  T.ssn,
  T['personal-tax-id'],
  T['vat-number'],
  T['company-registration-number'],
  T.iban,
  T['bank-account-number'],
  T['postal-code'],
]);
/** A part of a split number takes a few characters; a whole number's box takes more. */
const PART = 6;

const isPart = (fs: FieldScore): boolean => fs.kind === 'text' && fs.features.maxLength !== null && fs.features.maxLength <= PART;

/** What stands between the parts: a dash, a slash, a dot. */
const SEPARATOR = /^[\s\-‐–—/.]*$/;

/** Nothing of its own says what the box asks: no caption, no words beside it (a dash at most), no reading. */
function mute(fs: FieldScore): boolean {
  const f = fs.features;
  return fs.top < 0 && !f.labels.length && !f.ariaLabel && !f.ariaLabelledBy && !f.placeholder && !f.title && SEPARATOR.test(f.nearbyText);
}

/**
 * Korean shops ask for the business number (사업자번호) in three boxes of 3, 2 and 5 digits under one
 * caption, as US forms split an SSN: the caption labels the first box only, the others have no words
 * of their own. A short box with no caption and no reading right after a short box of such a number
 * is its next part.
 */
export function resolveSplitNumbers(fields: FieldScore[]): void {
  let carried = -1;
  let weight = 0;
  for (const fs of fields) {
    if (carried >= 0 && isPart(fs) && mute(fs)) {
      vote(fs, Rule.context, carried, weight, 'next part of a number split into boxes');
      continue;
    }
    carried = isPart(fs) && SPLIT_TYPES.has(fs.top) ? fs.top : -1;
    weight = fs.topScore;
  }
}
