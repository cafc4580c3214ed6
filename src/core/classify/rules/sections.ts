// Context rule `sections`: billing or shipping block, for the evidence (never decides).
// Its place in the order: context.ts CONTEXT_RULES.
import { Rule } from '../rule-groups.ts';
import { type FieldScore, vote } from '../scoreboard.ts';
import { catOf, cue, ctx } from './shared.ts';

/**
 * Billing vs shipping vs contact: the type stays (a billing name is a name) but the evidence says
 * which block the field sits in, so a report can tell the billing address from the delivery one.
 */
export function noteSections(fields: FieldScore[]): void {
  for (const fs of fields) {
    const c = catOf(fs);
    if (c !== 'name' && c !== 'address' && c !== 'email' && c !== 'phone') continue;
    const billing = cue(fs, 'cue:billing') + ctx(fs, 'cue:billing');
    const shipping = cue(fs, 'cue:shipping') + ctx(fs, 'cue:shipping');
    if (billing >= 0.5 && billing >= shipping) vote(fs, Rule.note, fs.top, 0.01, 'billing section');
    else if (shipping >= 0.5) vote(fs, Rule.note, fs.top, 0.01, 'shipping section');
  }
}
