// The learned weights (learned-weights.ts, written by `npm run train`) and the check that they fit
// the rule groups and categories the code defines (a unit test runs it; retrain after changing them).
import { CATEGORIES, type Category } from '../taxonomy/categories.ts';
import { LEARNED } from './learned-weights.ts';
import { SCORED_GROUPS } from './rule-groups.ts';
import type { ControlKind } from './signals/input-type.ts';

/**
 * Conditional logit over a field's candidate categories: each candidate's features are its best
 * type's votes summed per rule group, plus the field-context features; a weight row and a bias per
 * category. `none` is the no-signal candidate (reported as `other`, type `unknown`).
 */
export interface FieldModel {
  readonly candidates: readonly (Category | 'none')[];
  readonly features: readonly string[];
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
}

export interface LearnedWeights {
  readonly corpusHash: string;
  readonly trainer: string;
  readonly cv: string;
  readonly field: FieldModel;
}

/**
 * Controls that make some types implausible (an email in a select, a street in a date box): the
 * fit learns how much each one's implausible types lose (signals/input-type.ts lists, per control,
 * the types it is made for). A checkbox, a radio button and a file input rule the others out
 * altogether (those never become candidates); a text, url or search box constrains nothing the
 * corpus shows (fitted, url's weight was 0 and search's +0.19: no penalty), so they have no feature.
 */
export const CONTROL_KINDS = ['email', 'tel', 'number', 'password', 'select', 'textarea', 'date'] as const satisfies readonly ControlKind[];
/**
 * Features after the scored rule groups' vote sums: whether a context rule (context.ts) voted for
 * the candidate at all — they overrule the field's own words by design, and this lets the fit say
 * how far — and whether the candidate's type is implausible for the field's control, one feature
 * per control kind. (Whether the field sits in a company's form was a feature too; fitted, its
 * weights were all |w| < 0.08, so it is none: the context rules read the form's company block.)
 */
export const FIELD_CONTEXT_FEATURES = ['a context rule chose it', ...CONTROL_KINDS.map((k) => `implausible for ${k}`)] as const;
export const FIELD_FEATURES: readonly string[] = [...SCORED_GROUPS, ...FIELD_CONTEXT_FEATURES];
export const FIELD_CANDIDATES: readonly (Category | 'none')[] = [...CATEGORIES, 'none'];

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Throws when the weights do not fit the code's rule lists (retrain with `npm run train`). */
export function checkModel(m: LearnedWeights): LearnedWeights {
  const fail = (what: string) => {
    throw new Error(`learned-weights.ts does not match the code (${what}): run npm run train`);
  };
  if (!same(m.field.features, FIELD_FEATURES)) fail('field features');
  if (!same(m.field.candidates, FIELD_CANDIDATES)) fail('field candidates');
  if (m.field.weights.length !== FIELD_CANDIDATES.length || m.field.weights.some((w) => w.length !== FIELD_FEATURES.length)) fail('field weight shape');
  return m;
}

export const MODEL: LearnedWeights = LEARNED;
export const FIELD_MODEL: FieldModel = LEARNED.field;
