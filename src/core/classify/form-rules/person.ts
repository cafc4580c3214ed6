// What the form asks about the person beside a password: making an account asks more than signing in.
import { identifiers, onlyContact, stepOfNewAccount } from './facts.ts';
import { type FormRule, yes } from './rule.ts';

const emailAndUsername = (f: Parameters<FormRule['value']>[0]) => f.passwords >= 1 && f.emails >= 1 && f.usernames >= 1;

export const PERSON_RULES: readonly FormRule[] = [
  {
    id: 'person:has-account-line',
    kind: 'signup',
    reason: '"Already have an account? Sign in" beside the fields is printed under signup forms; above an order\'s address or card with no password it offers a sign-in instead of a guest order',
    value: (f) => (f.passwords === 0 && (f.addressish >= 3 || f.card > 0) ? 0 : f.hasAccount),
  },
  { id: 'person:no-account-line', kind: 'login', reason: '"No account yet? Sign up" beside the fields is printed under login forms', value: (f) => f.noAccount },
  { id: 'person:details-with-password', kind: 'signup', reason: 'a password with two or more facts about the person or an address', value: (f) => yes(f.passwords >= 1 && f.personal + f.addressish >= 2) },
  { id: 'person:email-and-username', kind: 'signup', reason: 'a password with both an email and a user name: a sign-in asks for one', value: (f) => yes(emailAndUsername(f)) },
  {
    id: 'person:two-things-with-password',
    kind: 'signup',
    reason: 'a password with an identifier and one fact about the person (a phone beside it is the other way in, not a fact; two facts are details-with-password)',
    value: (f) => yes(!emailAndUsername(f) && f.passwords >= 1 && f.personal + f.addressish < 2 && Math.min(identifiers(f), 1) + f.personal - f.phones + f.addressish >= 2),
  },
  { id: 'person:confirm-email', kind: 'signup', reason: '"Confirm your email" only when an address is being registered', value: (f) => yes(f.confirmEmail > 0) },
  { id: 'person:consent-with-password', kind: 'signup', reason: 'terms to accept or emails to opt into beside a password: joining', value: (f) => yes(f.passwords >= 1 && f.consent + f.optIn > 0) },
  {
    id: 'person:details-said-signup',
    kind: 'signup',
    reason: 'more than contact details with "Sign up" and no password: the password comes by email or later',
    value: (f) => yes(f.passwords === 0 && !onlyContact(f) && identifiers(f) >= 1 && f.personal >= 2 && Math.max(f.cue('cue:signup'), f.cue('cue:trial')) >= 1),
  },
  {
    id: 'person:birth-date',
    kind: 'signup',
    reason: 'a birth date without an address or card: an age check of a new account, unless the form registers a thing or a person with a service (a SIM card, a patient) or describes an identity document (its issuer or dates: a check-in, a visa, a passenger)',
    value: (f) => yes(f.birth > 0 && f.addressish === 0 && f.card === 0 && f.documentDetails === 0 && f.cue('cue:record') < 1),
  },
  {
    id: 'person:details-without-password',
    kind: 'profile',
    reason: 'an address, or personal details under profile words ("My account", "Edit profile", "Save changes"), and no password: an address book or profile entry; a name and a phone alone are sent as often to ask for something (a quote, a test drive, a petition); not a step of an account being opened ("Open your account" … "Continue"), whose password comes before or after',
    value: (f) => yes(f.passwords === 0 && !stepOfNewAccount(f) && (f.addressish >= 2 || (f.personal >= 2 && f.cue('cue:profile') > 0))),
  },
];
