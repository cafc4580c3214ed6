// Context rule `security-code`: a "security code" with no card around is a login code.
// Its place in the order: context.ts CONTEXT_RULES.
import { Ev, type FieldScore, type Vote } from '../scoreboard.ts';
import { T } from '../terms.ts';
import { PAYMENT_FIELDS, reinterpret, overrule, is, cue, ctx } from './shared.ts';

const SECURITY_WORDING = /security|sicherheits|securite|sécurité|seguridad|sicurezza|seguranca|segurança|beveiliging|bezpiecze|güvenlik|безопасност|безпек/i;

/** A "security code" with no card anywhere near is a login or verification code. */
export function resolveSecurityCode(fields: FieldScore[]): void {
  // The cardholder's name is a card field too: a name on the card and a security code are the card's.
  const payment = fields.filter((f) => is(f, PAYMENT_FIELDS) || f.top === T['cc-name']).length;
  for (const fs of fields) {
    if (fs.top !== T['cc-csc'] || payment > 1 || cue(fs, 'cue:payment') >= 1 || ctx(fs, 'cue:payment') >= 0.5) continue;
    const worded = (v: Vote) => v.type === T['cc-csc'] && v.kind !== Ev.Fixed && SECURITY_WORDING.test(v.detail);
    if (!fs.votes.some(worded)) continue;
    reinterpret(fs, worded, T['one-time-code']);
    overrule(fs, T['one-time-code'], fs.topScore + 0.5, 'security code without any card fields');
  }
}
