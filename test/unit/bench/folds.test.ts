// The CV folds of bench/examples.ts: grouped by site, balanced in pages, and stratified so a rare
// category's few labels spread over the folds instead of piling into some.
import { describe, expect, it } from 'vitest';
import { assignFolds, type FieldLabel, type PageExample } from '../../../bench/examples.ts';
import type { Category } from '../../../src/core/taxonomy/categories.ts';

const label = (c: Category): FieldLabel => ({ form: 0, field: 0, categories: [c], notOf: null, raw: c });
const page = (site: string, labels: Category[] = []): PageExample =>
  ({ set: 'firefox-ai-training', file: `${site}.html`, site, features: { forms: [] }, labels: labels.map(label), described: null }) as unknown as PageExample;

/** 40 sites of one page each; sites s0–s4 each hold one government-id label, the rest only addresses. */
const corpus = (): PageExample[] =>
  Array.from({ length: 40 }, (_, i) => page(`s${i}`, i < 5 ? ['government-id', 'address'] : ['address', 'address']));

const count = (pages: PageExample[], fold: number[], k: number, keep: (p: PageExample) => number) =>
  Array.from({ length: k }, (_, f) => pages.reduce((a, p, i) => a + (fold[i] === f ? keep(p) : 0), 0));

describe('assignFolds', () => {
  it('never splits a site across folds', () => {
    const pages = [...corpus(), page('s7'), page('s7'), page('s12', ['government-id'])];
    const fold = assignFolds(pages, 5);
    const of = new Map<string, Set<number>>();
    pages.forEach((p, i) => {
      of.set(p.site, (of.get(p.site) ?? new Set()).add(fold[i]!));
    });
    for (const [site, folds] of of) expect(folds.size, site).toBe(1);
  });

  it('gives each fold one of five rare labels and an equal share of the pages', () => {
    const pages = corpus();
    const fold = assignFolds(pages, 5);
    expect(count(pages, fold, 5, (p) => p.labels.filter((l) => l.categories?.includes('government-id')).length)).toEqual([1, 1, 1, 1, 1]);
    expect(count(pages, fold, 5, () => 1)).toEqual([8, 8, 8, 8, 8]);
  });

  it('spreads labeled form kinds too', () => {
    const pages = corpus().map((p, i) => ({ ...p, described: { forms: [0], kind: i % 8 === 0 ? 'signup' : 'login' } }) as PageExample);
    const fold = assignFolds(pages, 5);
    expect(count(pages, fold, 5, (p) => (p.described?.kind === 'signup' ? 1 : 0))).toEqual([1, 1, 1, 1, 1]);
  });

  it('is deterministic whatever the order the pages come in', () => {
    const pages = corpus();
    const fold = assignFolds(pages, 5);
    const reversed = [...pages].reverse();
    const again = assignFolds(reversed, 5).reverse();
    expect(again).toEqual(fold);
  });
});
