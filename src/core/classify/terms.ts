// What a lexicon keyword can stand for: a field type (it names the field) or a cue (a word that
// changes how neighbouring evidence reads: "billing", "expiry", "confirm", "sign up"…).
import type { Category } from '../taxonomy/categories.ts';
import { FIELD_TYPES, type FieldType } from '../taxonomy/field-types.ts';

export const CUES = [
  // field context
  'cue:payment',
  'cue:billing',
  'cue:shipping',
  'cue:address',
  'cue:birth',
  'cue:expiry',
  'cue:day',
  'cue:month',
  'cue:year',
  'cue:confirm',
  'cue:new',
  'cue:current',
  'cue:code',
  'cue:sms',
  'cue:phone',
  // framework noise in attribute names ("ContentPlaceHolder"): matched so it cannot match as anything else
  'cue:noise',
  // what a form is for (button, heading, title and URL words)
  'cue:signup',
  /** Starting a trial or a product ("Start free trial", "Get started"): needs an account, unlike "sign up" which newsletters use too. */
  'cue:trial',
  /** "Continue", "Next": the form is one step of several (a newsletter has no next step). Says nothing about which flow. */
  'cue:next-step',
  /** Unambiguous account creation ("create account", "registrieren"), unlike "sign up" which newsletters use too. */
  'cue:create-account',
  'cue:login',
  'cue:newsletter',
  'cue:search',
  'cue:checkout',
  'cue:reset',
  'cue:change-password',
  /** "Already have an account? Sign in": printed beside signup forms. */
  'cue:has-account',
  /** "Don't have an account? Sign up": printed beside login forms. */
  'cue:no-account',
  'cue:profile',
  'cue:identity',
  'cue:verification',
  /** "Contact us", "Send message": a message to the site. */
  'cue:contact',
  /** "Post comment", "Leave a reply", "Write a review". */
  'cue:comment',
  /** An event one attends ("Register for the webinar", /events/, "RSVP", "Get tickets"): registering for it makes no account. */
  'cue:event',
  /** A waiting list ("Join the waitlist"): a list of addresses to write to later, not an account. */
  'cue:waitlist',
  /** A job, internship or volunteer opening ("Careers", /jobs/, "Apply for this job", "Résumé/CV", "Volunteer with us"): applying makes no account. */
  'cue:job',
  /** Something people give a name that is not a person (a project, a room, a pet, a bank, a shop): "Project name", "Nom de votre chien". */
  'cue:thing',
  /** A product registered for its warranty ("Register your product", "Product registration"): registering it makes no account. */
  'cue:warranty',
  /** A thing or a person registered with a service, not an account: a SIM card, a vehicle, a patient with a practice, a pupil with a school ("SIM registration", "Register as a new patient", "Renew your vehicle registration"). */
  'cue:record',
  /** Inviting someone else ("Invite members", "Send invitation"): the email is theirs, the form makes no subscription and no account of the sender's. */
  'cue:invite',
  /** Getting an app or a link by text message ("Text me the app link", "Enviar enlace"): a phone with no code to check. */
  'cue:app-link',
  /** A box marked optional ("Password (optional)", "Mot de passe (facultatif)"): the form is sent without it. */
  'cue:optional',
  /** A company's tax invoice ("Tax invoice", "Faktura VAT", "R1 račun", "增值税专用发票"): only a business asks for one, so the tax number beside it is the business's. */
  'cue:tax-invoice',
] as const;
export type Cue = (typeof CUES)[number];

/**
 * The taxonomy's field-type ids, spelled out so lexicons and rules are checked by the compiler
 * (the taxonomy types ids as plain strings). `typeIndex` throws at load if one goes missing, and a
 * unit test checks this list against the taxonomy both ways.
 */
export const NAMED_TYPES = [
  'name',
  'given-name',
  'additional-name',
  'family-name',
  'honorific-prefix',
  'honorific-suffix',
  'email',
  'email-confirm',
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-extension',
  'phone-verification-code',
  'street-address',
  'address-line1',
  'address-line2',
  'address-line3',
  'address-housenumber',
  'address-level1',
  'address-level2',
  'address-level3',
  'postal-code',
  'country',
  'cc-name',
  'cc-number',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'cc-csc',
  'cc-type',
  'iban',
  'bank-account-number',
  'bank-routing-number',
  'crypto-wallet',
  'payment-method',
  'bday',
  'bday-day',
  'bday-month',
  'bday-year',
  'place-of-birth',
  'national-id',
  'ssn',
  'pan',
  'passport-number',
  'drivers-licence-number',
  'personal-tax-id',
  'document-details',
  'nationality',
  'us-person-status',
  'vat-number',
  'company-registration-number',
  'organization',
  'organization-title',
  'account-type',
  'industry',
  'company-size',
  'website',
  'id-document-upload',
  'selfie',
  'proof-of-address',
  'intended-use',
  'ai-training-intent',
  'username',
  'current-password',
  'new-password',
  'one-time-code',
  'account-name',
  'security-question',
  'captcha',
  'consent',
  'marketing-opt-in',
  'sex',
  'language',
  'currency',
  'region-choice',
  'plan-choice',
  'search',
  'promo-code',
  'attachment',
  'other-date',
  'reference-number',
  'unknown',
] as const;
export type TypeId = (typeof NAMED_TYPES)[number];
export type Term = TypeId | Cue;

export const TYPE_IDS: readonly FieldType[] = FIELD_TYPES.map((d) => d.id);
export const TYPE_COUNT = TYPE_IDS.length;
/** Category of each type index. */
export const TYPE_CATEGORY: readonly Category[] = FIELD_TYPES.map((d) => d.category);
export const CUE_COUNT = CUES.length;

const TYPE_INDEX = new Map<string, number>(TYPE_IDS.map((id, i) => [id, i]));
const CUE_INDEX = new Map<string, number>(CUES.map((id, i) => [id, i]));

/** Index of a field type in score arrays; throws on a typo so lexicon mistakes fail at load. */
export function typeIndex(id: string): number {
  const i = TYPE_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown field type ${id}`);
  return i;
}

export function cueIndex(id: Cue): number {
  const i = CUE_INDEX.get(id);
  if (i === undefined) throw new Error(`unknown cue ${id}`);
  return i;
}

export function isTerm(id: string): id is Term {
  return TYPE_INDEX.has(id) || CUE_INDEX.has(id);
}

/**
 * A term encoded as one number: field types 0…TYPE_COUNT-1, cues TYPE_COUNT…; keeps the compiled
 * matcher free of strings on the hot path.
 */
export function termCode(id: Term): number {
  const t = TYPE_INDEX.get(id);
  if (t !== undefined) return t;
  return TYPE_COUNT + cueIndex(id as Cue);
}

/** Shorthands used across the classifier. */
export const T = Object.fromEntries(NAMED_TYPES.map((id) => [id, typeIndex(id)])) as Record<TypeId, number>;
export const C = Object.fromEntries(CUES.map((id, i) => [id, i])) as Record<Cue, number>;
/** The term code of `cue:noise`: words matched only so that they match as nothing else. */
export const NOISE = termCode('cue:noise');
