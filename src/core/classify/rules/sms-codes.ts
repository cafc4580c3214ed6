// Context rule `sms-codes`: a code the page says comes by SMS verifies the phone.
// Its place in the order: context.ts CONTEXT_RULES.
import type { FieldScore } from '../scoreboard.ts';
import { C, T } from '../terms.ts';
import { CODES, reinterpret, overrule, is, cue, ctx, type FormSignals } from './shared.ts';

/** A code the page says arrives by SMS is a phone verification code. */
export function resolveCodes(fields: FieldScore[], form: FormSignals): void {
  for (const fs of fields) {
    if (!is(fs, CODES)) continue;
    const sms = cue(fs, 'cue:sms') + ctx(fs, 'cue:sms') + form.cues[C['cue:sms']]!;
    if (fs.top !== T['one-time-code'] || sms < 1) continue;
    reinterpret(fs, (v) => v.type === T['one-time-code'], T['phone-verification-code']);
    overrule(fs, T['phone-verification-code'], fs.topScore + 1, 'code sent to the phone (SMS)');
  }
}
