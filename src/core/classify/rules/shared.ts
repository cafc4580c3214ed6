// What the context rules share: the type sets they test, reading a neighbour's category and cues,
// and the two ways a rule changes a reading (reinterpret the votes, overrule with its own vote).
import type { FormKind } from '../../report.ts';
import { Rule } from '../rule-groups.ts';
import type { Hit } from '../matcher.ts';
import { contextCueOf, cueOf, type FieldScore, reinterpret, vote } from '../scoreboard.ts';
import { textMatcher } from '../signals/text.ts';
import { C, type Cue, T, TYPE_CATEGORY } from '../terms.ts';

export const PAYMENT_FIELDS = new Set<number>([T['cc-number'], T['cc-exp'], T['cc-exp-month'], T['cc-exp-year'], T['cc-csc'], T['cc-type']]);
export const NAME_FIELDS = new Set<number>([T.name, T['given-name'], T['family-name'], T['additional-name']]);
export const BIRTH_PARTS = new Set<number>([T.bday, T['bday-day'], T['bday-month'], T['bday-year']]);
export const EXPIRY_PARTS = new Set<number>([T['cc-exp'], T['cc-exp-month'], T['cc-exp-year']]);
export const PASSWORDS = new Set<number>([T['current-password'], T['new-password']]);
export const CODES = new Set<number>([T['one-time-code'], T['phone-verification-code']]);

// Rules read `reinterpret` from here with the rest of their toolbox; it lives with the other vote changes in scoreboard.ts.
export { reinterpret };

/**
 * A context rule that overrules the field's reading: every vote for another type moves to what the
 * rule says it is (reinterpret), and the rule adds its own vote with its evidence. All of them, not
 * only the leading type's: the learned combination compares categories, so a weaker reading left
 * standing (a legend's "business or personal" beside priced plan options) could still win.
 */
export function overrule(fs: FieldScore, to: number, weight: number, evidence: string): void {
  reinterpret(fs, (v) => v.type !== to, to);
  vote(fs, Rule.context, to, weight, evidence);
}

/**
 * A code box that the page shows goes to a phone (the word "SMS", the phone box before it, the
 * phone number it prints) is the phone's verification code: its one-time-code votes move there.
 */
export function toPhoneCode(fs: FieldScore, evidence: string): void {
  reinterpret(fs, (v) => v.type === T['one-time-code'], T['phone-verification-code']);
  overrule(fs, T['phone-verification-code'], fs.topScore + 1, evidence);
}

/** The lexicon's hits in each text the user reads as the box's caption (captionTexts). */
export const captionHits = (fs: FieldScore): (readonly Hit[])[] => captionTexts(fs).map((t) => textMatcher.match(t));

/** What a caption adds in brackets or after a star ("Name (optional)", "Title (Mr, Ms)") says nothing about whose name or title it asks. */
export const CAPTION_ASIDE = /[(（*［[].*$/s;

/** The texts the user reads as the box's caption (nearby text only when nothing else labels it). */
export function captionTexts(fs: FieldScore): string[] {
  const f = fs.features;
  const own = [...f.labels, f.ariaLabel, f.ariaLabelledBy, f.placeholder, f.title].filter(Boolean);
  return own.length || !f.nearbyText ? own : [f.nearbyText];
}

export const catOf = (fs: FieldScore | undefined) => (fs && fs.top >= 0 ? TYPE_CATEGORY[fs.top]! : null);
export const is = (fs: FieldScore | undefined, set: ReadonlySet<number>) => !!fs && fs.top >= 0 && set.has(fs.top);
export const cue = (fs: FieldScore, c: Cue) => cueOf(fs, C[c]);
export const ctx = (fs: FieldScore, c: Cue) => contextCueOf(fs, C[c]);

export interface FormSignals {
  kind: FormKind;
  /** Cue strengths from the form's heading, buttons and the page (title, URL), by cue index. */
  cues: ArrayLike<number>;
  /** Another form on the page, other than a sign-in, asks for a postal address (a checkout, a shop's registration). */
  addressElsewhere?: boolean;
}
