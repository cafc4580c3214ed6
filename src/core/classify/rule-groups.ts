// The kinds of rule that cast a field's votes. Each group's votes are summed apart, so the learned
// combination (combine.ts, weights fitted by `npm run train`) can weigh a label against an
// attribute name against a context rule, instead of one hand-set scale for all of them.
export const RULE_GROUPS = ['autocomplete', 'control', 'caption', 'attribute', 'surroundings', 'options', 'format', 'shape', 'context', 'note'] as const;
export type RuleGroupName = (typeof RULE_GROUPS)[number];
export type RuleGroup = number;

export const Rule = Object.fromEntries(RULE_GROUPS.map((g, i) => [g, i])) as Record<RuleGroupName, RuleGroup>;
export const RULE_GROUP_COUNT = RULE_GROUPS.length;
/** Groups the learned combination weighs; `note` only adds evidence (which section a field sits in) and never decides. */
export const SCORED_GROUP_COUNT = RULE_GROUP_COUNT - 1;

/** The text sources of scoreText/scoreAttribute, by group. */
const SOURCES: Readonly<Record<string, RuleGroup>> = {
  label: Rule.caption,
  'aria-label': Rule.caption,
  'aria-labelledby': Rule.caption,
  placeholder: Rule.caption,
  title: Rule.caption,
  'first option': Rule.caption,
  'nearby text': Rule.surroundings,
  'column header': Rule.surroundings,
  description: Rule.surroundings,
  legend: Rule.surroundings,
  heading: Rule.surroundings,
  name: Rule.attribute,
  id: Rule.attribute,
  binding: Rule.attribute,
  autocomplete: Rule.autocomplete,
};

/** Group of a text source; an unknown source is a programming error, caught by the unit tests. */
export function groupOfSource(source: string): RuleGroup {
  const g = SOURCES[source];
  if (g === undefined) throw new Error(`unknown signal source "${source}"`);
  return g;
}
