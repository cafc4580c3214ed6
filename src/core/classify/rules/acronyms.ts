// Context rule `acronyms`: a short number name written in capitals in the box's caption names that
// number. Its place in the order: context.ts CONTEXT_RULES.
import { Rule, type RuleGroupName } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { T, type TypeId } from '../terms.ts';
import { W } from '../weights.ts';

/**
 * Number names that are everyday words in lower case elsewhere — German "ein", Spanish "sin", Polish
 * "pan" and "nie", Norwegian "inn", Hungarian "írd", Italian "cui" — so the lexicons cannot list
 * them (text is matched folded to lower case). Written in capitals they are the number's name.
 */
export const ACRONYMS: Readonly<Record<string, TypeId>> = {
  EIN: 'vat-number',
  SIN: 'national-id',
  PAN: 'pan',
  NIE: 'national-id',
  INN: 'personal-tax-id',
  IRD: 'personal-tax-id',
  CUI: 'vat-number',
  NID: 'national-id',
  NIN: 'national-id',
  QID: 'national-id',
  UTR: 'personal-tax-id',
};

const WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(ACRONYMS).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const LOWER = /\p{Ll}/u;
/** An all-capitals caption ("NOMBRE SIN ACENTOS") says nothing by its capitals, unless it is the name alone ("PAN", "EIN NO.:"). */
const NAME_ALONE = new RegExp(`^\\W*(${Object.keys(ACRONYMS).join('|')})(?:\\s*(?:NUMBER|NO|NR|#))?\\W*$`, 'u');

export function acronymIn(text: string): string | null {
  if (!text) return null;
  if (!LOWER.test(text)) return NAME_ALONE.exec(text)?.[1] ?? null;
  return WORD.exec(text)?.[1] ?? null;
}

/** The box's own captions with the weight a caption from that source carries (field.ts). */
function captions(fs: FieldScore): [RuleGroupName, string, number][] {
  const f = fs.features;
  const out: [RuleGroupName, string, number][] = f.labels.map((l, i) => (i === 0 ? ['label', l, W.label] : ['other label', l, W.labelOther]));
  out.push(['aria-label', f.ariaLabel, W.ariaLabel], ['placeholder', f.placeholder, W.placeholder], ['title', f.title, W.title]);
  if (!f.labels.length && !f.ariaLabel) out.push(['nearby text as label', f.nearbyText, W.nearbyAsLabel]);
  return out;
}

/** "EIN", "SIN", "PAN" in capitals in the box's caption vote for that number as the caption would. */
export function resolveAcronyms(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.kind === 'select' || fs.kind === 'choice' || fs.kind === 'file') continue;
    for (const [source, text, weight] of captions(fs)) {
      const name = acronymIn(text);
      if (!name) continue;
      // The caption's own evidence group, so the learned combination weighs it as that caption.
      vote(fs, Rule[source], T[ACRONYMS[name]!], weight, `${source} "${name}"`);
      break;
    }
  }
}
