// The trainer: fits the field-category weights from labeled corpus pages, an L2-regularised
// conditional logit over each field's candidates (combine.ts), as Mozilla's Fathom fits its
// rulesets; solved by a fixed number of full-batch Adam steps from zero, so the same pages always
// give the same weights. Every category shares one weight row and one bias; a category with enough
// labels adds its own (penalised) weight deviations, one with too few keeps the shared row, so
// categories the corpus does not label (nationality, identity documents…) are neither learned away
// nor fitted to noise.
import { scorePage } from '../src/core/classify/index.ts';
import { CANDIDATE_COUNT, collectCandidates, FEATURE_COUNT, NONE, newCandidates } from '../src/core/classify/combine.ts';
import { languagesFor } from '../src/core/classify/field.ts';
import { FIELD_CANDIDATES, FIELD_FEATURES, type FieldModel, type LearnedWeights } from '../src/core/classify/model.ts';
import { SCORED_GROUP_COUNT } from '../src/core/classify/rule-groups.ts';
import { CATEGORIES } from '../src/core/taxonomy/categories.ts';
import type { PageExample } from './examples.ts';

/** The trainer's settings, fixed before any fold was scored (none is searched on the corpus). */
export const SETTINGS = {
  /** Adam steps and step size. */
  steps: 600,
  rate: 0.05,
  /** L2 penalty on the shared weights and on a category's or kind's own weights. */
  sharedPenalty: 0.001,
  ownPenalty: 0.1,
  /** A category needs this many labeled fields in the training pages for weights of its own. */
  minFieldLabels: 10,
} as const;

/** One training case: its candidates' classes, their feature rows, and which of them are right. */
interface Case {
  classes: Int32Array;
  x: Float64Array;
  right: Uint8Array;
}

interface Fitted {
  weights: number[][];
  bias: number[];
}

/**
 * Conditional logit: score(class c, row x) = (b0 + β_c) + (w0 + d_c)·x; the loss is the mean
 * negative log of the probability of the right candidates plus the L2 penalties. Classes not in
 * `own` keep β = 0 and d = 0. The first `nonNegative` features are vote sums, whose weights are
 * kept ≥ 0 (projected steps): a label naming a type is evidence for it, never against it — fitted
 * freely, the heading's and legend's weights went negative (they name a section's topic, which the
 * fit used against every field of the section), which reads backwards and scored lower on CV.
 */
function fitLogit(cases: readonly Case[], classCount: number, features: number, own: readonly boolean[], ownBias: readonly boolean[], nonNegative = SCORED_GROUP_COUNT): Fitted {
  // Scale each feature by its root mean square over all rows, so one step size suits all.
  const scale = new Float64Array(features);
  let rows = 0;
  for (const c of cases) {
    rows += c.classes.length;
    for (let i = 0; i < c.x.length; i++) scale[i % features]! += c.x[i]! * c.x[i]!;
  }
  for (let j = 0; j < features; j++) scale[j] = Math.sqrt(scale[j]! / Math.max(1, rows)) || 1;

  const P = features + 1; // weights then bias
  const size = P * (classCount + 1); // block 0 shared, block 1 + c own
  const theta = new Float64Array(size);
  const grad = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const scores = new Float64Array(CANDIDATE_COUNT);
  const n = cases.length;
  for (let step = 1; step <= SETTINGS.steps; step++) {
    grad.fill(0);
    for (const c of cases) {
      const k = c.classes.length;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < k; i++) {
        const cls = c.classes[i]!;
        const ownBase = own[cls] ? P * (1 + cls) : -1;
        let s = theta[features]! + (ownBias[cls] ? theta[P * (1 + cls) + features]! : 0);
        for (let j = 0; j < features; j++) {
          const x = c.x[i * features + j]! / scale[j]!;
          if (x !== 0) s += x * (theta[j]! + (ownBase >= 0 ? theta[ownBase + j]! : 0));
        }
        scores[i] = s;
        if (s > max) max = s;
      }
      let z = 0;
      let zRight = 0;
      for (let i = 0; i < k; i++) {
        const e = Math.exp(scores[i]! - max);
        scores[i] = e;
        z += e;
        if (c.right[i]) zRight += e;
      }
      for (let i = 0; i < k; i++) {
        // d(-log Σright p)/d score_i = p_i - right_i · p_i / Σright p
        const p = scores[i]! / z;
        const g = (p - (c.right[i] ? scores[i]! / zRight : 0)) / n;
        if (g === 0) continue;
        const cls = c.classes[i]!;
        const ownBase = own[cls] ? P * (1 + cls) : -1;
        grad[features]! += g;
        if (ownBias[cls]) grad[P * (1 + cls) + features]! += g;
        for (let j = 0; j < features; j++) {
          const x = c.x[i * features + j]! / scale[j]!;
          if (x === 0) continue;
          grad[j]! += g * x;
          if (ownBase >= 0) grad[ownBase + j]! += g * x;
        }
      }
    }
    for (let j = 0; j < features; j++) grad[j]! += SETTINGS.sharedPenalty * theta[j]!;
    for (let cls = 0; cls < classCount; cls++) {
      if (!own[cls]) continue;
      for (let j = 0; j < features; j++) grad[P * (1 + cls) + j]! += SETTINGS.ownPenalty * theta[P * (1 + cls) + j]!;
    }
    const b1 = 0.9;
    const b2 = 0.999;
    for (let i = 0; i < size; i++) {
      m[i] = b1 * m[i]! + (1 - b1) * grad[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * grad[i]! * grad[i]!;
      const mh = m[i]! / (1 - b1 ** step);
      const vh = v[i]! / (1 - b2 ** step);
      theta[i]! -= (SETTINGS.rate * mh) / (Math.sqrt(vh) + 1e-8);
    }
    // Evidence counts for what it names or not at all: project every category's weight of a vote
    // sum back to ≥ 0 (shared weight first, then the category's own deviation).
    for (let j = 0; j < nonNegative; j++) if (theta[j]! < 0) theta[j] = 0;
    for (let cls = 0; cls < classCount; cls++) {
      if (!own[cls]) continue;
      for (let j = 0; j < nonNegative; j++) if (theta[j]! + theta[P * (1 + cls) + j]! < 0) theta[P * (1 + cls) + j] = -theta[j]!;
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: number[][] = [];
  const bias: number[] = [];
  for (let cls = 0; cls < classCount; cls++) {
    const base = own[cls] ? P * (1 + cls) : -1;
    weights.push(Array.from({ length: features }, (_, j) => round((theta[j]! + (base >= 0 ? theta[base + j]! : 0)) / scale[j]!)));
    bias.push(round(theta[features]! + (ownBias[cls] ? theta[P * (1 + cls) + features]! : 0)));
  }
  return { weights, bias };
}

/** The field model from the labeled fields of `pages`, their forms read with `formKind`. */
export function fitField(pages: readonly PageExample[]): FieldModel {
  const cases: Case[] = [];
  const labelCount = new Array<number>(CANDIDATE_COUNT).fill(0);
  const scratch = newCandidates();
  for (const p of pages) {
    const langs = languagesFor(p.features.lang);
    const byForm = new Map<number, typeof p.labels>();
    for (const l of p.labels) {
      if (l.form === null || !(l.categories || l.notOf)) continue;
      const list = byForm.get(l.form);
      if (list) list.push(l);
      else byForm.set(l.form, [l]);
    }
    const scored = byForm.size ? scorePage(p.features, langs) : [];
    for (const [fi, labels] of byForm) {
      const { fields } = scored[fi]!;
      for (const l of labels) {
        const c = collectCandidates(fields[l.field]!, scratch);
        const right = new Uint8Array(c.count);
        let any = false;
        for (let i = 0; i < c.count; i++) {
          const cand = c.candidate[i]!;
          const cat = cand === NONE ? 'other' : CATEGORIES[cand]!;
          if (l.categories ? l.categories.includes(cat) : !l.notOf!.includes(cat)) {
            right[i] = 1;
            any = true;
          }
        }
        for (const cat of l.categories ?? []) labelCount[CATEGORIES.indexOf(cat)]!++;
        // A field with no candidate of its category cannot be learned from (every weighting misses it).
        if (!any) continue;
        cases.push({ classes: c.candidate.slice(0, c.count), x: c.x.slice(0, c.count * FEATURE_COUNT), right });
      }
    }
  }
  labelCount[NONE] = labelCount[CATEGORIES.indexOf('other')]!;
  const own = labelCount.map((n) => n >= SETTINGS.minFieldLabels);
  // The no-signal candidate is always learned: its bias is the threshold below which a field is unknown.
  own[NONE] = true;
  // One bias for every category, and one for no signal (the threshold below which a field is
  // unknown): how often each category is labeled in this checkout-heavy corpus is no evidence about
  // a field elsewhere, and a bias per category would bury the categories it never labels.
  const ownBias = own.map((_, c) => c === NONE);
  const fitted = fitLogit(cases, CANDIDATE_COUNT, FEATURE_COUNT, own, ownBias);
  return { candidates: [...FIELD_CANDIDATES], features: [...FIELD_FEATURES], weights: fitted.weights, bias: fitted.bias };
}

/** Both models from `pages`. */
export function fitAll(pages: readonly PageExample[], corpusHash: string, cv: string): LearnedWeights {
  const field = fitField(pages);
  return {
    corpusHash,
    trainer: `bench/fit.ts: L2 conditional logit, ${SETTINGS.steps} Adam steps, penalties ${SETTINGS.sharedPenalty}/${SETTINGS.ownPenalty}, own weights from ${SETTINGS.minFieldLabels} field labels`,
    cv,
    field,
  };
}
