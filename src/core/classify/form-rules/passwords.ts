// What the password boxes say about the form: how many, new or current, confirmed, with what beside them.
import { aboutThePerson, changesPassword, identifiers, passwordPair } from './facts.ts';
import { type FormRule, yes } from './rule.ts';

/** A password pair beside something that names the account (not a change of password). */
const accountPair = (f: Parameters<FormRule['value']>[0]) => !changesPassword(f) && passwordPair(f) && identifiers(f) + f.personal > 0;

export const PASSWORD_RULES: readonly FormRule[] = [
  { id: 'password:change', kind: 'profile', reason: 'current + new password: changing the password of an account already made', value: (f) => yes(changesPassword(f)) },
  { id: 'password:confirmed-pair', kind: 'signup', reason: 'a password and its "confirm password" box beside an identifier: an account being made', value: (f) => yes(accountPair(f) && f.confirmations > 0) },
  { id: 'password:plain-pair', kind: 'signup', reason: 'two password boxes captioned apart beside an identifier (a show/hide copy, captioned alike, counts once): a password and its confirmation, in any language', value: (f) => yes(accountPair(f) && f.confirmations === 0) },
  {
    id: 'password:new-twice-alone',
    kind: 'other',
    reason: 'two password boxes and nothing naming the account: setting a new password after a reset link',
    value: (f) => yes(!changesPassword(f) && !accountPair(f) && f.passwords >= 2),
  },
  {
    id: 'password:new-one',
    kind: 'signup',
    reason: 'one visible password box asking for a new password (autocomplete=new-password, "choose a password") beside an identifier; a hidden decoy for password managers does not count',
    value: (f) => yes(f.newPassword > 0 && (f.passwords === 1 || f.visiblePasswords === 1) && identifiers(f) + f.personal > 0),
  },
  { id: 'password:two-against-login', kind: 'login', reason: 'a sign-in asks for one password', value: (f) => -yes(f.passwords >= 2) },
  {
    id: 'password:short-form',
    kind: 'login',
    reason: 'one password and at most two more boxes, nothing about the person and no terms to accept: a sign-in',
    value: (f) => yes(f.passwords === 1 && f.entries <= 3 && aboutThePerson(f) === 0 && f.consent === 0),
  },
  { id: 'password:remember-me', kind: 'login', reason: '"Remember me" on a checkbox beside one password: only a sign-in keeps you signed in', value: (f) => (f.passwords === 1 && f.newPassword === 0 ? f.stayIn : 0) },
  {
    id: 'password:forgot',
    kind: 'login',
    reason: '"Forgot password?" beside the password box: only a sign-in offers to recover the password it asks for',
    value: (f) => (f.passwords === 1 && f.newPassword === 0 ? Math.min(f.forgot, 1) : 0),
  },
  {
    id: 'password:one-identifier',
    kind: 'login',
    reason: 'one password and one identifier, nothing about the person, no address and no terms to accept',
    value: (f) => yes(f.passwords === 1 && f.newPassword === 0 && identifiers(f) <= 1 && aboutThePerson(f) === 0 && f.addressish === 0 && f.consent === 0),
  },
  {
    id: 'password:one-in-sign-up-place',
    kind: 'signup',
    reason: 'one password where the page or the form\'s heading says sign up or create account (/signup, "Create your account"), and no "Forgot password?" or "Remember me": making the account',
    value: (f) => (f.passwords === 1 && f.forgot === 0 && f.stayIn === 0 ? f.placeCue('cue:create-account') + f.placeCue('cue:signup') + f.placeCue('cue:trial') : 0),
  },
];
