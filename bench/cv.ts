// Scoring a model on corpus pages, and k-fold cross-validation grouped by site: for each fold the
// field weights are fitted on the other folds' pages only (bench/fit.ts), then that fold's pages are
// classified with them and scored; the form-kind rule weights likewise come from the fold's other
// pages when the committed ones are fitted (bench/fit-form-kind.ts), else are the hand-set priors. Reported per category and per form kind as mean ± spread (the
// standard deviation over the folds), next to the score of weights fitted and scored on all pages.
import { classifyPage } from '../src/core/classify/index.ts';
import type { LearnedWeights } from '../src/core/classify/model.ts';
import type { PageFeatures } from '../src/core/features.ts';
import type { PageAnalysis } from '../src/core/report.ts';
import { FORM_KINDS, type FormKind } from '../src/core/report.ts';
import { CATEGORIES, type Category } from '../src/core/taxonomy/categories.ts';
import { assignFolds, type PageExample } from './examples.ts';
import { fitAll } from './fit.ts';
import { foldFormWeights } from './fit-form-kind.ts';
import { FORM_WEIGHTS } from '../src/core/classify/form-weights.ts';

/** The KYC categories of the headline macro-F1 (the nine the held-out sets score). */
export const KYC: readonly Category[] = ['name', 'email', 'phone', 'address', 'payment', 'date-of-birth', 'organization', 'government-id', 'tax-id'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  fields: number;
  correct: number;
  category: Map<Category, Counts>;
  kind: Map<FormKind, Counts>;
  forms: number;
  confusions: Map<string, number>;
  errors: string[];
}

const newScore = (): Score => ({ fields: 0, correct: 0, category: new Map(), kind: new Map(), forms: 0, confusions: new Map(), errors: [] });
const counts = <K>(m: Map<K, Counts>, k: K): Counts => {
  const c = m.get(k) ?? { tp: 0, fp: 0, fn: 0 };
  m.set(k, c);
  return c;
};

/**
 * Scores `pages` classified with `model`. Fields: every labeled field (ddg `unknown` is not scored;
 * `username OR emailAddress` accepts either; a field the extractor missed counts as `other`).
 * Form kinds, strict reading: the form a ddg file is about must get the file's kind — a
 * `login_signup` page must say signup, with no credit for login; other forms of the page carry no
 * label and are not scored (a login page's separate signup form is not an error either way).
 */
export function scorePages(pages: readonly PageExample[], model: LearnedWeights, keepErrors = 0, classify: (p: PageFeatures) => PageAnalysis = (p) => classifyPage(p, { model })): Score {
  const s = newScore();
  for (const p of pages) {
    const analysis = classify(p.features);
    for (const l of p.labels) {
      if (!l.categories) continue;
      const got: Category = l.form === null ? 'other' : (analysis.forms[l.form]?.fields[l.field]?.category ?? 'other');
      s.fields++;
      const gold = l.categories[0]!;
      if (l.categories.includes(got)) {
        s.correct++;
        counts(s.category, got).tp++;
      } else {
        counts(s.category, got).fp++;
        counts(s.category, gold).fn++;
        const key = `${l.categories.join('|')} → ${got}`;
        s.confusions.set(key, (s.confusions.get(key) ?? 0) + 1);
        if (s.errors.length < keepErrors) {
          const f = l.form === null ? undefined : analysis.forms[l.form]?.fields[l.field];
          s.errors.push(`✗ ${p.file.split('/').pop()} [${l.raw}] → ${f ? `${f.fieldType} ${JSON.stringify(f.evidence)}` : 'not extracted'}`);
        }
      }
    }
    if (p.described) {
      const truth = p.described.kind;
      // The file is about one form; when its labels sit in several (a login page that also holds a
      // separate signup form), the file's kind must be among their readings, and a signup reading
      // of the other form is no error (it is right, on the strict reading).
      const said = p.described.forms.map((i) => analysis.forms[i]?.kind ?? 'other');
      const got = said.includes(truth) ? truth : (said.find((k) => k !== 'signup') ?? said[0] ?? 'other');
      s.forms++;
      if (got === truth) counts(s.kind, truth).tp++;
      else {
        counts(s.kind, got).fp++;
        counts(s.kind, truth).fn++;
        if (s.errors.length < keepErrors) s.errors.push(`✗ form ${p.file.split('/').pop()}: ${truth} read as ${said.join(', ')}`);
      }
    }
  }
  return s;
}

export const f1 = (c: Counts | undefined) => {
  if (!c) return { p: 0, r: 0, f: 0, n: 0 };
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, n: c.tp + c.fn };
};

/** Macro-F1 over the KYC categories that have labels in this score. */
export function macroF1(s: Score): number {
  const present = KYC.filter((c) => (s.category.get(c)?.tp ?? 0) + (s.category.get(c)?.fn ?? 0) > 0);
  return present.reduce((a, c) => a + f1(s.category.get(c)).f, 0) / Math.max(1, present.length);
}

export interface CvResult {
  k: number;
  folds: Score[];
  all: Score;
  /** The all-data model (what `npm run train` commits). */
  model: LearnedWeights;
  pagesPerFold: number[];
  sitesPerFold: number[];
}

export function crossValidate(pages: readonly PageExample[], k: number, corpusHash: string, log: (s: string) => void = () => {}): CvResult {
  const fold = assignFolds(pages, k);
  const folds: Score[] = [];
  for (let f = 0; f < k; f++) {
    const train = pages.filter((_, i) => fold[i] !== f);
    const test = pages.filter((_, i) => fold[i] === f);
    const model = fitAll(train, corpusHash, `fold ${f + 1} of ${k}`);
    const formWeights = foldFormWeights(train, FORM_WEIGHTS.method);
    folds.push(scorePages(test, model, 0, (p) => classifyPage(p, { model, formWeights })));
    log(`fold ${f + 1}/${k}: ${test.length} pages scored, macro-F1 ${macroF1(folds[f]!).toFixed(3)}`);
  }
  const model = fitAll(pages, corpusHash, '');
  const formWeights = foldFormWeights(pages, FORM_WEIGHTS.method);
  const all = scorePages(pages, model, 0, (p) => classifyPage(p, { model, formWeights }));
  const pagesPerFold = Array.from({ length: k }, (_, f) => fold.filter((x) => x === f).length);
  const sitesPerFold = Array.from({ length: k }, (_, f) => new Set(pages.filter((_, i) => fold[i] === f).map((p) => p.site)).size);
  return { k, folds, all, model, pagesPerFold, sitesPerFold };
}

/** Mean and standard deviation of a per-fold number (folds without that class left out). */
export function meanSpread(values: readonly (number | null)[]): { mean: number; sd: number; n: number } {
  const v = values.filter((x): x is number => x !== null);
  const mean = v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, v.length));
  return { mean, sd, n: v.length };
}

/** The one-line CV summary stored beside the weights. */
export function cvLine(r: CvResult): string {
  const macro = meanSpread(r.folds.map(macroF1));
  const signup = meanSpread(r.folds.map((s) => (s.kind.has('signup') ? f1(s.kind.get('signup')).f : null)));
  const per = (c: Category) => meanSpread(r.folds.map((s) => (f1(s.category.get(c)).n ? f1(s.category.get(c)).f : null)));
  const g = per('government-id');
  const t = per('tax-id');
  return `${r.k}-fold CV grouped by site: macro-F1 (9 KYC categories) ${macro.mean.toFixed(3)} ± ${macro.sd.toFixed(3)}, government-id F1 ${g.mean.toFixed(3)} ± ${g.sd.toFixed(3)}, tax-id F1 ${t.mean.toFixed(3)} ± ${t.sd.toFixed(3)}, signup F1 (strict) ${signup.mean.toFixed(3)} ± ${signup.sd.toFixed(3)}`;
}

export { CATEGORIES, FORM_KINDS };
