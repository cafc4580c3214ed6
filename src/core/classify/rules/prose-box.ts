// Context rule `prose-box`: a text area holds prose (a reason to join, a message, a bio), never a code, a captcha or a user name.
// Its place in the order: context.ts CONTEXT_RULES.
import { type FieldScore, takeBack } from '../scoreboard.ts';
import { T } from '../terms.ts';

/** Things typed on one line: a promo or invitation code, a sent code, a captcha's characters, a user name. */
const ONE_LINE: ReadonlySet<number> = new Set<number>([T['promo-code'], T['one-time-code'], T['phone-verification-code'], T.captcha, T.username]);

/**
 * A box of many lines is for writing: no site asks for a code or a user name there. Mastodon's
 * "Warum möchtest du beitreten?" sits in `user[invite_request_attributes][text]`, whose "invite"
 * names the request, not an invitation code, and whose container "user" is no user name; such votes
 * of a text area are taken back, the rest stay.
 */
export function resolveProseBoxes(fields: FieldScore[]): void {
  for (const fs of fields) {
    if (fs.kind !== 'textarea' || !fs.votes.some((v) => v.weight > 0 && ONE_LINE.has(v.type))) continue;
    takeBack(fs, (v) => ONE_LINE.has(v.type));
  }
}
