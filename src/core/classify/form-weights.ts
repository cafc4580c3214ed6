// The form-kind rules' weights as the classifier reads them (learned-form-weights.ts, written by
// `npm run train`), checked against the rule registry: a rule added, removed or renamed without
// retraining fails loudly instead of shifting every weight by one.
import { FORM_RULE_IDS } from './form-rules/index.ts';
import { LEARNED_FORM } from './learned-form-weights.ts';

export interface FormWeights {
  readonly corpusHash: string;
  readonly trainer: string;
  readonly cv: string;
  /**
   * 'fitted': the trainer's weights; 'priors': the hand-set starting values, kept because the fit
   * scored lower on the same cross-validation folds (the trainer compares both and says so in `cv`).
   */
  readonly method: 'fitted' | 'priors';
  /** Rule ids, in the registry's order. */
  readonly rules: readonly string[];
  /** One weight per rule. */
  readonly weights: readonly number[];
}

/** Throws when the weights do not fit the registry (retrain with `npm run train`). */
export function checkFormWeights(w: FormWeights): FormWeights {
  if (w.rules.length !== FORM_RULE_IDS.length || w.rules.some((id, i) => id !== FORM_RULE_IDS[i]) || w.weights.length !== w.rules.length) {
    throw new Error('learned-form-weights.ts does not match the form rules: run npm run train');
  }
  return w;
}

export const FORM_WEIGHTS: FormWeights = LEARNED_FORM;
