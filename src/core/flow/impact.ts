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
// Categories come from the fields plus the facts vendor frames stand for (a card typed into a
// payment processor's frame is payment data; an identity-verification vendor's frame takes an
// identity document or selfie). A vendor seen only through a script is not counted: a loaded script
// alone does not show that anything was asked.
import { impactScore, type ImpactLevel, vendorCategory } from '../score/index.ts';
import { type Category, IDENTITY_CATEGORIES } from '../taxonomy/categories.ts';
import type { Flow } from './model.ts';

export const BADGE_COLOURS: Record<ImpactLevel, string> = {
  low: '#4b5563',
  moderate: '#b45309',
  high: '#c2410c',
  'very-high': '#b91c1c',
};

type FlowFacts = Pick<Flow, 'fields' | 'vendors'>;

const frameVendors = (flow: FlowFacts) => flow.vendors.filter((v) => v.via === 'frame');

/** The identity categories a flow collects, in the taxonomy's order. */
export function flowIdentityCategories(flow: FlowFacts): Category[] {
  const seen = new Set<Category>(flow.fields.map((f) => f.category));
  for (const v of frameVendors(flow)) {
    const c = vendorCategory(v.role);
    if (c) seen.add(c);
  }
  return IDENTITY_CATEGORIES.filter((c) => seen.has(c));
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
  const { level } = impactScore(flow.fields, frameVendors(flow));
  return { text: String(categories.length), colour: BADGE_COLOURS[level], level };
}
