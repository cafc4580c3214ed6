// Forms for one task that is neither joining nor signing in: a code, a document, a job application,
// a search, a message, a comment, recovering a password; and the floor every other form must beat.
import { FORM_CUE_SOURCES } from '../form-rule-priors.ts';
import { type FormFacts, identifiers } from './facts.ts';
import { type FormRule, yes } from './rule.ts';

/**
 * No password, identifier, phone, personal, address, card, code or document field, and no captcha:
 * a captcha alone is a step of the page's task (a signup's "Enter the characters you see"), not a
 * form of its own like a cookie banner.
 */
const holdsNoAccount = (f: FormFacts): boolean => f.passwords + identifiers(f) + f.phones + f.personal + f.addressish + f.card + f.codes + f.documents + f.captchas === 0;

export const TASK_RULES: readonly FormRule[] = [
  { id: 'task:baseline', kind: 'other', reason: 'a form has to show what it is for to be called anything', value: () => 1 },
  { id: 'task:code', kind: 'verification', reason: 'a one-time code and at most one more box, no password', value: (f) => yes(f.codes >= 1 && f.entries <= f.codes + 1 && f.passwords === 0) },
  { id: 'task:document', kind: 'identity-verification', reason: 'a document number or upload', value: (f) => yes(f.documents >= 1) },
  { id: 'task:document-words', kind: 'identity-verification', reason: 'identity words beside a document field', value: (f) => (f.documents >= 1 ? f.cue('cue:identity') : 0) },
  { id: 'task:job-papers', kind: 'other', reason: 'a résumé or CV upload and no password: a job application, not an account', value: (f) => yes(f.jobPapers >= 1 && f.passwords === 0) },
  { id: 'task:search', kind: 'search', reason: 'a search box and at most one more, no password', value: (f) => yes(f.searches >= 1 && f.entries <= 2 && f.passwords === 0) },
  {
    id: 'task:free-text',
    kind: 'other',
    reason: 'a free-text box (message, comment, review) and no password: writing to the site, not joining it',
    value: (f) => yes(f.textareas >= 1 && f.passwords === 0),
  },
  { id: 'task:free-text-against-signup', kind: 'signup', reason: 'an account form does not ask for a message', value: (f) => -yes(f.textareas >= 1 && f.passwords === 0) },
  {
    id: 'task:nothing-to-join-with',
    kind: 'signup',
    reason: 'no field an account could hold (a cookie-consent or image form): the page\'s "Sign up" words are not about it',
    value: (f) => (holdsNoAccount(f) ? -(f.placeCue('cue:signup') + f.placeCue('cue:create-account') + f.placeCue('cue:trial')) : 0),
  },
  {
    id: 'task:nothing-to-sign-in-with',
    kind: 'login',
    reason: 'no field an account could hold: the page\'s "Log in" words are not about it',
    value: (f) => (holdsNoAccount(f) ? -f.placeCue('cue:login') : 0),
  },
  {
    id: 'task:newsletter-words',
    kind: 'newsletter',
    reason: 'newsletter words where the form is (its heading, the page: "Sign up for our newsletter") and no password: subscribing, however many details it asks, short of an identity number',
    value: (f) => (f.passwords === 0 && f.emails >= 1 && f.card === 0 && f.idNumbers === 0 ? f.placeCue('cue:newsletter') : 0),
  },
  {
    id: 'task:newsletter-words-against-signup',
    kind: 'signup',
    reason: '"Sign up" under a newsletter heading and no password signs up for emails, not for an account',
    value: (f) => (f.passwords === 0 && f.emails >= 1 && f.card === 0 && f.idNumbers === 0 ? -f.placeCue('cue:newsletter') : 0),
  },
  {
    id: 'task:recovery',
    kind: 'other',
    reason: 'one identifier, no password, and "forgot"/"reset" on its submit, heading or URL (not a link beside it): recovering a password',
    value: (f) => yes(f.passwords === 0 && f.entries <= 2 && identifiers(f) + f.phones >= 1 && f.cue('cue:reset') > FORM_CUE_SOURCES.otherButton),
  },
];
