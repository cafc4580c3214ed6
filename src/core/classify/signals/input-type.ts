// What the control itself says: its input type votes for a few types, and it bounds which types are
// plausible at all (a checkbox is never a street address; a file input is never a phone number).
import { Rule } from '../rule-groups.ts';
import type { FieldFeatures } from '../../features.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T, TYPE_COUNT, type TypeId } from '../terms.ts';

export type ControlKind = 'text' | 'email' | 'tel' | 'number' | 'password' | 'choice' | 'file' | 'select' | 'textarea' | 'date' | 'search' | 'url';

export function controlKind(f: FieldFeatures): ControlKind {
  if (f.tag === 'select') return 'select';
  if (f.tag === 'textarea') return 'textarea';
  switch (f.type) {
    case 'email':
      return 'email';
    case 'tel':
      return 'tel';
    case 'number':
      return 'number';
    case 'password':
      return 'password';
    case 'checkbox':
    case 'radio':
      return 'choice';
    case 'file':
      return 'file';
    case 'date':
    case 'month':
    case 'week':
    case 'datetime-local':
      return 'date';
    case 'search':
      return 'search';
    case 'url':
      return 'url';
    default:
      return 'text';
  }
}

/** Types a set of options, radio buttons or checkboxes can stand for. */
const CHOICE_TYPES: readonly TypeId[] = [
  'consent',
  'marketing-opt-in',
  'sex',
  'honorific-prefix',
  'account-type',
  'us-person-status',
  'payment-method',
  'cc-type',
  'ai-training-intent',
  'intended-use',
  'region-choice',
  'plan-choice',
  'nationality',
  'industry',
  'company-size',
  'currency',
  'language',
  // The identity document to show ("Passport / ID card / Residence permit"), as a select lists them.
  'national-id',
];

const SELECT_TYPES: readonly TypeId[] = [
  ...CHOICE_TYPES,
  'country',
  'address-level1',
  'address-level2',
  'address-level3',
  'tel-country-code',
  'tel-area-code',
  'bday-day',
  'bday-month',
  'bday-year',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'organization-title',
  'place-of-birth',
  'document-details',
];

const NUMERIC_TYPES: readonly TypeId[] = [
  'tel',
  'tel-country-code',
  'tel-national',
  'tel-area-code',
  'tel-local',
  'tel-extension',
  'phone-verification-code',
  'one-time-code',
  'cc-number',
  'cc-csc',
  'cc-exp',
  'cc-exp-month',
  'cc-exp-year',
  'postal-code',
  'bday',
  'bday-day',
  'bday-month',
  'bday-year',
  'address-housenumber',
  'national-id',
  'ssn',
  'pan',
  'personal-tax-id',
  'vat-number',
  'company-registration-number',
  'iban',
  'bank-account-number',
  'bank-routing-number',
  'captcha',
  'promo-code',
  'company-size',
  'username',
  'reference-number',
];

/** A person's identity and tax numbers and a company's: typed on one line. */
const ID_AND_TAX_NUMBERS: readonly TypeId[] = ['national-id', 'ssn', 'pan', 'passport-number', 'drivers-licence-number', 'personal-tax-id', 'vat-number', 'company-registration-number'];

/** Numbers that are not phone numbers but are often typed on a phone's number pad (`type=tel`). */
export const KEYPAD_NUMBERS: readonly TypeId[] = NUMERIC_TYPES.filter((t) => !t.startsWith('tel') && t !== 'username' && t !== 'company-size');

function table(rest: number, entries: Partial<Record<TypeId, number>>): Float64Array {
  const m = new Float64Array(TYPE_COUNT).fill(rest);
  // An attachment ("Profile picture", "Resume") is only ever a file; the words name other things elsewhere.
  m[T.attachment] = 0;
  for (const [id, v] of Object.entries(entries) as [TypeId, number][]) m[T[id]] = v;
  return m;
}
const only = (types: readonly TypeId[], v = 1): Partial<Record<TypeId, number>> => Object.fromEntries(types.map((t) => [t, v]));

const NAMES: Partial<Record<TypeId, number>> = { name: 0.3, 'given-name': 0.3, 'family-name': 0.3, 'additional-name': 0.3 };

export const MULTIPLIERS: Readonly<Record<ControlKind, Float64Array>> = {
  // Consent and a marketing opt-in are ticked, never typed: a text box captioned "Sign up for our newsletter" takes the email.
  text: table(1, { consent: 0, 'marketing-opt-in': 0 }),
  email: table(0.1, { email: 1, 'email-confirm': 1, username: 1 }),
  tel: table(1, { email: 0.2, 'email-confirm': 0.2, ...NAMES, 'street-address': 0.4 }),
  number: table(0.3, only(NUMERIC_TYPES)),
  password: table(0.1, { 'current-password': 1, 'new-password': 1, 'one-time-code': 1, 'phone-verification-code': 1, 'cc-csc': 1, ssn: 1, 'national-id': 1, 'cc-number': 0.6, 'bank-account-number': 0.6, captcha: 0.5 }),
  choice: table(0, only(CHOICE_TYPES)),
  file: table(0, { 'id-document-upload': 1, selfie: 1, 'proof-of-address': 1, attachment: 1 }),
  // A list never holds the user's own email address (it may offer a choice of them elsewhere, never here).
  select: table(0.25, { ...only(SELECT_TYPES), email: 0, 'email-confirm': 0 }),
  // A salutation is a word picked or typed on one line, never a multi-line box's content; nor is an
  // identity or tax number (a multi-line "Alamat sesuai NPWP" asks the address the number is filed at).
  // Nor is a code or a user name (Mastodon's reason to join sits in user[invite_request_attributes][text]:
  // its "invite" names the request, not an invitation code). reCAPTCHA's hidden response box is a
  // text area, so a captcha stays possible.
  textarea: table(0.5, {
    'street-address': 1,
    'intended-use': 1,
    'ai-training-intent': 1,
    'address-line2': 0.8,
    'honorific-prefix': 0,
    'honorific-suffix': 0,
    ...only(ID_AND_TAX_NUMBERS, 0),
    ...only(['promo-code', 'one-time-code', 'phone-verification-code', 'username'], 0),
  }),
  date: table(0.2, { bday: 1, 'cc-exp': 1, 'cc-exp-month': 0.5, 'cc-exp-year': 0.5, 'other-date': 1, 'document-details': 1 }),
  // Address pickers are often search boxes ("Search for your address", a province filter), and so
  // are the comboboxes that pick a phone's calling code (type=search inside a custom select).
  search: table(0.3, { search: 1, 'street-address': 1, 'postal-code': 1, 'address-level1': 1, 'address-level2': 1, 'address-level3': 1, country: 1, 'tel-country-code': 1 }),
  url: table(0.3, { website: 1 }),
};

/** The votes the control's type casts by itself. */
export function scoreInputType(fs: FieldScore, kind: ControlKind): void {
  const type = fs.features.type;
  switch (kind) {
    case 'email':
      vote(fs, Rule.control, T.email, 5, 'type=email');
      break;
    case 'tel':
      vote(fs, Rule.control, T.tel, 2.5, 'type=tel');
      break;
    case 'password':
      vote(fs, Rule.control, T['current-password'], 4.5, 'type=password');
      break;
    case 'date':
      if (type === 'month') vote(fs, Rule.control, T['cc-exp'], 2, 'type=month');
      else vote(fs, Rule.control, T.bday, 2, `type=${type}`);
      break;
    case 'search':
      vote(fs, Rule.control, T.search, 4, 'type=search');
      break;
    case 'url':
      vote(fs, Rule.control, T.website, 4, 'type=url');
      break;
    case 'file':
      vote(fs, Rule.control, T['id-document-upload'], 1.2, 'type=file');
      // The page asks the phone for a camera: the front one takes a selfie, the rear one a document.
      if (fs.features.capture === 'user') vote(fs, Rule.control, T.selfie, 3, 'capture=user (front camera)');
      else if (fs.features.capture === 'environment') vote(fs, Rule.control, T['id-document-upload'], 2, 'capture=environment (rear camera)');
      break;
    default:
      break;
  }
}
