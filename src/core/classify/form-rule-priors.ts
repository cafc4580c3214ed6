// The hand-set starting weights of the form-kind rules (form-rules/), one number per rule id: the
// formula the rules were written as, kept as data. `npm run train` fits the weights the classifier
// uses (learned-form-weights.ts) from the corpus with an L2 pull toward these values, so a rule the
// corpus rarely shows (a comment form, a password recovery) keeps its stated meaning.
/**
 * How strongly a cue word counts by where it is written (hand-set with the formula, not fitted): the
 * submit button says most about the form, other buttons little (a "Sign up" tab beside a "Log in"
 * submit), the URL path and the form's heading much, the page title and headings less; the page's
 * words count at `pageBehindOwnWords` for a form whose own words name another task.
 */
export const FORM_CUE_SOURCES = { button: 6, otherButton: 1.5, formHeading: 3.5, action: 1, names: 2, url: 3.5, title: 1.2, pageHeading: 1, pageBehindOwnWords: 0.25 } as const;

/** A button word the lexicon files as a field type ("Subscribe" → marketing opt-in) counts as its cue at this fraction. */
export const TYPE_WORD_AS_CUE = 0.6;

export const FORM_RULE_PRIORS: Readonly<Record<string, number>> = {
  'words:create-account': 1.2,
  'words:trial': 1,
  'words:signup': 1,
  'words:signup-on-contact': 0.4,
  'words:login': 1,
  'words:checkout': 0.7,
  'words:checkout-beside-password': 0.28,
  'words:profile': 0.7,
  'words:change-password': 1,
  'words:verification': 0.6,
  'words:identity': 0.5,
  'words:newsletter': 1,
  'words:search': 0.5,
  'words:reset': 0.8,
  'words:contact': 0.8,
  'words:comment': 0.8,
  'words:sign-in-or-up': 1,
  'words:event': 0.8,
  'words:waitlist': 1,
  'words:job': 0.8,
  'password:change': 4,
  'password:confirmed-pair': 3.5,
  'password:plain-pair': 2,
  'password:new-twice-alone': 2,
  'password:new-one': 4,
  'password:two-against-login': 1.5,
  'password:short-form': 3,
  'password:remember-me': 2.5,
  'password:forgot': 4,
  'password:one-identifier': 1,
  'password:one-in-sign-up-place': 0.5,
  'person:has-account-line': 4,
  'person:no-account-line': 4,
  'person:details-with-password': 2.5,
  'person:email-and-username': 1.5,
  'person:two-things-with-password': 2,
  'person:confirm-email': 3,
  'person:consent-with-password': 1.5,
  'person:details-said-signup': 1,
  'person:birth-date': 1.5,
  'person:details-without-password': 1.5,
  'purchase:card': 5,
  'purchase:one-card-field': 2,
  'purchase:card-against-signup': 1.5,
  'purchase:address-without-password': 1,
  'purchase:order-without-password': 1,
  'purchase:address-with-order-words': 2,
  'purchase:order-offering-account': 4,
  'contact:alone': 1.5,
  'contact:says-newsletter': 2,
  'contact:sign-up-for-emails': 1,
  'contact:email-first-next': 0.4,
  'contact:name-email-next': 2,
  'contact:email-first-account-words': 0.5,
  'task:baseline': 1.5,
  'task:code': 5,
  'task:document': 5,
  'task:document-words': 0.5,
  'task:job-papers': 2,
  'task:search': 5,
  'task:free-text': 2,
  'task:free-text-against-signup': 1.5,
  'task:nothing-to-join-with': 1,
  'task:nothing-to-sign-in-with': 1,
  'task:newsletter-words': 1,
  'task:newsletter-words-against-signup': 1,
  'task:recovery': 3,
  'identifiers:two-without-password': 1,
  'words:warranty': 0.8,
  'person:birth-date-alone': 1.5,
  'task:phone-check': 5,
  'task:document-verification-words': 0.6,
};
