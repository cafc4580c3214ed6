// Text signals: labels, ARIA text, placeholder, title, nearby text and attribute names, matched
// against the lexicons. Visible text uses the language lexicons; attribute names additionally use
// the developer vocabulary, after camelCase/snake_case splitting.
import { ATTRIBUTE_LEXICON, LANGUAGE_LEXICONS } from '../lexicons/index.ts';
import { type Hit, Matcher } from '../matcher.ts';
import { splitIdentifier } from '../normalize.ts';
import { type FieldScore, sourceVoter } from '../scoreboard.ts';
import { C, TYPE_COUNT } from '../terms.ts';
import { LONG_TEXT, VERY_LONG_TEXT } from '../weights.ts';

export const textMatcher = new Matcher(LANGUAGE_LEXICONS);
export const attributeMatcher = new Matcher([...LANGUAGE_LEXICONS, ATTRIBUTE_LEXICON], splitIdentifier);

const NOISE = TYPE_COUNT + C['cue:noise'];

export function clip(text: string, max = 48): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function lengthFactor(text: string): number {
  if (text.length > VERY_LONG_TEXT) return 0.35;
  if (text.length > LONG_TEXT) return 0.6;
  return 1;
}

function apply(fs: FieldScore, hits: readonly Hit[], weight: number, own: boolean, evidence: (h: Hit) => string): void {
  if (hits.length === 0) return;
  const voteFor = sourceVoter(fs);
  const cues = own ? fs.cues : fs.contextCues;
  for (const h of hits) {
    const w = h.weight * weight;
    if (h.code < TYPE_COUNT) {
      voteFor(h.code, w, () => evidence(h));
    } else if (h.code !== NOISE) {
      const c = h.code - TYPE_COUNT;
      if (cues[c]! < w) cues[c] = w;
    }
  }
}

/**
 * A visible text (label, placeholder, heading…). `own` texts describe the field itself; the others
 * (legend, heading, nearby prose) only set cues and vote weakly.
 */
export function scoreText(fs: FieldScore, source: string, raw: string, weight: number, own: boolean): void {
  if (!raw) return;
  const hits = textMatcher.match(raw);
  const w = weight * lengthFactor(raw);
  const short = raw.length <= 48;
  apply(fs, hits, w, own, (h) => (short ? `${source} "${clip(raw)}"` : `${source} contains "${h.keyword}"`));
}

/** An attribute name (name, id, a non-standard autocomplete token). */
export function scoreAttribute(fs: FieldScore, source: string, raw: string, weight: number): void {
  if (!raw) return;
  apply(fs, attributeMatcher.match(raw), weight, true, (h) => `${source} token "${h.keyword}"`);
}

/** Cue hits of a text, for form-level decisions (buttons, headings, URL). */
export function cuesOf(raw: string, attribute = false): readonly Hit[] {
  return (attribute ? attributeMatcher : textMatcher).match(raw);
}
