// The running tally for one field: a vote per field type, cue strengths, and the evidence behind
// each vote. Each signal source (the label, the name attribute, the option list…) votes at most
// once per field type, at its strongest, so a label repeating "email" three times counts once.
import type { FieldFeatures } from '../features.ts';
import type { ControlKind } from './signals/input-type.ts';
import { CUE_COUNT, TYPE_COUNT } from './terms.ts';

export interface Vote {
  readonly type: number;
  weight: number;
  /** Human-readable reason, e.g. `label "Nachname"` or `autocomplete=cc-number`. */
  evidence: string;
}

export interface FieldScore {
  readonly features: FieldFeatures;
  readonly kind: ControlKind;
  /** Position of the field in its form. */
  readonly index: number;
  readonly votes: Vote[];
  /** Cue strength from the field's own texts (label, attributes, placeholder). */
  readonly cues: Float64Array;
  /** Cue strength from its surroundings (legend, heading, nearby and describing text). */
  readonly contextCues: Float64Array;
  /** Totals per field type, filled by `tally`. */
  readonly scores: Float64Array;
  /** Best type after the last tally (-1 when nothing voted) and its score. */
  top: number;
  topScore: number;
  /** What the option list looked like, for the context rules (day/month/year lists). */
  optionKind: OptionKind | null;
}

export type OptionKind = 'day' | 'month' | 'birth-year' | 'expiry-year' | 'year' | 'calling-code' | 'country';

export function newFieldScore(features: FieldFeatures, kind: ControlKind, index: number): FieldScore {
  return {
    features,
    kind,
    index,
    votes: [],
    cues: new Float64Array(CUE_COUNT),
    contextCues: new Float64Array(CUE_COUNT),
    scores: new Float64Array(TYPE_COUNT),
    top: -1,
    topScore: 0,
    optionKind: null,
  };
}

/**
 * Open a source: votes added through the returned function keep only the strongest vote per type
 * within this source.
 */
export function sourceVoter(fs: FieldScore): (type: number, weight: number, evidence: () => string) => void {
  const start = fs.votes.length;
  return (type, weight, evidence) => {
    if (weight <= 0) return;
    const votes = fs.votes;
    for (let k = start; k < votes.length; k++) {
      const v = votes[k]!;
      if (v.type === type) {
        if (v.weight < weight) {
          v.weight = weight;
          v.evidence = evidence();
        }
        return;
      }
    }
    votes.push({ type, weight, evidence: evidence() });
  };
}

/** Add one vote outside any text source (context rules, input type, options). */
export function vote(fs: FieldScore, type: number, weight: number, evidence: string): void {
  if (weight !== 0) fs.votes.push({ type, weight, evidence });
}

/** Sum the votes into `scores`, applying the per-input-kind plausibility multipliers. */
export function tally(fs: FieldScore, multipliers: Float64Array): void {
  const s = fs.scores;
  s.fill(0);
  for (const v of fs.votes) s[v.type]! += v.weight;
  for (let t = 0; t < TYPE_COUNT; t++) if (s[t]! > 0) s[t]! *= multipliers[t]!;
}

/** Index of the best type and its score, plus the runner-up score. */
export function best(fs: FieldScore): { type: number; score: number; second: number; secondType: number } {
  let type = -1;
  let score = 0;
  let second = 0;
  let secondType = -1;
  const s = fs.scores;
  for (let t = 0; t < TYPE_COUNT; t++) {
    const v = s[t]!;
    if (v > score) {
      second = score;
      secondType = type;
      score = v;
      type = t;
    } else if (v > second) {
      second = v;
      secondType = t;
    }
  }
  return { type, score, second, secondType };
}
