// The shape of a language lexicon: which words name which field type or cue.
//
// Keyword syntax (matched against normalised text, see normalize.ts):
//   "first name"  whole words: matches "First name:" but not "firstname" or "first names"
//   "telefon*"    word prefix: "Telefonnummer", "telefono"
//   "*nummer"     word suffix: "Kartennummer"
//   "*mail*"      anywhere inside a word
// Keywords in CJK, Hangul, Thai or Arabic script always match anywhere (no spaces between words).
// A tuple [keyword, weight] scales the keyword's vote (default 1): generic words such as "name" or
// "code" are weaker than "family name" or "security code".
import type { Term } from '../terms.ts';

export type Keyword = string | readonly [string, number];

export interface Lexicon {
  /** ISO 639-1 code ("xx" for the language-neutral attribute lexicon). */
  readonly lang: string;
  /** Used on labels and visible text as well as on attribute names. */
  readonly terms: Partial<Record<Term, readonly Keyword[]>>;
}
