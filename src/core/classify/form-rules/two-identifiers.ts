// A sign-in asks for one identifier: a small form with two (a user name and an email, an email twice) and no password is no sign-in, whatever its page says.
import { identifiers } from './facts.ts';
import type { FormRule } from './rule.ts';

export const TWO_IDENTIFIERS_RULE: FormRule = {
  id: 'identifiers:two-without-password',
  kind: 'login',
  reason: 'two identifiers, at most one more box and no password ("Username or e-mail" recovery, a registration step): the "Log in"/"Authorization" words of its page are not about it',
  value: (f) => (f.passwords === 0 && identifiers(f) >= 2 && f.entries <= identifiers(f) + 1 ? -f.cue('cue:login') : 0),
};
