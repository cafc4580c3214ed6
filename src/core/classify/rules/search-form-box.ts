// Context rule `search-form-box`: the one typed box of a search form, which names nothing else, is its query.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { type FormSignals, overrule } from './shared.ts';

/** Boxes a person types a query into. */
const TYPED = new Set(['text', 'search', 'number', 'tel']);

/**
 * A search box named in a word no lexicon holds (`palavra`, `termo`, `txtBusca`) with no caption but
 * the form's "Buscar" button: a form read as a search types its query into its only box. A box that
 * names something else keeps it: the corpus labels a store finder's "Enter ZIP code" a postal code.
 */
export function resolveSearchFormBox(fields: FieldScore[], form: FormSignals): void {
  if (form.kind !== 'search') return;
  const typed = fields.filter((f) => TYPED.has(f.kind));
  if (typed.length !== 1) return;
  const box = typed[0]!;
  if (box.top >= 0 && box.top !== T.unknown) return;
  overrule(box, T.search, Math.max(box.topScore, 0) + 0.5, 'the one box of a search form');
}
