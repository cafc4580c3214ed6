// Card and address fields: paying or shipping, not joining.
import { type FormRule, yes } from './rule.ts';

export const PURCHASE_RULES: readonly FormRule[] = [
  { id: 'purchase:card', kind: 'checkout', reason: 'card number, expiry and code: a payment', value: (f) => yes(f.card >= 2) },
  { id: 'purchase:one-card-field', kind: 'checkout', reason: 'one card field: likely a payment', value: (f) => yes(f.card === 1) },
  { id: 'purchase:card-against-signup', kind: 'signup', reason: 'a card form is not an account form, even on a paid sign-up page', value: (f) => -yes(f.card >= 2) },
  { id: 'purchase:address-without-password', kind: 'checkout', reason: 'a full address and no password: shipping or billing', value: (f) => yes(f.addressish >= 3 && f.passwords === 0) },
  {
    id: 'purchase:order-without-password',
    kind: 'signup',
    reason: 'checkout words or a card field and no password: a guest order, whatever the page says about accounts',
    value: (f) => -yes(f.passwords === 0 && (f.card >= 1 || f.cue('cue:checkout') >= 1)),
  },
  {
    id: 'purchase:address-with-order-words',
    kind: 'checkout',
    reason: 'a full address with checkout words ("Place order", "Continue to payment"): an order, even when it offers an account on the way',
    value: (f) => (f.addressish >= 3 ? Math.min(f.cue('cue:checkout'), 1) : 0),
  },
  {
    id: 'purchase:order-offering-account',
    kind: 'signup',
    reason: 'a full address, a password and order words ("Continue with order", /checkout): the account is offered on the way, the form is the order',
    value: (f) => (f.addressish >= 3 && f.passwords >= 1 ? -Math.min(f.cue('cue:checkout'), 1) : 0),
  },
];
