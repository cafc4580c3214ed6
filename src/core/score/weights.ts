// Privacy-impact weights per category: data, so they can be reviewed and changed on their own.
// A weight says how much harm the item can do if the provider, a vendor or a breach exposes it:
// how uniquely it identifies a person, whether it can ever be changed, and what it unlocks
// (identity theft, physical location, financial records). Credentials and other fields score 0:
// they are not about who you are.
import type { Category } from '../taxonomy/categories.ts';

export interface CategoryWeight {
  readonly category: Category;
  /** 0–5. */
  readonly weight: number;
  /** Why this weight, in plain words (shown behind the score's "How is this computed?"). */
  readonly why: string;
}

export const CATEGORY_WEIGHTS = [
  {
    category: 'email',
    weight: 1,
    why: 'A contact point almost every service asks for; easy to replace with a new address.',
  },
  {
    category: 'name',
    weight: 1,
    why: 'Identifies you, but is rarely unique and is already public in many places.',
  },
  {
    category: 'organization',
    weight: 1,
    why: 'Your employer, job or company: context about you, seldom sensitive alone.',
  },
  {
    category: 'intended-use',
    weight: 1,
    why: 'What you plan to do with the service; can reveal business plans.',
  },
  {
    category: 'phone',
    weight: 2,
    why: 'Tied to a real person through the carrier; hard to change; used to track people across services.',
  },
  {
    category: 'address',
    weight: 2,
    why: 'Where you live or work: a physical location.',
  },
  {
    category: 'tax-id',
    weight: 2,
    why: 'A company tax or registration number: public for many companies, but links the account to a legal entity.',
  },
  {
    category: 'nationality',
    weight: 2,
    why: 'A sensitive attribute that can be used to treat people differently.',
  },
  {
    category: 'payment',
    weight: 3,
    why: 'A card or bank account links you to records your bank verified, and can be misused for fraud.',
  },
  {
    category: 'date-of-birth',
    weight: 3,
    why: 'Never changes; together with your name it is the key to most identity checks and to identity theft.',
  },
  {
    category: 'government-id',
    weight: 4,
    why: 'A national ID, passport or social security number is unique, permanent and unlocks identity theft.',
  },
  {
    category: 'identity-document',
    weight: 5,
    why: 'A picture of your ID holds every detail on it; a selfie is biometric data you can never change; both are often processed by a third-party vendor.',
  },
  {
    category: 'credentials',
    weight: 0,
    why: 'Account credentials are not data about who you are.',
  },
  {
    category: 'other',
    weight: 0,
    why: 'Preferences and consent boxes are not identity data.',
  },
] as const satisfies readonly CategoryWeight[];

/** An optional field counts at this fraction of its weight: you can leave it empty. */
export const OPTIONAL_FACTOR = 0.5;

/** Score bands, from the top down: a score at or above `min` gets `level`. */
export const LEVELS = [
  { level: 'very-high', min: 75 },
  { level: 'high', min: 50 },
  { level: 'moderate', min: 25 },
  { level: 'low', min: 0 },
] as const;
export type ImpactLevel = (typeof LEVELS)[number]['level'];
