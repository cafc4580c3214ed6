// Context rule `split-number`: the short boxes with no caption right after an identity or tax number's first box are its other parts.
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { overrule } from './shared.ts';

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
/** A later part may take one more: Korea's resident number is a 6-digit birth date and 7 digits after it. */
const LATER_PART = 7;

const isPart = (fs: FieldScore): boolean => fs.kind === 'text' && fs.features.maxLength !== null && fs.features.maxLength <= PART;

/** A later part, typed or masked: Korean sites mask the 7 digits after the birth date in a password box. */
const isLaterPart = (fs: FieldScore): boolean => (fs.kind === 'text' || fs.kind === 'password') && fs.features.maxLength !== null && fs.features.maxLength <= LATER_PART;

/** What stands between the parts: a dash, a slash, a dot. */
const SEPARATOR = /^[\s\-‐–—/.]*$/;

/** Nothing of its own says what the box asks: no caption, no words beside it (a dash at most), no reading but its masking. */
function mute(fs: FieldScore): boolean {
  const f = fs.features;
  return (fs.top < 0 || fs.kind === 'password') && !f.labels.length && !f.ariaLabel && !f.ariaLabelledBy && !f.placeholder && !f.title && SEPARATOR.test(f.nearbyText);
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
    if (carried >= 0 && isLaterPart(fs) && mute(fs)) {
      // A masked part's only reading is its masking ("a password"): its place says which secret it is.
      if (fs.kind === 'password') overrule(fs, carried, weight, 'next part of a number split into boxes');
      else vote(fs, Rule.context, carried, weight, 'next part of a number split into boxes');
      continue;
    }
    carried = isPart(fs) && SPLIT_TYPES.has(fs.top) ? fs.top : -1;
    weight = fs.topScore;
  }
}
