// The form-kind trainer: fits the weights of the form-kind rules (src/core/classify/form-rules/) from
// the ddg pages' labeled form kinds. Softmax regression over the kinds, where a kind's score is the
// sum of its rules' values times their weights; the L2 penalty pulls every weight toward its
// hand-set starting value (form-rule-priors.ts), not toward zero, so a rule that the corpus rarely
// exercises (comment, recovery and contact forms are few, login forms two thirds) keeps the
// meaning it was written with, and the fit only moves what the corpus clearly shows. Each case
// weighs 1/√(forms of its kind), so the login-heavy corpus does not teach "login" as a prior.
// Full-batch Adam from the priors, a fixed number of steps: the same pages give the same weights.
import { scoreField, languagesFor } from '../src/core/classify/field.ts';
import { formCues, formRuleValues, pageCues } from '../src/core/classify/form-kind.ts';
import { FORM_RULE_PRIORS } from '../src/core/classify/form-rule-priors.ts';
import { FORM_RULE_IDS, FORM_RULES } from '../src/core/classify/form-rules/index.ts';
import type { FormWeights } from '../src/core/classify/form-weights.ts';
import { FORM_KINDS, type FormKind } from '../src/core/report.ts';
import { assignFolds, type PageExample } from './examples.ts';

/**
 * The trainer's settings. The prior penalty was chosen among 0.01, 0.05, 0.2 and 1 by this CV
 * (signup F1 0.932, 0.939, 0.942, 0.947; the hand-set priors 0.954): a selection on the folds, said
 * so in bench/results/accuracy.notes.md.
 */
export const FORM_SETTINGS = {
  steps: 300,
  rate: 0.02,
  /** L2 penalty on each weight's distance from its prior. */
  priorPenalty: 1,
} as const;

/** A described page's forms as rule values, and its labeled kind. */
export interface FormCase {
  /** One row of rule values per form the file is about. */
  rows: number[][];
  kind: FormKind;
}

/** The rule values of every form each ddg page is about (`undefined` for pages without a labeled kind). */
export function formCases(pages: readonly PageExample[]): (FormCase | undefined)[] {
  return pages.map((p) => {
    if (!p.described) return undefined;
    const around = pageCues(p.features);
    const langs = languagesFor(p.features.lang);
    const rows = p.described.forms.map((i) => {
      const form = p.features.forms[i];
      if (!form) return FORM_RULES.map(() => 0);
      const fields = form.fields.map((f, j) => scoreField(f, j, langs));
      return formRuleValues(fields, formCues(form, around, fields));
    });
    return { rows, kind: p.described.kind };
  });
}

const priors = (): number[] =>
  FORM_RULE_IDS.map((id) => {
    const p = FORM_RULE_PRIORS[id];
    if (p === undefined) throw new Error(`form-rule-priors.ts has no value for ${id}`);
    return p;
  });
const KIND_OF_RULE = FORM_RULES.map((r) => FORM_KINDS.indexOf(r.kind));

/** Scores per kind of one row under `w`. */
function kindScores(row: readonly number[], w: ArrayLike<number>, into: Float64Array): Float64Array {
  into.fill(0);
  for (let r = 0; r < row.length; r++) if (row[r] !== 0) into[KIND_OF_RULE[r]!]! += row[r]! * w[r]!;
  return into;
}

/** The kind a row reads as under `w` (ties to the kind listed first, as the classifier does). */
export function kindOf(row: readonly number[], w: ArrayLike<number>): FormKind {
  const s = kindScores(row, w, new Float64Array(FORM_KINDS.length));
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
  return FORM_KINDS[best]!;
}

/**
 * Weights fitted on `cases`. Only pages about one form teach (a page whose labels sit in two forms
 * does not say which of them is which kind).
 */
export function fitFormWeights(cases: readonly (FormCase | undefined)[], settings: { steps: number; rate: number; priorPenalty: number } = FORM_SETTINGS): number[] {
  const train = cases.filter((c): c is FormCase => c !== undefined && c.rows.length === 1);
  const perKind = new Map<FormKind, number>();
  for (const c of train) perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1);
  const caseWeight = train.map((c) => 1 / Math.sqrt(perKind.get(c.kind)!));
  const total = caseWeight.reduce((a, b) => a + b, 0);
  const prior = priors();
  const R = prior.length;
  // The weights, then the log of a temperature that scales every score alike: it changes no reading,
  // so it is not penalised, and it lets the fit calibrate the hand-set scale instead of shrinking
  // every weight toward zero to do so.
  const w = Float64Array.from([...prior, 0]);
  const grad = new Float64Array(R + 1);
  const m = new Float64Array(R + 1);
  const v = new Float64Array(R + 1);
  const s = new Float64Array(FORM_KINDS.length);
  const raw = new Float64Array(FORM_KINDS.length);
  for (let step = 1; step <= settings.steps; step++) {
    grad.fill(0);
    train.forEach((c, n) => {
      const row = c.rows[0]!;
      const tau = Math.exp(w[R]!);
      kindScores(row, w, raw);
      let max = Number.NEGATIVE_INFINITY;
      for (const x of raw) if (tau * x > max) max = tau * x;
      let z = 0;
      for (let k = 0; k < s.length; k++) {
        s[k] = Math.exp(tau * raw[k]! - max);
        z += s[k]!;
      }
      const truth = FORM_KINDS.indexOf(c.kind);
      const cw = caseWeight[n]! / total;
      // d(-log p_truth)/d (τ·score_k) = p_k - [k = truth]; score_k is linear in its rules' weights.
      for (let k = 0; k < s.length; k++) grad[R]! += cw * (s[k]! / z - (k === truth ? 1 : 0)) * tau * raw[k]!;
      for (let r = 0; r < R; r++) {
        if (row[r] === 0) continue;
        const k = KIND_OF_RULE[r]!;
        grad[r]! += cw * (s[k]! / z - (k === truth ? 1 : 0)) * tau * row[r]!;
      }
    });
    for (let r = 0; r < R; r++) grad[r]! += settings.priorPenalty * (w[r]! - prior[r]!);
    const b1 = 0.9;
    const b2 = 0.999;
    for (let r = 0; r <= R; r++) {
      m[r] = b1 * m[r]! + (1 - b1) * grad[r]!;
      v[r] = b2 * v[r]! + (1 - b2) * grad[r]! * grad[r]!;
      w[r]! -= (settings.rate * (m[r]! / (1 - b1 ** step))) / (Math.sqrt(v[r]! / (1 - b2 ** step)) + 1e-8);
    }
  }
  return Array.from(w.subarray(0, R), (x) => Math.round(x * 1e4) / 1e4);
}

const TRAINER = `bench/fit-form-kind.ts: softmax over kinds with a free temperature, L2 ${FORM_SETTINGS.priorPenalty} toward form-rule-priors.ts, cases weighted 1/√(kind count), ${FORM_SETTINGS.steps} Adam steps at ${FORM_SETTINGS.rate}`;

/** The hand-set starting values as weights. */
export const priorWeights = (): number[] => priors();

/** The weights as the classifier's data. */
export function formWeights(weights: readonly number[], method: FormWeights['method'], corpusHash: string, cv: string): FormWeights {
  return { corpusHash, trainer: TRAINER, cv, method, rules: [...FORM_RULE_IDS], weights: [...weights] };
}

/** The weights one CV fold uses, by the committed method: fitted on the fold's training pages, or the priors. */
export function foldFormWeights(train: readonly PageExample[], method: FormWeights['method']): FormWeights {
  return formWeights(method === 'fitted' ? fitFormWeights(formCases(train)) : priors(), method, '', '');
}

export interface FormKindCv {
  /** Signup F1 (strict) per fold, fitted inside the fold and with the priors. */
  fitted: number[];
  priors: number[];
  /** Which the trainer keeps: the fit unless the priors score higher on the mean. */
  method: FormWeights['method'];
  line: string;
}

const f1 = (c: { tp: number; fp: number; fn: number }) => (c.tp ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0);
const meanSd = (v: readonly number[]) => {
  const m = v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
  return `${m.toFixed(3)} ± ${Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, v.length)).toFixed(3)}`;
};

/**
 * The form-kind half of the CV (the kind is read before the field weights apply, so it does not
 * depend on them): on the same site-grouped folds as bench/cv.ts, the fit inside each fold against
 * the priors, and which of the two the trainer keeps.
 */
export function formKindCv(pages: readonly PageExample[], k: number): FormKindCv {
  const cases = formCases(pages);
  const fold = assignFolds(pages, k);
  const prior = priors();
  const fitted: number[] = [];
  const fromPriors: number[] = [];
  for (let f = 0; f < k; f++) {
    const w = fitFormWeights(cases.map((c, i) => (fold[i] !== f ? c : undefined)));
    const test = cases.map((c, i) => (fold[i] === f ? c : undefined));
    fitted.push(f1(signupCounts(test, w)));
    fromPriors.push(f1(signupCounts(test, prior)));
  }
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const method = mean(fitted) >= mean(fromPriors) ? 'fitted' : 'priors';
  const line = `form kinds, ${k}-fold CV grouped by site, signup F1 (strict): fitted ${meanSd(fitted)}, hand-set priors ${meanSd(fromPriors)}; kept: ${method}`;
  return { fitted, priors: fromPriors, method, line };
}

/** What `npm run train` commits for form kinds: the CV, then the kept weights from all pages. */
export function trainFormWeights(pages: readonly PageExample[], corpusHash: string, k: number): FormWeights {
  const cv = formKindCv(pages, k);
  return formWeights(cv.method === 'fitted' ? fitFormWeights(formCases(pages)) : priors(), cv.method, corpusHash, cv.line);
}

/** Signup counts of `cases` read with `w`, on the strict reading of bench/cv.ts scorePages. */
export function signupCounts(cases: readonly (FormCase | undefined)[], w: ArrayLike<number>): { tp: number; fp: number; fn: number; wrong: number[] } {
  const out = { tp: 0, fp: 0, fn: 0, wrong: [] as number[] };
  cases.forEach((c, i) => {
    if (!c) return;
    const said = c.rows.map((row) => kindOf(row, w));
    const got = said.includes(c.kind) ? c.kind : (said.find((k) => k !== 'signup') ?? said[0] ?? 'other');
    if (got !== c.kind) out.wrong.push(i);
    if (got === 'signup' && c.kind === 'signup') out.tp++;
    else if (got === 'signup') out.fp++;
    else if (c.kind === 'signup') out.fn++;
  });
  return out;
}
