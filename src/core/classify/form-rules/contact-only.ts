// An email box with at most two more entries and no password: a newsletter, a contact request, or the
// first step of an email-first sign-in or sign-up. Which one is said by the words around it.
import { onlyContact, saysNewsletter } from './facts.ts';
import { type FormRule, yes } from './rule.ts';

/** Contact details alone and nothing says newsletter. */
const plainContact = (f: Parameters<FormRule['value']>[0]) => onlyContact(f) && !saysNewsletter(f);

export const CONTACT_ONLY_RULES: readonly FormRule[] = [
  { id: 'contact:alone', kind: 'newsletter', reason: 'an email box and little else is what a newsletter asks', value: (f) => yes(onlyContact(f)) },
  { id: 'contact:says-newsletter', kind: 'newsletter', reason: 'an opt-in box or newsletter words beside contact details alone', value: (f) => yes(onlyContact(f) && saysNewsletter(f)) },
  { id: 'contact:sign-up-for-emails', kind: 'newsletter', reason: '"Sign up" on a lone email box signs up for emails', value: (f) => yes(plainContact(f) && f.cue('cue:signup') > 0) },
  {
    id: 'contact:email-first-next',
    kind: 'login',
    reason: 'one email box whose submit says "Continue"/"Next": the first step of an email-first sign-in',
    value: (f) => (plainContact(f) && f.entries === 1 ? f.cue('cue:next-step') : 0),
  },
  {
    id: 'contact:name-email-next',
    kind: 'signup',
    reason: 'a name and an email whose submit says "Next": the first step of an account (a newsletter subscribes in one step)',
    value: (f) => yes(plainContact(f) && f.personal >= 1 && f.cue('cue:next-step') > 0),
  },
  {
    id: 'contact:email-first-account-words',
    kind: 'signup',
    reason: 'one email box with "Continue"/"Next" on a page or under a heading that says create account or sign up (/signup, /register): step one of a sign-up',
    value: (f) => (plainContact(f) && f.entries === 1 && f.cue('cue:next-step') > 0 ? f.placeCue('cue:create-account') + f.placeCue('cue:signup') + f.placeCue('cue:trial') : 0),
  },
];
