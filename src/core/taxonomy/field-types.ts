// Fine-grained field types. Where an HTML autocomplete token exists it is the id; the rest are the
// types signup and KYC flows need. Each type belongs to exactly one category (checked by tests).
import type { Category } from './categories.ts';

export interface FieldTypeDef {
  readonly id: string;
  readonly category: Category;
  readonly title: string;
  /** The HTML autocomplete token this type corresponds to, when one exists. */
  readonly autocomplete?: string;
}

const t = (id: string, category: Category, title: string, autocomplete?: string): FieldTypeDef =>
  autocomplete ? { id, category, title, autocomplete } : { id, category, title };

export const FIELD_TYPES = [
  // name
  t('name', 'name', 'Full name', 'name'),
  t('given-name', 'name', 'Given name', 'given-name'),
  t('additional-name', 'name', 'Middle name', 'additional-name'),
  t('family-name', 'name', 'Family name', 'family-name'),
  t('honorific-prefix', 'name', 'Title / salutation', 'honorific-prefix'),
  t('honorific-suffix', 'name', 'Name suffix', 'honorific-suffix'),
  // email
  t('email', 'email', 'Email address', 'email'),
  t('email-confirm', 'email', 'Email address (repeat)'),
  // phone
  t('tel', 'phone', 'Telephone number', 'tel'),
  t('tel-country-code', 'phone', 'Telephone country code', 'tel-country-code'),
  t('tel-national', 'phone', 'Telephone number (national)', 'tel-national'),
  t('tel-area-code', 'phone', 'Telephone area code', 'tel-area-code'),
  t('tel-local', 'phone', 'Telephone local number', 'tel-local'),
  t('tel-extension', 'phone', 'Telephone extension', 'tel-extension'),
  t('phone-verification-code', 'phone', 'Phone verification code (SMS / voice)'),
  // address
  t('street-address', 'address', 'Street address', 'street-address'),
  t('address-line1', 'address', 'Address line 1', 'address-line1'),
  t('address-line2', 'address', 'Address line 2', 'address-line2'),
  t('address-line3', 'address', 'Address line 3', 'address-line3'),
  t('address-housenumber', 'address', 'House number'),
  t('address-level1', 'address', 'State / province / region', 'address-level1'),
  t('address-level2', 'address', 'City', 'address-level2'),
  t('address-level3', 'address', 'District', 'address-level3'),
  t('postal-code', 'address', 'Postal code', 'postal-code'),
  t('country', 'address', 'Country', 'country'),
  // payment
  t('cc-name', 'payment', 'Cardholder name', 'cc-name'),
  t('cc-number', 'payment', 'Card number', 'cc-number'),
  t('cc-exp', 'payment', 'Card expiry', 'cc-exp'),
  t('cc-exp-month', 'payment', 'Card expiry month', 'cc-exp-month'),
  t('cc-exp-year', 'payment', 'Card expiry year', 'cc-exp-year'),
  t('cc-csc', 'payment', 'Card security code', 'cc-csc'),
  t('cc-type', 'payment', 'Card type', 'cc-type'),
  t('iban', 'payment', 'IBAN / bank account number'),
  t('bank-account-number', 'payment', 'Bank account number'),
  t('bank-routing-number', 'payment', 'Bank routing / sort code / BIC'),
  t('crypto-wallet', 'payment', 'Crypto wallet address'),
  t('payment-method', 'payment', 'Payment method choice'),
  // date of birth
  t('bday', 'date-of-birth', 'Date of birth', 'bday'),
  t('bday-day', 'date-of-birth', 'Birth day', 'bday-day'),
  t('bday-month', 'date-of-birth', 'Birth month', 'bday-month'),
  t('bday-year', 'date-of-birth', 'Birth year', 'bday-year'),
  t('place-of-birth', 'date-of-birth', 'Place of birth'),
  // government id
  t('national-id', 'government-id', 'National ID number'),
  t('ssn', 'government-id', 'Social Security number'),
  t('pan', 'government-id', 'PAN (India)'),
  t('passport-number', 'government-id', 'Passport number'),
  t('drivers-licence-number', 'government-id', "Driver's licence number"),
  t('personal-tax-id', 'government-id', 'Personal tax ID'),
  // Of the identity document the flow asks about: its issue or expiry date, issuing country or authority.
  t('document-details', 'government-id', 'ID document issue or expiry date, issuer'),
  // nationality
  t('nationality', 'nationality', 'Citizenship / nationality'),
  t('us-person-status', 'nationality', 'U.S.-person status'),
  // tax id (entity)
  t('vat-number', 'tax-id', 'VAT / company tax ID'),
  t('company-registration-number', 'tax-id', 'Company registration number'),
  // organization
  t('organization', 'organization', 'Company / organization', 'organization'),
  t('organization-title', 'organization', 'Job title', 'organization-title'),
  t('account-type', 'organization', 'Account type (personal / business)'),
  t('industry', 'organization', 'Industry'),
  t('company-size', 'organization', 'Company size'),
  t('website', 'organization', 'Website', 'url'),
  // identity documents
  t('id-document-upload', 'identity-document', 'ID document upload'),
  t('selfie', 'identity-document', 'Selfie / liveness check'),
  t('proof-of-address', 'identity-document', 'Proof of address upload'),
  // intended use
  t('intended-use', 'intended-use', 'Intended use / workload'),
  t('ai-training-intent', 'intended-use', 'AI-training intent'),
  // credentials
  t('username', 'credentials', 'Username', 'username'),
  t('current-password', 'credentials', 'Password', 'current-password'),
  t('new-password', 'credentials', 'New password', 'new-password'),
  t('one-time-code', 'credentials', 'One-time code', 'one-time-code'),
  t('account-name', 'credentials', 'Account / tenancy name'),
  t('security-question', 'credentials', 'Security question / answer'),
  // other
  // A captcha checks that a person is typing, not who: neither identity data nor an account's secret.
  t('captcha', 'other', 'Captcha'),
  t('consent', 'other', 'Consent checkbox'),
  t('marketing-opt-in', 'other', 'Marketing preference'),
  t('sex', 'other', 'Gender / sex', 'sex'),
  t('language', 'other', 'Language / locale', 'language'),
  t('currency', 'other', 'Currency'),
  t('region-choice', 'other', 'Data-centre region'),
  t('plan-choice', 'other', 'Plan or product choice'),
  t('search', 'other', 'Search'),
  t('promo-code', 'other', 'Promo, coupon or invitation code'),
  // A profile picture, a company logo, a résumé: an upload that proves no identity.
  t('attachment', 'other', 'Picture, logo or other file (no identity document)'),
  // A check-in, delivery or appointment date: a date input that is no birth date.
  t('other-date', 'other', 'Booking, delivery or appointment date'),
  // An order, ticket, invoice, parcel or membership number: a number that is no house number, card or ID.
  t('reference-number', 'other', 'Order, ticket or membership number'),
  t('unknown', 'other', 'Unrecognised field'),
] as const satisfies readonly FieldTypeDef[];

export type FieldType = (typeof FIELD_TYPES)[number]['id'];

const BY_ID: ReadonlyMap<string, FieldTypeDef> = new Map(FIELD_TYPES.map((d) => [d.id, d]));

export function fieldTypeDef(id: string): FieldTypeDef | undefined {
  return BY_ID.get(id);
}

export function categoryOf(fieldType: FieldType): Category {
  return BY_ID.get(fieldType)!.category;
}
