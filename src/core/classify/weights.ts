// How much each kind of evidence counts in the tally: the running ranking of a field's types that
// the context rules read (a field's best type, its score, the minimum to report one). The learned
// combination that picks the category (combine.ts) divides every vote by its group's scale here and
// weighs the groups itself, so these numbers rank types before the context rules, nothing more.
// A label the user reads is the strongest free-text signal; a standard autocomplete token is
// stronger still (the site told the browser what the field is); context text mostly adjusts.
import { RULE_GROUP_COUNT, RULE_GROUPS, type RuleGroupName } from './rule-groups.ts';

export const W = {
  autocomplete: 8,
  autocompleteOther: 2.5,
  label: 4,
  labelOther: 3,
  ariaLabel: 4,
  ariaLabelledBy: 3.5,
  placeholder: 3,
  title: 2,
  name: 3,
  id: 2.5,
  /** Nearby text when the field has no label of its own (then it usually is the caption). */
  nearbyAsLabel: 3,
  nearby: 1,
  describedBy: 1,
  legend: 1.2,
  heading: 0.6,
  /** The first option of a list, often its caption ("Select your country"). */
  firstOption: 1.5,
  /** Option-list evidence (a list of 200 countries is as telling as a label). */
  options: 5,
  /** Below this total the field is reported as unknown. */
  minScore: 1.5,
} as const;

/** The tally scale of each rule group's votes (1 where the rule sets its vote's size itself). */
const SCALE: Readonly<Partial<Record<RuleGroupName, number>>> = {
  autocomplete: W.autocomplete,
  'autocomplete word': W.autocompleteOther,
  label: W.label,
  'other label': W.labelOther,
  'aria-label': W.ariaLabel,
  'aria-labelledby': W.ariaLabelledBy,
  placeholder: W.placeholder,
  title: W.title,
  'first option': W.firstOption,
  'nearby text as label': W.nearbyAsLabel,
  'nearby text': W.nearby,
  description: W.describedBy,
  legend: W.legend,
  heading: W.heading,
  name: W.name,
  id: W.id,
  binding: W.id,
  options: W.options,
};
export const GROUP_SCALE: Float64Array = Float64Array.from({ length: RULE_GROUP_COUNT }, (_, g) => SCALE[RULE_GROUPS[g]!] ?? 1);

/** Texts longer than this (after normalisation) are prose, not captions: their votes are damped. */
export const LONG_TEXT = 60;
export const VERY_LONG_TEXT = 140;
