// The category strings are a public contract: the CLI's JSON, the exports and the external
// evaluation use them verbatim. Add a category only with a migration note in the README.
export const CATEGORIES = [
  'name',
  'email',
  'phone',
  'address',
  'payment',
  'date-of-birth',
  'government-id',
  'nationality',
  'tax-id',
  'organization',
  'identity-document',
  'intended-use',
  'credentials',
  'other',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Categories that describe who a person is (everything but credentials and other). */
export const IDENTITY_CATEGORIES: readonly Category[] = CATEGORIES.filter(
  (c) => c !== 'credentials' && c !== 'other',
);

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
