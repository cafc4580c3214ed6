// What the form and its page say (submit button, other buttons, heading, action, names, URL path,
// title, headings): each kind's own words.
import { identifiers, onlyContact, passwordWithoutPurchase, stepOfNewAccount } from './facts.ts';
import type { FormRule } from './rule.ts';

export const WORD_RULES: readonly FormRule[] = [
  { id: 'words:create-account', kind: 'signup', reason: '"Create account", "Registrieren": only account creation says it', value: (f) => f.cue('cue:create-account') },
  { id: 'words:trial', kind: 'signup', reason: '"Start free trial", "Get started": a trial needs an account, even on a lone email box', value: (f) => f.cue('cue:trial') },
  { id: 'words:signup', kind: 'signup', reason: '"Sign up" on more than contact details makes an account', value: (f) => (onlyContact(f) ? 0 : f.cue('cue:signup')) },
  { id: 'words:signup-on-contact', kind: 'signup', reason: '"Sign up" on contact details alone may sign up for emails', value: (f) => (onlyContact(f) ? f.cue('cue:signup') : 0) },
  { id: 'words:login', kind: 'login', reason: '"Log in", "Anmelden", "登录"', value: (f) => f.cue('cue:login') },
  { id: 'words:checkout', kind: 'checkout', reason: '"Place order", "Pay now", "Zur Kasse"', value: (f) => (passwordWithoutPurchase(f) ? 0 : f.cue('cue:checkout')) },
  {
    id: 'words:checkout-beside-password',
    kind: 'checkout',
    reason: 'payment words on a password with no card or address field are the next step of a paid sign-up ("Continue to payment")',
    value: (f) => (passwordWithoutPurchase(f) ? f.cue('cue:checkout') : 0),
  },
  {
    id: 'words:profile',
    kind: 'profile',
    reason: '"My account", "Edit profile"; not on a message box without a password, where "Kontakt"/"Contacto" names a contact page, not contact details, nor on a step of an account being opened, where "Personal details" names the step',
    value: (f) => ((f.textareas > 0 && f.passwords === 0) || stepOfNewAccount(f) ? 0 : f.cue('cue:profile')),
  },
  { id: 'words:change-password', kind: 'profile', reason: '"Change password" is an account already made', value: (f) => f.cue('cue:change-password') },
  {
    id: 'words:verification',
    kind: 'verification',
    reason: '"Verify", "Enter the code"; not on a form that asks no code, whose "Verify email address", "Verify your BVN" names the check made of what it asks (the phone and document rules read those checks)',
    value: (f) => (f.codes === 0 ? 0 : f.cue('cue:verification')),
  },
  { id: 'words:identity', kind: 'identity-verification', reason: '"Verify your identity", "KYC"', value: (f) => f.cue('cue:identity') },
  {
    id: 'words:newsletter',
    kind: 'newsletter',
    reason: '"Subscribe", "Newsletter"; not on a form that asks a person\'s identity number, which no mailing list needs ("Assine a Fibra" with a CPF subscribes to a service)',
    value: (f) => (f.idNumbers > 0 ? 0 : f.cue('cue:newsletter')),
  },
  { id: 'words:search', kind: 'search', reason: '"Search", "Suchen"', value: (f) => f.cue('cue:search') },
  { id: 'words:reset', kind: 'other', reason: '"Forgot password?", "Reset password": recovering an account is no signup and no sign-in', value: (f) => f.cue('cue:reset') },
  { id: 'words:contact', kind: 'other', reason: '"Contact us", "Send message": a message to the site, no account', value: (f) => f.cue('cue:contact') },
  {
    id: 'words:event',
    kind: 'other',
    reason: '"Register for the webinar", "RSVP", /events/ on a form without a password: attending an event makes no account',
    value: (f) => (f.passwords === 0 ? f.cue('cue:event') : 0),
  },
  { id: 'words:waitlist', kind: 'newsletter', reason: '"Join the waitlist" on a form without a password: a list to be written to later, like a newsletter', value: (f) => (f.passwords === 0 ? f.cue('cue:waitlist') : 0) },
  {
    id: 'words:job',
    kind: 'other',
    reason:
      '"Apply for this job", "Careers", /jobs/, "Volunteer with us" on a form without a password that reaches and names a person (an email or phone and a name, or a résumé): applying makes no account; a job search (keyword, job title, place) or a job alert\'s lone email applies for nothing',
    value: (f) => (f.passwords === 0 && f.searches === 0 && (f.jobPapers > 0 || (identifiers(f) + f.phones > 0 && f.personal > 0)) ? f.cue('cue:job') : 0),
  },
  {
    id: 'words:sign-in-or-up',
    kind: 'signup',
    reason:
      'the form\'s own words say both "Log in or sign up", "Sign in or create an account", and no password shows: the first step of both, so of a sign-up; the login words of its page (a /login path, a "Log in" title) name the same shared entry and count for it too',
    value: (f) => {
      if (f.visiblePasswords > 0) return 0;
      const both = Math.min(Math.max(f.ownCue('cue:signup'), f.ownCue('cue:create-account')), f.ownCue('cue:login'));
      return both > 0 ? both + f.cue('cue:login') - f.ownCue('cue:login') : 0;
    },
  },
  { id: 'words:comment', kind: 'other', reason: '"Post comment", "Leave a reply", "Write a review": a comment, no account', value: (f) => f.cue('cue:comment') },
];
