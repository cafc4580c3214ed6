// The kinds of evidence that cast a field's votes. Each kind's votes are summed apart, so the
// learned combination (combine.ts, weights fitted by `npm run train`) weighs a label against a
// placeholder against a name attribute against a context rule itself, instead of one hand-set
// scale for all of them (weights.ts only ranks the types for the context rules).
export const RULE_GROUPS = [
  'autocomplete',
  'autocomplete word',
  'control',
  'label',
  'other label',
  'aria-label',
  'aria-labelledby',
  'placeholder',
  'title',
  'first option',
  'nearby text as label',
  'nearby text',
  'description',
  'legend',
  'heading',
  'name',
  'id',
  'binding',
  'options',
  'format',
  'shape',
  'context',
  'note',
] as const;
export type RuleGroupName = (typeof RULE_GROUPS)[number];
export type RuleGroup = number;

export const Rule = Object.fromEntries(RULE_GROUPS.map((g, i) => [g, i])) as Record<RuleGroupName, RuleGroup>;
export const RULE_GROUP_COUNT = RULE_GROUPS.length;
/**
 * Groups whose vote sums the learned combination does not read: `note` only adds evidence (which
 * section a field sits in); the control's own votes (type=email…), the context rules' votes and the
 * section heading's rank types for the context rules (and set their cues), while the combination
 * reads the control through how plausible a type is for it and a context rule through whether it
 * chose the candidate (model.ts). Fitted as features, their weights were ~0 (|w| < 0.05), so they
 * are none.
 */
export const TALLY_ONLY: ReadonlySet<RuleGroupName> = new Set(['control', 'heading', 'context', 'note']);
/** The groups the learned combination weighs, in feature order. */
export const SCORED_GROUPS: readonly RuleGroupName[] = RULE_GROUPS.filter((g) => !TALLY_ONLY.has(g));
export const SCORED_GROUP_COUNT = SCORED_GROUPS.length;
/** Feature index of each group, -1 for a tally-only one. */
export const FEATURE_OF_GROUP: Int32Array = Int32Array.from(RULE_GROUPS, (g) => SCORED_GROUPS.indexOf(g));

/** The text sources of scoreText/scoreAttribute and their default group (field.ts picks "other label" and "nearby text as label"). */
const SOURCES: Readonly<Record<string, RuleGroup>> = {
  label: Rule.label,
  'aria-label': Rule['aria-label'],
  'aria-labelledby': Rule['aria-labelledby'],
  placeholder: Rule.placeholder,
  title: Rule.title,
  'first option': Rule['first option'],
  'nearby text': Rule['nearby text'],
  description: Rule.description,
  legend: Rule.legend,
  heading: Rule.heading,
  name: Rule.name,
  id: Rule.id,
  binding: Rule.binding,
  autocomplete: Rule['autocomplete word'],
};

/** The sources of what a person reads as the box's caption (its label, placeholder, the text before it…), as against the developer's names for it. */
export const CAPTION_SOURCES: ReadonlySet<string> = new Set(['label', 'aria-label', 'aria-labelledby', 'placeholder', 'title', 'nearby text']);

/** Group of a text source; an unknown source is a programming error, caught by the unit tests. */
export function groupOfSource(source: string): RuleGroup {
  const g = SOURCES[source];
  if (g === undefined) throw new Error(`unknown signal source "${source}"`);
  return g;
}
