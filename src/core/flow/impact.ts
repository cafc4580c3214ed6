// The toolbar badge for a flow: how many KYC (identity) categories the flow asks for, coloured by the
// flow's privacy-impact level from src/core/score (the same level the popup shows):
//
//   level       score (0–100)   badge colour
//   low         0–24            grey   #4b5563
//   moderate    25–49           amber  #b45309
//   high        50–74           orange #c2410c
//   very-high   75–100          red    #b91c1c
//   (no identity category at all: no badge)
//
// Categories are the ones the flow asked for (categories-asked.ts: its fields, and the vendor frames
// that stand for payment or an identity check).
import { impactScore, type ImpactLevel } from '../score/index.ts';
import { type Category, IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import { categoriesAsked } from './categories-asked.ts';
import type { Flow } from './model.ts';

export const BADGE_COLOURS: Record<ImpactLevel, string> = {
  low: '#4b5563',
  moderate: '#b45309',
  high: '#c2410c',
  'very-high': '#b91c1c',
};

type FlowFacts = Pick<Flow, 'fields' | 'vendors'>;

/** The identity categories a flow collects, in the taxonomy's order. */
export function flowIdentityCategories(flow: FlowFacts): Category[] {
  const asked = new Set(categoriesAsked(flow).map((a) => a.category));
  return IDENTITY_CATEGORIES.filter((c) => asked.has(c));
}

export interface Badge {
  text: string;
  colour: string | null;
  level: ImpactLevel | null;
}

export function badgeForFlow(flow: FlowFacts | null): Badge {
  if (!flow) return { text: '', colour: null, level: null };
  const categories = flowIdentityCategories(flow);
  if (categories.length === 0) return { text: '', colour: null, level: null };
  const { level } = impactScore(flow.fields, flow.vendors);
  return { text: String(categories.length), colour: BADGE_COLOURS[level], level };
}
