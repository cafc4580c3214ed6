// Context rule `typed-opt-in`: an email box captioned with newsletter words asks for the address, not an opt-in.
// Its place in the order: context.ts CONTEXT_RULES (after `repeats`, which reads the email boxes).
import { type FieldScore, takeBack } from '../scoreboard.ts';
import { T } from '../terms.ts';

/**
 * "Subscribe to our newsletter [you@example.com]": a footer's newsletter box is often captioned with
 * the list's name alone. An opt-in is ticked or picked (a checkbox, a radio, a list); a box the user
 * types an email address into (type=email) takes the address the list writes to, so the newsletter
 * words on it stop voting for the opt-in (they still tell the form's kind).
 */
export function resolveTypedOptIns(fields: FieldScore[]): void {
  // A newsletter form's one box: on a longer form the words may caption a box of their own beside it.
  const typed = fields.filter((f) => f.kind !== 'choice' && f.kind !== 'select');
  if (typed.length !== 1 || typed[0]!.kind !== 'email') return;
  takeBack(typed[0]!, (v) => v.type === T['marketing-opt-in'] && v.weight > 0);
}
