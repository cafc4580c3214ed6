// Context rule `title-without-name`: a typed "Title" in a form that asks for no one's name is a post's, a review's or a ticket's title, no salutation.
// Its place in the order: context.ts CONTEXT_RULES.
import { type FieldScore, takeBack } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { is, NAME_FIELDS } from './shared.ts';

/**
 * A salutation goes with a name: no form asks "Mr or Ms?" without asking whose. A "Title" typed
 * into a text box of a form that asks for no name (a forum post, a product review, a support
 * ticket) is the title of what is written, so its salutation votes are taken back. A list of
 * salutations, or a form with a name, keeps them.
 */
export function resolveTitleWithoutName(fields: FieldScore[]): void {
  if (fields.some((f) => is(f, NAME_FIELDS))) return;
  for (const fs of fields) {
    if (fs.top !== T['honorific-prefix'] || fs.kind !== 'text' || fs.optionKind !== null) continue;
    takeBack(fs, (v) => v.type === T['honorific-prefix']);
  }
}
