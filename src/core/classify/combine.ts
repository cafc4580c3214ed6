// The learned combination: after the rules have voted, each category a field could be is a
// candidate whose features are its best type's votes summed per rule group (rule-groups.ts: the
// label, the placeholder, the name attribute… each apart, unscaled by weights.ts) and
// the field's context (is it in a company's form?). A conditional logit with weights fitted by
// `npm run train` picks the category; its probability is the reported confidence. The same
// function feeds the trainer, so what is fitted is exactly what runs.
import { CATEGORIES, type Category } from '../taxonomy/categories.ts';
import { CONTROL_KINDS, FIELD_CONTEXT_FEATURES, FIELD_FEATURES, FIELD_MODEL, type FieldModel } from './model.ts';
import { FEATURE_OF_GROUP, Rule, SCORED_GROUP_COUNT } from './rule-groups.ts';
import type { FieldScore } from './scoreboard.ts';
import { type ControlKind, MULTIPLIERS } from './signals/input-type.ts';
import { TYPE_CATEGORY, TYPE_COUNT } from './terms.ts';
import { GROUP_SCALE } from './weights.ts';

export const FEATURE_COUNT = FIELD_FEATURES.length;
/** Candidate index of each category, and of `none` (no signal: reported as other/unknown). */
export const NONE = CATEGORIES.length;
export const CANDIDATE_COUNT = NONE + 1;
const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));
const TYPE_CANDIDATE = Int32Array.from({ length: TYPE_COUNT }, (_, t) => CATEGORY_INDEX.get(TYPE_CATEGORY[t]!)!);

/** The candidates of one field; reused between fields (the hot path allocates nothing). */
export interface Candidates {
  count: number;
  /** Candidate index (category index, or NONE) per slot. */
  readonly candidate: Int32Array;
  /** The candidate's best type per slot (-1 for NONE). */
  readonly type: Int32Array;
  /** Features, FEATURE_COUNT per slot. */
  readonly x: Float64Array;
}

export const newCandidates = (): Candidates => ({
  count: 0,
  candidate: new Int32Array(CANDIDATE_COUNT),
  type: new Int32Array(CANDIDATE_COUNT),
  x: new Float64Array(CANDIDATE_COUNT * FEATURE_COUNT),
});

const KIND_FEATURE = new Map<ControlKind, number>(CONTROL_KINDS.map((k, i) => [k, i]));
const sums = new Float64Array(TYPE_COUNT * SCORED_GROUP_COUNT);
/** Whether a context rule voted for the type. */
const chosen = new Uint8Array(TYPE_COUNT);
const totals = new Float64Array(TYPE_COUNT);
const seen = new Uint8Array(TYPE_COUNT);
const touched: number[] = [];
const bestOf = new Int32Array(CANDIDATE_COUNT);

/**
 * Fills `out` with the field's candidates: every category with a type whose votes (times the
 * control kind's plausibility multipliers, as in the tally) sum above zero, and NONE. The
 * multipliers only pick the candidates and their best types (a zero rules a type out); the
 * features are the votes' own strengths, and the fit weighs the control's implausibility itself.
 */
export function collectCandidates(fs: FieldScore, out: Candidates): Candidates {
  const mult = MULTIPLIERS[fs.kind];
  const kind = KIND_FEATURE.get(fs.kind) ?? -1;
  for (const v of fs.votes) {
    if (v.group === Rule.note) continue;
    if (seen[v.type] === 0) {
      seen[v.type] = 1;
      touched.push(v.type);
    }
    const w = v.weight * mult[v.type]!;
    totals[v.type]! += w;
    if (v.group === Rule.context && w > 0) chosen[v.type] = 1;
    const j = FEATURE_OF_GROUP[v.group]!;
    // The vote's own strength (its keyword's weight, damped for long prose…), without the tally's scale.
    if (j >= 0) sums[v.type * SCORED_GROUP_COUNT + j]! += v.weight / GROUP_SCALE[v.group]!;
  }
  bestOf.fill(-1);
  for (const t of touched) {
    if (totals[t]! <= 0) continue;
    const c = TYPE_CANDIDATE[t]!;
    const b = bestOf[c]!;
    if (b < 0 || totals[t]! > totals[b]! || (totals[t] === totals[b] && t < b)) bestOf[c] = t;
  }
  let n = 0;
  for (let c = 0; c <= NONE; c++) {
    const t = c === NONE ? -1 : bestOf[c]!;
    if (c !== NONE && t < 0) continue;
    out.candidate[n] = c;
    out.type[n] = t;
    const base = n * FEATURE_COUNT;
    for (let g = 0; g < SCORED_GROUP_COUNT; g++) out.x[base + g] = t < 0 ? 0 : sums[t * SCORED_GROUP_COUNT + g]!;
    out.x[base + SCORED_GROUP_COUNT] = t >= 0 ? chosen[t]! : 0;
    for (let k = 0; k < CONTROL_KINDS.length; k++) out.x[base + SCORED_GROUP_COUNT + 1 + k] = 0;
    if (t >= 0 && kind >= 0 && mult[t]! < 1) out.x[base + SCORED_GROUP_COUNT + 1 + kind] = 1;
    n++;
  }
  out.count = n;
  for (const t of touched) {
    totals[t] = 0;
    seen[t] = 0;
    chosen[t] = 0;
    sums.fill(0, t * SCORED_GROUP_COUNT, (t + 1) * SCORED_GROUP_COUNT);
  }
  touched.length = 0;
  return out;
}

export interface Decision {
  /** The chosen category, or null for no signal. */
  category: Category | null;
  /** Its best type (-1 when none). */
  type: number;
  /** Probability the model gives the choice. */
  probability: number;
}

const scratch = newCandidates();
const scores = new Float64Array(CANDIDATE_COUNT);

/** The model's choice among the field's candidates. */
export function decide(fs: FieldScore, model: FieldModel = FIELD_MODEL): Decision {
  const cands = collectCandidates(fs, scratch);
  let best = 0;
  for (let i = 0; i < cands.count; i++) {
    const c = cands.candidate[i]!;
    const w = model.weights[c]!;
    let s = model.bias[c]!;
    const base = i * FEATURE_COUNT;
    for (let j = 0; j < FEATURE_COUNT; j++) s += w[j]! * cands.x[base + j]!;
    scores[i] = s;
    if (s > scores[best]!) best = i;
  }
  let z = 0;
  for (let i = 0; i < cands.count; i++) z += Math.exp(scores[i]! - scores[best]!);
  const c = cands.candidate[best]!;
  return { category: c === NONE ? null : CATEGORIES[c]!, type: cands.type[best]!, probability: 1 / z };
}

export { FIELD_CONTEXT_FEATURES };
