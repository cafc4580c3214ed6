// Registering a product for its warranty ("Register your product", /product-registration/) makes no account when no password is asked.
import type { FormRule } from './rule.ts';

export const WARRANTY_RULE: FormRule = {
  id: 'words:warranty',
  kind: 'other',
  reason: '"Register your product", "Product registration", "Garantieverlängerung" on a form without a password: a warranty card, not an account',
  value: (f) => (f.passwords === 0 ? f.cue('cue:warranty') : 0),
};
