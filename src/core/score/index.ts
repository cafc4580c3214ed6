// Privacy-impact score of a signup flow: how much identity data it asks for, weighted by how much
// harm each kind of data can do (weights and reasons in weights.ts). The formula is deliberately
// simple enough to show in the popup in one sentence:
//
//   points(category) = weight × (1 if any field of it is required, else OPTIONAL_FACTOR)
//   score            = round(100 × Σ points / Σ all weights)        (0–100; each category counts once)
//
// A vendor frame seen in the flow counts as its category even though its fields are hidden in a
// cross-origin frame: an identity-verification vendor means an identity document or selfie is taken,
// a payment processor's frame means payment data is taken. Both count as required (the flow cannot
// go on without them). A vendor seen only through a script it loaded does not count: a loaded script
// alone does not show that anything was asked. (Which categories were asked: flow/categories-asked.ts.)
import { type AskingField, type AskingVendor, categoriesAsked } from '../flow/categories-asked.ts';
import type { Category } from '../taxonomy/categories.ts';
import { CATEGORY_WEIGHTS, type CategoryWeight, type ImpactLevel, LEVELS, OPTIONAL_FACTOR } from './weights.ts';

export { vendorCategory } from '../flow/categories-asked.ts';
export { CATEGORY_WEIGHTS, type ImpactLevel, LEVELS, OPTIONAL_FACTOR } from './weights.ts';

/** What the score reads of a field and of a vendor: the same as "which categories did this flow ask for?". */
export type ScoredField = AskingField;
export type ScoredVendor = AskingVendor;

export interface CategoryContribution {
  readonly category: Category;
  readonly weight: number;
  /** True when some field of the category is required (or a vendor frame stands for it). */
  readonly required: boolean;
  readonly points: number;
  /** Whether a form field or only a vendor frame showed the category. */
  readonly source: 'field' | 'vendor';
  readonly why: string;
}

export interface ImpactScore {
  /** 0–100. */
  readonly score: number;
  readonly level: ImpactLevel;
  readonly points: number;
  readonly maxPoints: number;
  /** One entry per category seen with a weight above 0, heaviest first. */
  readonly contributions: readonly CategoryContribution[];
}

const WEIGHT_OF: ReadonlyMap<Category, CategoryWeight> = new Map(
  CATEGORY_WEIGHTS.map((w): [Category, CategoryWeight] => [w.category, w]),
);

export const MAX_POINTS: number = CATEGORY_WEIGHTS.reduce((sum, w) => sum + w.weight, 0);

export function levelFor(score: number): ImpactLevel {
  for (const band of LEVELS) if (score >= band.min) return band.level;
  return 'low';
}

export function impactScore(fields: readonly ScoredField[], vendors: readonly ScoredVendor[] = []): ImpactScore {
  // The categories the flow asked for (fields, and vendors' frames), scored.
  const contributions: CategoryContribution[] = [];
  for (const { category, status, source } of categoriesAsked({ fields, vendors })) {
    const required = status === 'required';
    const def = WEIGHT_OF.get(category);
    if (!def || def.weight === 0) continue;
    const points = def.weight * (required ? 1 : OPTIONAL_FACTOR);
    contributions.push({ category, weight: def.weight, required, points, source, why: def.why });
  }
  contributions.sort((a, b) => b.points - a.points || a.category.localeCompare(b.category));
  const points = contributions.reduce((sum, c) => sum + c.points, 0);
  const score = Math.round((100 * points) / MAX_POINTS);
  return { score, level: levelFor(score), points, maxPoints: MAX_POINTS, contributions };
}

/** The score a flow would get that asks for exactly these categories, all required. */
export function scoreOfCategories(categories: readonly Category[]): ImpactScore {
  return impactScore(categories.map((category) => ({ category, required: true })));
}
