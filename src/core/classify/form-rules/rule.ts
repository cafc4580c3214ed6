// A form-kind rule: one readable signal for one kind. Its weight is data (learned-form-weights.ts,
// fitted by `npm run train` around the hand-set starting values in form-rule-priors.ts).
import type { FormKind } from '../../report.ts';
import type { FormFacts } from './facts.ts';

export interface FormRule {
  /** Stable name: the key of the rule's weight in the data files. */
  readonly id: string;
  /** The kind whose score the rule's value times its weight adds to (a negative weight counts against it). */
  readonly kind: FormKind;
  /** One line: why the signal means what it means. */
  readonly reason: string;
  /** How strongly the signal is present: 0 when absent, 1 for a yes/no signal, a cue strength for words. */
  readonly value: (f: FormFacts) => number;
}

export const yes = (b: boolean): number => (b ? 1 : 0);
