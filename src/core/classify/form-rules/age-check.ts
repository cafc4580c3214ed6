// A birth date and nothing else (no name, identifier or password) is an age check at a site's door ("Enter your date of birth"), not a new account.
import { identifiers } from './facts.ts';
import { type FormRule, yes } from './rule.ts';

export const AGE_CHECK_RULE: FormRule = {
  id: 'person:birth-date-alone',
  kind: 'signup',
  reason: 'a birth date with no name, identifier, address or password: an age gate ("Are you of legal drinking age?"), whose date makes no account',
  value: (f) => -yes(f.birth > 0 && f.personal === f.birth && identifiers(f) === 0 && f.passwords === 0 && f.addressish === 0),
};
