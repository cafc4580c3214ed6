// The running tally for one field: a vote per field type, cue strengths, and the evidence behind
// each vote. Each signal source (the label, the name attribute, the option list…) votes at most
// once per field type, at its strongest, so a label repeating "email" three times counts once.
// Evidence strings are only built for the winning type (finalize), which keeps the hot path free
// of string work; totals are summed in one shared scratch array, so a field allocates little.
import type { FieldFeatures } from '../features.ts';
import type { ControlKind } from './signals/input-type.ts';
import { CUE_COUNT, TYPE_COUNT } from './terms.ts';
import { groupOfSource, type RuleGroup } from './rule-groups.ts';
import { W } from './weights.ts';

/** How a vote's evidence reads: a fixed string, a quoted text, a keyword inside a longer text, an attribute token. */
export const Ev = { Fixed: 0, Quoted: 1, Contains: 2, Token: 3 } as const;
export type Ev = (typeof Ev)[keyof typeof Ev];

export interface Vote {
  readonly type: number;
  /** Which kind of rule cast it (a `RuleGroup`): the learned combination weighs each group (combine.ts). */
  readonly group: RuleGroup;
  weight: number;
  kind: Ev;
  /** The source ("label", "name", …) or, for Fixed, the whole evidence string. */
  source: string;
  detail: string;
}

export interface FieldScore {
  readonly features: FieldFeatures;
  readonly kind: ControlKind;
  /** Position of the field in its form. */
  readonly index: number;
  /** Lexicon bits of the page's language (plus English and attribute vocabulary); 0 = unknown. */
  readonly langs: number;
  /** Change them only through this file's `sourceVote`, `vote`, `takeBack` and `reinterpret` (or set `stale` after): they mark the tally stale. */
  readonly votes: Vote[];
  /** The votes changed since the last tally (so a retally of an unchanged field can be skipped). */
  stale: boolean;
  /** Cue strengths: [0, CUE_COUNT) from the field's own texts, [CUE_COUNT, 2·CUE_COUNT) from its surroundings. */
  readonly cues: number[];
  /** Best type after the last tally (-1 when nothing reached the minimum score) and its score. */
  top: number;
  /** Best type even when below the minimum (-1 when nothing voted); the runner-up likewise. */
  bestType: number;
  topScore: number;
  second: number;
  secondType: number;
  /** What the option list looked like, for the context rules (day/month/year lists). */
  optionKind: OptionKind | null;
}

export type OptionKind = 'day' | 'month' | 'birth-year' | 'expiry-year' | 'year' | 'calling-code' | 'country' | 'document-type';

export function newFieldScore(features: FieldFeatures, kind: ControlKind, index: number, langs = 0): FieldScore {
  return {
    features,
    kind,
    index,
    langs,
    votes: [],
    stale: true,
    cues: new Array<number>(CUE_COUNT * 2).fill(0),
    top: -1,
    bestType: -1,
    topScore: 0,
    second: 0,
    secondType: -1,
    optionKind: null,
  };
}

export const cueOf = (fs: FieldScore, c: number): number => fs.cues[c]!;
export const contextCueOf = (fs: FieldScore, c: number): number => fs.cues[CUE_COUNT + c]!;
export function raiseCue(fs: FieldScore, c: number, value: number, context = false): void {
  const i = context ? CUE_COUNT + c : c;
  if (fs.cues[i]! < value) fs.cues[i] = value;
}

/**
 * A vote from one source: replaces that source's earlier vote for the same type when stronger.
 * `sourceStart` is `fs.votes.length` taken when the source began; `group` is the source's evidence kind
 * (rule-groups.ts) unless the caller knows better (a second label, nearby text standing in for one).
 */
export function sourceVote(fs: FieldScore, sourceStart: number, type: number, weight: number, kind: Ev, source: string, detail: string, group: RuleGroup = groupOfSource(source)): void {
  if (weight <= 0) return;
  fs.stale = true;
  const votes = fs.votes;
  for (let k = sourceStart; k < votes.length; k++) {
    const v = votes[k]!;
    if (v.type === type) {
      if (v.weight < weight) {
        v.weight = weight;
        v.kind = kind;
        v.source = source;
        v.detail = detail;
      }
      return;
    }
  }
  votes.push({ type, group, weight, kind, source, detail });
}

/** Add one vote outside any text source (context rules, input type, options). */
export function vote(fs: FieldScore, group: RuleGroup, type: number, weight: number, evidence: string): void {
  if (weight === 0) return;
  fs.votes.push({ type, group, weight, kind: Ev.Fixed, source: evidence, detail: '' });
  fs.stale = true;
}

/** Takes back the votes a rule finds meant nothing (their weight goes to 0; the evidence stays listed). */
export function takeBack(fs: FieldScore, which: (v: Vote) => boolean): void {
  for (const v of fs.votes) {
    if (v.weight !== 0 && which(v)) {
      v.weight = 0;
      fs.stale = true;
    }
  }
}

/**
 * A rule that finds what the field's words meant all along (a "security code" with no card is a
 * login code) moves their votes to that type, rather than outvoting them: the learned combination
 * then weighs the same words for what they name.
 */
export function reinterpret(fs: FieldScore, from: (v: Vote) => boolean, to: number): void {
  const moved = fs.votes.filter((v) => v.weight > 0 && from(v));
  for (const v of moved) {
    fs.votes.push({ ...v, type: to });
    v.weight = 0;
  }
  if (moved.length > 0) fs.stale = true;
}

const scratch = new Float64Array(TYPE_COUNT);
const seen = new Uint8Array(TYPE_COUNT);
const touched: number[] = [];

/** The best two types of one tally (reused: tallying runs for every field and must not allocate). */
const ranked = { top: -1, topScore: 0, second: 0, secondType: -1 };

/** Sums the votes (times the control kind's plausibility multipliers) and ranks the types. */
function rank(votes: readonly Vote[], multipliers: Float64Array): typeof ranked {
  for (const v of votes) {
    if (seen[v.type] === 0) {
      seen[v.type] = 1;
      touched.push(v.type);
    }
    scratch[v.type]! += v.weight;
  }
  let top = -1;
  let topScore = 0;
  let second = 0;
  let secondType = -1;
  for (const t of touched) {
    const s = scratch[t]! * multipliers[t]!;
    scratch[t] = 0;
    seen[t] = 0;
    if (s > topScore || (s === topScore && top >= 0 && t < top)) {
      second = topScore;
      secondType = top;
      topScore = s;
      top = t;
    } else if (s > second) {
      second = s;
      secondType = t;
    }
  }
  touched.length = 0;
  ranked.top = top;
  ranked.topScore = topScore;
  ranked.second = second;
  ranked.secondType = secondType;
  return ranked;
}

/** Sum the votes (times the control kind's plausibility multipliers) and record the best two types. */
export function tally(fs: FieldScore, multipliers: Float64Array): void {
  fs.stale = false;
  const { top, topScore, second, secondType } = rank(fs.votes, multipliers);
  fs.bestType = top;
  fs.top = topScore >= W.minScore ? top : -1;
  fs.topScore = topScore;
  fs.second = second;
  fs.secondType = secondType;
}
