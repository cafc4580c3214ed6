// Text signals: labels, ARIA text, placeholder, title, nearby text and attribute names, matched
// against the lexicons. Visible text uses the language lexicons; attribute names additionally use
// the developer vocabulary, after camelCase/snake_case splitting.
import { ATTRIBUTE_LEXICON, LANGUAGE_LEXICONS, NUMBER_NAMES_LEXICON } from '../lexicons/index.ts';
import { type Hit, Matcher } from '../matcher.ts';
import { splitIdentifier } from '../normalize.ts';
import { groupOfSource, type RuleGroup } from '../rule-groups.ts';
import { Ev, type FieldScore, sourceVote } from '../scoreboard.ts';
import { CUE_COUNT, NOISE, T, TYPE_CATEGORY, TYPE_COUNT } from '../terms.ts';
import { LONG_TEXT, VERY_LONG_TEXT } from '../weights.ts';

export const textMatcher = new Matcher([...LANGUAGE_LEXICONS, NUMBER_NAMES_LEXICON]);
export const attributeMatcher = new Matcher([...LANGUAGE_LEXICONS, NUMBER_NAMES_LEXICON, ATTRIBUTE_LEXICON], splitIdentifier);


const MESSY_SPACE = /\s\s|[\t\n\r\f]/;
export function clip(text: string, max = 48): string {
  const t = MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** Long texts are prose or taglines, not captions: their words count less. */
export function lengthFactor(text: string): number {
  if (text.length > VERY_LONG_TEXT) return 0.35;
  if (text.length > LONG_TEXT) return 0.6;
  return 1;
}

/** "Street name", "Company name", "Name of the building": a generic "name" beside a more specific word names that thing, not a person. */
function namesSomethingElse(hits: readonly Hit[]): boolean {
  for (const h of hits) if (h.code < TYPE_COUNT && TYPE_CATEGORY[h.code] !== 'name' && h.weight >= 0.8) return true;
  return false;
}

/** Weight of a keyword from another language than the page's (false friends: "cep", "via", "land"). */
const FOREIGN = 0.85;
/**
 * A false friend the page's own language disowns: one of the page's lexicons lists the same words
 * as noise (Spanish "asunto", the subject of a message), so their meaning in another language
 * (Finnish "asunto", an apartment) does not count.
 */
function disownedAtHome(h: Hit, hits: readonly Hit[], langs: number): boolean {
  for (const o of hits) if (o.code === NOISE && o.start === h.start && o.end === h.end && (o.langs & langs) !== 0) return true;
  return false;
}

/** Weight of a field word that is not the last one in an attribute name ("billingAddress_lastName"). */
const NOT_HEAD = 0.45;

function apply(fs: FieldScore, hits: readonly Hit[], weight: number, own: boolean, source: string, raw: string, kind: Ev, group: RuleGroup, cueWeight = weight): void {
  if (hits.length === 0) return;
  const start = fs.votes.length;
  const offset = own ? 0 : CUE_COUNT;
  const langs = fs.langs;
  // Attribute names put the field's own word last: "shippingAddress.firstName", "address_lastname".
  let head = -1;
  // Generic words ("number", "name", "prefix") are modifiers, not heads: "phones[0].number".
  if (kind === Ev.Token) for (const h of hits) if (h.code < TYPE_COUNT && h.weight >= 1 && h.end > head) head = h.end;
  let dropGenericName = -1;
  for (const h of hits) {
    const foreign = langs !== 0 && (h.langs & langs) === 0 ? FOREIGN : 1;
    if (foreign !== 1 && disownedAtHome(h, hits, langs)) continue;
    if (h.code >= TYPE_COUNT) {
      if (h.code === NOISE) continue;
      const w = h.weight * cueWeight * foreign;
      const i = offset + h.code - TYPE_COUNT;
      if (fs.cues[i]! < w) fs.cues[i] = w;
      continue;
    }
    // A heading, legend or nearby prose is written in the page's language: a word of another one in
    // it (Turkish "ad" in "Ad details", "il" in "Crea il tuo account") is a coincidence, not a vote.
    // So is a list's first option, read as its caption: one in another language is a value of the list ("SKT", a Korean carrier, is Turkish for an expiry date).
    if (foreign !== 1 && (!own || source === 'first option')) continue;
    let w = h.weight * weight * foreign;
    if (h.code === T.name && h.weight < 1) {
      if (dropGenericName < 0) dropGenericName = hits.length > 1 && namesSomethingElse(hits) ? 1 : 0;
      if (dropGenericName === 1) continue;
    }
    if (head >= 0 && h.end < head) w *= NOT_HEAD;
    sourceVote(fs, start, h.code, w, kind, source, kind === Ev.Quoted ? raw : h.keyword, group);
  }
}

/**
 * A visible text (label, placeholder, heading…). `own` texts describe the field itself; the others
 * (legend, heading, nearby prose) only set context cues besides their (weaker) votes.
 */
export function scoreText(fs: FieldScore, source: string, raw: string, weight: number, own: boolean, group = groupOfSource(source)): void {
  if (!raw) return;
  const hits = textMatcher.match(raw);
  apply(fs, hits, weight * lengthFactor(raw), own, source, raw, raw.length <= 48 ? Ev.Quoted : Ev.Contains, group);
}

const SEGMENTS = /[.[\]$:/]+/;
const NUMERIC = /^\d*$/;
/** Weight of the container segments of a path-like name ("billingAddress" in "billingAddress.name"). */
const CONTAINER = 0.35;

/**
 * An attribute name (name, id, a non-standard autocomplete token). Path-like names
 * ("payment[address][name]", "Form.Address.Name") name the field in their last segment; the earlier
 * segments are the containers it sits in, read as context.
 */
export function scoreAttribute(fs: FieldScore, source: string, raw: string, weight: number, group = groupOfSource(source)): void {
  if (!raw) return;
  if (!SEGMENTS.test(raw)) {
    apply(fs, attributeMatcher.match(raw), weight, true, source, raw, Ev.Token, group);
    return;
  }
  const segments = raw.split(SEGMENTS).filter((seg) => !NUMERIC.test(seg));
  const last = segments.length - 1;
  const lastHits = attributeMatcher.match(segments[last] ?? '');
  // When the last segment says little ("deliveryAddress.location", "phone.number"), the containers speak.
  const saysLittle = !lastHits.some((h) => h.code < TYPE_COUNT && h.weight >= 0.7);
  const container = saysLittle ? 0.8 : CONTAINER;
  // Containers vote weakly for types but say fully where the field is ("payment", "billing").
  let innermost: readonly Hit[] = [];
  for (let i = 0; i < last; i++) {
    innermost = attributeMatcher.match(segments[i]!);
    apply(fs, innermost, weight * container, true, source, segments[i]!, Ev.Token, group, weight);
  }
  apply(fs, lastHits, weight, true, source, segments[last] ?? '', Ev.Token, group);
  // A last segment that names no type at all may be half of one name split in two: "payment[method]"
  // names a payment method that neither "payment" (a container) nor "method" names alone.
  if (last > 0 && !lastHits.some((h) => h.code < TYPE_COUNT)) {
    const joined = `${segments[last - 1]} ${segments[last]}`;
    const named = new Set(innermost.map((h) => h.code));
    apply(fs, attributeMatcher.match(joined).filter((h) => h.code < TYPE_COUNT && !named.has(h.code)), weight, true, source, joined, Ev.Token, group);
  }
}

/** Cue hits of a text, for form-level decisions (buttons, headings, URL). */
export function cuesOf(raw: string, attribute = false): readonly Hit[] {
  return (attribute ? attributeMatcher : textMatcher).match(raw);
}
